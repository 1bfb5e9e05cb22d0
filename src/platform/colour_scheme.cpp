// colour_scheme.cpp — the page's colour scheme and system colours, for ui::UsePalette (layer: platform).
// See colour_scheme.h. The system colours are resolved on a probe element that opts out of forced
// colours, as the browser would otherwise force its colour to CanvasText.
#include "platform/colour_scheme.h"

#include "ui/theme.h"

#include <emscripten.h>

#include <cstdint>

// clang-format off
// Returns 0 light, 1 dark, 2 forced (then out[0..4] holds the system colours as 0xRRGGBB).
EM_JS(int, js_colour_scheme, (uint32_t* out), {
    var q = function(m) { return matchMedia(m).matches; };
    if (!q('(forced-colors:active)')) return q('(prefers-color-scheme:dark)') ? 1 : 0;
    var p = document.createElement('i');
    p.style.forcedColorAdjust = 'none';
    document.body.appendChild(p);
    ['Canvas', 'CanvasText', 'LinkText', 'GrayText', 'Highlight'].forEach(function(n, i) {
        p.style.color = n;
        var c = getComputedStyle(p).color.match(/[0-9.]+/g);
        HEAPU32[(out >> 2) + i] = c[0] << 16 | c[1] << 8 | c[2];
    });
    p.remove();
    return 2;
});

EM_JS(void, js_watch_colour_scheme, (), {
    ['(forced-colors:active)', '(prefers-color-scheme:dark)'].forEach(function(m) {
        matchMedia(m).addEventListener('change', function() { _platform_on_colour_scheme(); });
    });
});
// clang-format on

namespace platform {

namespace {

void (*Redraw)() = nullptr;

void ApplyColourScheme()
{
    uint32_t sys[5] = {};
    int scheme = js_colour_scheme(sys);
    if (scheme == 2) ui::UsePalette(ui::ForcedPalette(ui::SystemColours{ sys[0], sys[1], sys[2], sys[3], sys[4] }));
    else ui::UsePalette(scheme == 1 ? ui::kDarkPalette : ui::kLightPalette);
}

} // namespace

void InstallColourScheme(void (*redraw)())
{
    Redraw = redraw;
    ApplyColourScheme();
    js_watch_colour_scheme();
}

} // namespace platform

extern "C" {
EMSCRIPTEN_KEEPALIVE void platform_on_colour_scheme()
{
    platform::ApplyColourScheme();
    if (platform::Redraw) platform::Redraw();
}
}

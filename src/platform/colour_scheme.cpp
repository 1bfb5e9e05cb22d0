// colour_scheme.cpp — the page's colour scheme and system colours, for ui::UsePalette (layer: platform).
// See colour_scheme.h. The system colours are resolved on a probe element that opts out of forced
// colours, as the browser would otherwise force its colour to CanvasText.
#include "platform/colour_scheme.h"

#include "ui/theme.h"

#include <emscripten.h>

#include <cstdint>

// clang-format off
// Returns 0 light, 1 dark, 2 forced (then out[0..3] holds the system colours as 0xRRGGBB). Given a function
// (a pointer, as an int), also calls it with `user` whenever either media query changes: through the
// function table, so no export is needed.
EM_JS(int, js_colour_scheme, (uint32_t* out, int changed, void* user), {
    var m = ['(forced-colors:active)', '(prefers-color-scheme:dark)'].map(matchMedia);   /* a global's method: no this needed */
    if (changed) m.forEach(function(l) { l.addEventListener('change', function() { getWasmTableEntry(changed)(user); }); });
    if (!m[0].matches) return m[1].matches ? 1 : 0;
    var p = document.createElement('i');
    p.style.forcedColorAdjust = 'none';
    document.body.appendChild(p);
    ['Canvas', 'CanvasText', 'LinkText', 'GrayText'].forEach(function(n, i) {
        p.style.color = n;
        var c = getComputedStyle(p).color.match(/[0-9.]+/g);
        HEAP32[(out >> 2) + i] = c[0] << 16 | c[1] << 8 | c[2];   /* HEAP32: the glue has it already */
    });
    p.remove();
    return 2;
});
// clang-format on

namespace platform {

namespace {

struct Watch { // who to tell of a change; one for the page's life
    void (*Redraw)(void* user);
    void* User;
};

void ApplyColourScheme(void (*changed)(void*), Watch* watch)
{
    uint32_t sys[4] = {};
    int scheme = js_colour_scheme(sys, static_cast<int>(reinterpret_cast<intptr_t>(changed)), watch);
    if (scheme == 2) ui::UsePalette(ui::ForcedPalette(ui::SystemColours{ sys[0], sys[1], sys[2], sys[3] }));
    else ui::UsePalette(scheme == 1 ? ui::kDarkPalette : ui::kLightPalette);
}

void OnColourSchemeChange(void* user)
{
    ApplyColourScheme(nullptr, nullptr);
    Watch* watch = static_cast<Watch*>(user);
    watch->Redraw(watch->User);
}

} // namespace

void InstallColourScheme(void (*redraw)(void* user), void* user)
{
    ApplyColourScheme(OnColourSchemeChange, new Watch{ redraw, user }); // kept by the page's listeners
}

} // namespace platform

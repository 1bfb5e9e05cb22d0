// browser.cpp — EM_JS bridges to the page (layer: platform). Only DOM APIs a strict CSP allows:
// textContent, setAttribute, element.style; never HTML strings, never eval.
#include "platform/browser.h"

#include <emscripten.h>

#include <cstdlib>

// clang-format off
EM_JS(void, js_set_app_state, (const char* state, const char* message), {
    document.documentElement.setAttribute('data-app-state', UTF8ToString(state));
    var note = document.getElementById('app-message');
    if (note) {
        var text = UTF8ToString(message);
        note.textContent = text;
        note.hidden = text.length == 0;
    }
});

EM_JS(void, js_show_app, (), {
    var root = document.getElementById('app-root');
    if (root) root.hidden = false;
    var html = document.getElementById('static-content');
    if (html) html.hidden = true;
    document.documentElement.classList.add('app-running');
});

EM_JS(char*, js_get_hash, (), {
    var h = window.location.hash || "";
    var size = lengthBytesUTF8(h) + 1;
    var ptr = _malloc(size);
    stringToUTF8(h, ptr, size);
    return ptr;
});

EM_JS(void, js_push_hash, (const char* hash), {
    window.location.hash = UTF8ToString(hash);
});

EM_JS(void, js_replace_hash, (const char* hash), {
    var url = new URL(window.location.href);
    url.hash = UTF8ToString(hash);
    window.history.replaceState(window.history.state, "", url.href);
});

EM_JS(void, js_set_title, (const char* title), {
    document.title = UTF8ToString(title);
});

EM_JS(void, js_set_cursor, (const char* cursor), {
    var canvas = document.getElementById('canvas');
    var c = UTF8ToString(cursor);
    if (canvas && canvas.style.cursor != c) canvas.style.cursor = c;
});

EM_JS(void, js_open_url, (const char* url), {
    window.open(UTF8ToString(url), '_blank', 'noopener,noreferrer');
});

EM_JS(void, js_copy_text, (const char* text), {
    var t = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(function() {});
});

EM_JS(int, js_prefers_reduced_motion, (), {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
});

EM_JS(void, js_install_listeners, (), {
    window.addEventListener('hashchange', function() { _platform_on_hash_change(); });
    window.addEventListener('paste', function(e) {
        var text = (e.clipboardData || window.clipboardData).getData('text');
        if (!text) return;
        var size = lengthBytesUTF8(text) + 1;
        var ptr = _malloc(size);
        stringToUTF8(text, ptr, size);
        _platform_on_paste(ptr);
        _free(ptr);
        e.preventDefault();
    });
    document.addEventListener('visibilitychange', function() { _platform_on_wake(); });
    // Browser zoom changes devicePixelRatio; a resolution query that fires once per change.
    var watchRatio = function() {
        if (!window.matchMedia) return;
        var mq = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
        var onChange = function() { mq.removeEventListener('change', onChange); _platform_on_resize(); watchRatio(); };
        mq.addEventListener('change', onChange);
    };
    watchRatio();
    if (window.ResizeObserver) {
        var canvas = document.getElementById('canvas');
        new ResizeObserver(function() { _platform_on_resize(); }).observe(canvas);
    }
});
// clang-format on

namespace platform {

void SetAppState(const char* state, const char* message) { js_set_app_state(state, message ? message : ""); }
void ShowApp() { js_show_app(); }

std::string GetHash()
{
    char* raw = js_get_hash();
    std::string hash = raw ? raw : "";
    std::free(raw);
    return hash;
}

void PushHash(const std::string& hash) { js_push_hash(hash.c_str()); }
void ReplaceHash(const std::string& hash) { js_replace_hash(hash.c_str()); }
void SetTitle(const std::string& title) { js_set_title(title.c_str()); }
void SetCursor(const char* css_cursor) { js_set_cursor(css_cursor); }
void OpenUrl(const std::string& url) { js_open_url(url.c_str()); }
void CopyToClipboard(const std::string& text) { js_copy_text(text.c_str()); }
void InstallPageListeners() { js_install_listeners(); }
bool PrefersReducedMotion() { return js_prefers_reduced_motion() != 0; }

} // namespace platform

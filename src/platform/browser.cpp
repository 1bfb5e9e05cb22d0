// browser.cpp — EM_JS bridges to the page (layer: platform). Only DOM APIs a strict CSP allows:
// textContent, setAttribute, element.style; never HTML strings, never eval.
#include "platform/browser.h"

#include "core/data_address.h"
#include "core/data_loader.h"

#include <emscripten.h>

#include <cstdlib>

// Text copied into wasm memory: every size is checked before _malloc, and every pointer after it (with
// memory growth on, a failed _malloc returns 0, and writing there would overwrite the start of memory).
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

EM_JS(void, js_measure, (const char* name, double start), {
    if (window.performance && performance.measure) {
        try { performance.measure('appfinder: ' + UTF8ToString(name), { start: start, end: performance.now() }); } catch (e) {}
    }
});

// The text version stays on screen until the first frame is drawn: it is what people see first.
// Until then the canvas has its size but is invisible.
EM_JS(void, js_show_app, (), {
    var root = document.getElementById('app-root');
    if (root) {
        root.classList.add('is-starting');
        root.hidden = false;
    }
});

EM_JS(void, js_reveal_app, (), {
    var root = document.getElementById('app-root');
    if (root) root.classList.remove('is-starting');
    var html = document.getElementById('static-content');
    if (html) html.hidden = true;
    document.documentElement.classList.add('app-running');
});

EM_JS(char*, js_get_hash, (), {
    var h = window.location.hash || "";
    // No link the app makes comes near 4 KB; a longer one is shown as an address the app does not know.
    if (h.length > 4096) h = "#/address-too-long";
    var size = lengthBytesUTF8(h) + 1;
    var ptr = _malloc(size);
    if (ptr) stringToUTF8(h, ptr, size);
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

// The listeners call back into the WebPlatform at `self`. Module.platform keeps it for what a bench or the console
// reads: Module._platform_frames_drawn(Module.platform).
EM_JS(void, js_install_listeners, (void* self), {
    Module.platform = self;
    window.addEventListener('hashchange', function() { _platform_on_hash_change(self); });
    window.addEventListener('paste', function(e) {
        var text = (e.clipboardData || window.clipboardData).getData('text');
        if (!text) return;
        if (text.length > 65536) text = text.slice(0, 65536);   // far more than any search; the rest is dropped
        var size = lengthBytesUTF8(text) + 1;
        var ptr = _malloc(size);
        if (!ptr) return;
        stringToUTF8(text, ptr, size);
        _platform_on_paste(self, ptr);
        _free(ptr);
        e.preventDefault();
    });
    document.addEventListener('visibilitychange', function() { _platform_on_wake(self); });
    // Browser zoom changes devicePixelRatio; a resolution query that fires once per change.
    var watchRatio = function() {
        if (!window.matchMedia) return;
        var mq = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
        var onChange = function() { mq.removeEventListener('change', onChange); _platform_on_resize(self); watchRatio(); };
        mq.addEventListener('change', onChange);
    };
    watchRatio();
    /* The app sets the canvas height itself (the visible band); only a new width needs a new layout. */
    if (window.ResizeObserver) {
        var canvas = document.getElementById('canvas'), width = -1;
        new ResizeObserver(function(entries) {
            var w = entries[entries.length - 1].contentRect.width;
            if (w !== width) { width = w; _platform_on_resize(self); }
        }).observe(canvas);
    }
});
EM_JS(char*, js_get_query_param, (const char* name), {
    var v = new URLSearchParams(window.location.search).get(UTF8ToString(name));
    if (v === null) v = "";
    if (v.length > 4096) v = v.slice(0, 4096);   // still too long for any check that reads it, and refused there
    var size = lengthBytesUTF8(v) + 1;
    var ptr = _malloc(size);
    if (ptr) stringToUTF8(v, ptr, size);
    return ptr;
});

EM_JS(char*, js_get_location_search, (), {
    var v = window.location.search;
    if (v.length > 4096) v = v.slice(0, 4096);   // longer than any embed option; core refuses what is cut
    var size = lengthBytesUTF8(v) + 1;
    var ptr = _malloc(size);
    if (ptr) stringToUTF8(v, ptr, size);
    return ptr;
});

EM_JS(void, js_copy_page_link, (void* self), {
    var href = window.location.href;
    var done = function(ok) { _platform_on_copied(self, ok ? 1 : 0); };
    var fallback = function() {
        // Older browsers and some iframes: select the text in a hidden field and copy it.
        var field = document.createElement('textarea');
        field.value = href;
        field.setAttribute('readonly', 'readonly');
        field.className = 'visually-hidden';
        document.body.appendChild(field);
        field.select();
        var ok = false;
        try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
        document.body.removeChild(field);
        done(ok);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(href).then(function() { done(true); }, fallback);
    } else {
        fallback();
    }
});

// `page` is relative to this page ("apps.html#app-mycopd"). Another page is simply followed, in a frame too (the
// frame itself navigates). index.html is this page: its text, the Programme, is already here under the canvas.
EM_JS(void, js_show_text_version, (const char* page), {
    var target = new URL(UTF8ToString(page), window.location.href);
    var folder = function(path) { return path.slice(-10) === 'index.html' ? path.slice(0, -10) : path; };
    if (folder(target.pathname) !== folder(window.location.pathname)) {
        window.location.assign(target.href);
        return;
    }
    var root = document.getElementById('app-root');
    var html = document.getElementById('static-content');
    var back = document.getElementById('back-to-app');
    if (!html) return;
    if (root) root.hidden = true;
    html.hidden = false;
    if (back) back.hidden = false;
    document.documentElement.classList.remove('app-running');
    var h1 = html.querySelector('h1');
    if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus(); }
});

// `refused` is core::DataAddressProblem's answer: when it is not "", nothing is fetched. Otherwise the
// address must still resolve inside this page's folder, and a redirect is an error: fetch would follow
// one to anywhere on the site, or to another site when no CSP stops it. A file over max_bytes is refused
// before it is copied into wasm memory, and every _malloc is checked.
EM_JS(void, js_fetch_data, (void* self, const char* url_ptr, const char* names_ptr, const char* refused_ptr, double max_bytes), {
    var raw = UTF8ToString(url_ptr);
    var names = UTF8ToString(names_ptr).split(',');
    var refused = UTF8ToString(refused_ptr);
    var copy = function(s) {
        var size = lengthBytesUTF8(s) + 1;
        var ptr = size <= max_bytes + 1 ? _malloc(size) : 0;
        if (ptr) stringToUTF8(s, ptr, size);
        return ptr;
    };
    var report = function(name, ok, text) {
        var np = copy(name), tp = np && copy(text);
        if (np && !tp) ok = false, tp = copy('could not be loaded: larger than ' + max_bytes / 1048576 + ' MB, or out of memory');
        if (tp) _platform_on_data_file(self, np, ok, tp), _free(tp);
        if (np) _free(np);
    };
    var folder = new URL('.', location.href).href;
    var url = null;
    try { url = new URL(raw, folder); } catch (e) {}
    if (!refused && (!url || url.href.indexOf(folder) || url.search || url.hash)) refused = "the address is not inside this app's folder";
    if (refused) {
        report("", false, refused);
        _platform_on_data_done(self);
        return;
    }
    // A folder (ends with /) holds the data files; a single .json file replaces the file of that name.
    var list = url.pathname.endsWith("/") ? names.map(function(n) { return { name: n, href: new URL(n, url).href }; })
                                          : [{ name: url.pathname.split('/').pop(), href: url.href }];
    Promise.all(list.map(function(f) {
        return fetch(f.href, { credentials: 'omit', cache: 'no-cache', redirect: 'error' }).then(function(r) {
            if (r.redirected || r.url.indexOf(folder)) throw 0;
            if (!r.ok) throw new Error('the server answered ' + r.status);
            return r.text();
        }).then(function(text) { report(f.name, true, text); },
                function(err) { report(f.name, false, 'could not be loaded (' + (err && err.message && !(err instanceof TypeError) ? err.message : 'a redirect, which is not followed, or a network error') + ')'); });
    })).then(function() { _platform_on_data_done(self); });
});
// clang-format on

namespace platform {

void SetAppState(const char* state, const char* message) { js_set_app_state(state, message ? message : ""); }
void ShowApp() { js_show_app(); }
void RevealApp() { js_reveal_app(); }

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
void InstallPageListeners(WebPlatform* self) { js_install_listeners(self); }

std::string GetQueryParam(const char* name)
{
    char* raw = js_get_query_param(name);
    std::string value = raw ? raw : "";
    std::free(raw);
    return value;
}

std::string GetLocation()
{
    char* raw = js_get_location_search();
    std::string value = raw ? raw : "";
    std::free(raw);
    return value;
}

void CopyPageLink(WebPlatform* self) { js_copy_page_link(self); }
void ShowTextVersion(const std::string& page) { js_show_text_version(page.c_str()); }
void MeasureSince(const char* name, double start_ms) { js_measure(name, start_ms); }
void FetchData(WebPlatform* self, const std::string& url, const std::string& names)
{
    const std::string refused = core::DataAddressProblem(url);
    js_fetch_data(self, url.c_str(), names.c_str(), refused.c_str(), static_cast<double>(core::MaxDataFileBytes));
}

} // namespace platform

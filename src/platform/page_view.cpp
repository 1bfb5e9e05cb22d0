// page_view.cpp — the visible band, the canvas's place in the page, scroll restoration and readiness
// (layer: platform). See page_view.h. The JavaScript keeps its state in Module.pageView.
#include "platform/page_view.h"

#include <emscripten.h>

// clang-format off
// Scrolls and resizes call back into the WebPlatform at `self`.
EM_JS(void, js_view_install, (void* self, int embedded), {
    var S = 256;  /* CSS px between sentinels */
    var v = Module.pageView = { host: null, hostOrigin: null, io: null, sentinels: [], seen: [], ioTop: 0, ioBottom: 0,
                                saved: {}, key: "", next: 1, target: -1, tries: 0, height: 0, top: -1, canvasH: -1,
                                embedded: embedded, S: S };
    var framed = window.parent !== window;
    /* The embedding page's origin as boot.js found it (its one rule, which leaves out Firefox's "null"), or
       null: the height goes to the parent. */
    if (framed) v.hostOrigin = Module.hostOrigin || null;
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    /* Each history entry gets a key in its state, so Back can return to where that entry was scrolled. */
    v.entry = function() {
        var s = history.state;
        if (s && typeof s === 'object' && s.appfinderEntry) return s.appfinderEntry;
        var key = 'e' + (v.next++) + '-' + Math.floor(performance.now());
        history.replaceState({ appfinderEntry: key }, "");
        return key;
    };
    v.key = v.entry();
    var changed = function() { _platform_on_view_change(self); };
    window.addEventListener('scroll', function() { v.saved[v.key] = window.scrollY; changed(); }, { passive: true });
    window.addEventListener('resize', changed);
    if (!framed) return;
    v.dropSentinels = function() {
        if (v.io) v.io.disconnect();
        v.io = null;
        for (var i = 0; i < v.sentinels.length; i++) v.sentinels[i].remove();
        v.sentinels = [];
        v.seen = [];
    };
    /* embed.js on the host page says which part of this frame is on screen; only the parent is heard. */
    window.addEventListener('message', function(e) {
        var d = e.data;
        if (e.source !== window.parent || !d || d.type !== 'appfinder:view') return;
        var top = Number(d.top), bottom = Number(d.bottom), view = Number(d.view);
        if (!isFinite(top) || !isFinite(bottom) || !isFinite(view) || view <= 0) return;
        v.host = { top: top, bottom: bottom, view: view };
        if (e.origin && e.origin !== 'null') v.hostOrigin = e.origin;
        if (v.io) v.dropSentinels();
        changed();
    });
    /* Without embed.js: sentinels every S px down the page; the ones on screen bound the visible band. */
    if (!window.IntersectionObserver) return;
    v.io = new IntersectionObserver(function(entries) {
        for (var i = 0; i < entries.length; i++) {
            var en = entries[i], k = Number(en.target.getAttribute('data-k'));
            var at = k * S - en.boundingClientRect.top;
            v.seen[k] = en.isIntersecting ? [at + en.intersectionRect.top, at + en.intersectionRect.bottom] : null;
        }
        var top = Infinity, bottom = -Infinity;
        for (var j = 0; j < v.seen.length; j++) {
            if (!v.seen[j]) continue;
            top = Math.min(top, v.seen[j][0]);
            bottom = Math.max(bottom, v.seen[j][1]);
        }
        v.ioTop = top;
        v.ioBottom = bottom;
        changed();
    }, { threshold: [0, 0.25, 0.5, 0.75, 1] });
});

EM_JS(void, js_view_measure, (float* out), {
    var v = Module.pageView, root = document.getElementById('app-root');
    var r = root.getBoundingClientRect();
    var top = -r.top, bottom = window.innerHeight - r.top;
    var view = window.innerHeight;
    if (v.host) {
        top = Math.max(top, v.host.top - r.top);
        bottom = Math.min(bottom, v.host.bottom - r.top);
        view = v.host.view;
    } else if (window.parent !== window) {
        if (v.io && v.ioBottom > v.ioTop) {
            top = Math.max(top, v.ioTop);
            bottom = Math.min(bottom, v.ioBottom);
        }
        view = Math.min(view, screen.height || view);
    }
    var i = out >> 2;
    HEAPF32[i] = r.width;
    HEAPF32[i + 1] = top;
    HEAPF32[i + 2] = bottom;
    HEAPF32[i + 3] = view;
    HEAPF32[i + 4] = r.height;
    HEAPF32[i + 5] = r.left;
    HEAPF32[i + 6] = r.top;
});

EM_JS(void, js_view_place, (float top, float height, float content), {
    var v = Module.pageView, root = document.getElementById('app-root'), canvas = document.getElementById('canvas');
    if (v.top !== top) { v.top = top; canvas.style.top = top + 'px'; }
    if (v.canvasH !== height) { v.canvasH = height; canvas.style.height = height + 'px'; }
    var h = Math.ceil(content);
    if (h > 0 && h !== v.height) {
        v.height = h;
        root.style.height = h + 'px';
        if (v.io) {
            var n = Math.ceil(h / v.S);
            while (v.sentinels.length < n) {
                var s = document.createElement('div');
                s.className = 'view-sentinel';
                s.setAttribute('data-k', String(v.sentinels.length));
                s.style.top = (v.sentinels.length * v.S) + 'px';
                root.appendChild(s);
                v.io.observe(s);
                v.sentinels.push(s);
            }
            while (v.sentinels.length > n) {
                var last = v.sentinels.pop();
                v.io.unobserve(last);
                last.remove();
            }
            v.seen.length = Math.min(v.seen.length, n);
        }
        /* The embedding page learns only the height: sent to its origin once known, else to the parent. */
        if (v.embedded && window.parent !== window) {
            window.parent.postMessage({ type: 'appfinder:height', height: h }, v.hostOrigin || '*');
        }
    }
    if (v.target >= 0) {
        window.scrollTo(0, v.target);
        if (--v.tries <= 0) v.target = -1;
    }
});

EM_JS(void, js_view_end_restore, (), {
    Module.pageView.target = -1;
});

EM_JS(void, js_view_after_route, (int screen_changed), {
    var v = Module.pageView, key = v.entry();
    var fresh = key !== v.key;
    v.key = key;
    var saved = v.saved[key];
    if (fresh && saved !== undefined) v.target = saved;
    else if (screen_changed) v.target = 0;
    else return;
    v.tries = 4;                   /* again after the new screen has its height, while the loop runs */
    window.scrollTo(0, v.target);
});

EM_JS(void, js_view_readiness, (int frames, int idle), {
    var html = document.documentElement;
    html.setAttribute('data-app-frames', String(frames));
    var s = idle ? 'true' : 'false';
    if (html.getAttribute('data-app-idle') !== s) html.setAttribute('data-app-idle', s);
});

EM_JS(void, js_view_focus_rect, (int focused, float x, float y, float w, float h), {
    var html = document.documentElement;
    var text = focused ? [x, y, w, h].map(function(n) { return Math.round(n * 10) / 10; }).join(',') : "";
    if (!text) html.removeAttribute('data-app-focus-rect');
    else if (html.getAttribute('data-app-focus-rect') !== text) html.setAttribute('data-app-focus-rect', text);
});
// clang-format on

namespace platform {

void InstallPageView(WebPlatform* self, bool embedded) { js_view_install(self, embedded ? 1 : 0); }

PageMeasure MeasurePage()
{
    float v[7] = {};
    js_view_measure(v);
    PageMeasure m;
    m.Width = v[0];
    m.VisibleTop = v[1];
    m.VisibleBottom = v[2];
    m.ViewHeight = v[3];
    m.PageHeight = v[4];
    m.Left = v[5];
    m.Top = v[6];
    return m;
}

void PlaceCanvas(float top, float height, float content_height) { js_view_place(top, height, content_height); }
void ScrollAfterRoute(bool screen_changed) { js_view_after_route(screen_changed ? 1 : 0); }
void EndScrollRestore() { js_view_end_restore(); }
void SetReadiness(int frames_shown, bool idle) { js_view_readiness(frames_shown, idle ? 1 : 0); }
void SetFocusRect(bool focused, float x, float y, float w, float h) { js_view_focus_rect(focused ? 1 : 0, x, y, w, h); }

} // namespace platform

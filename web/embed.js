// embed.js — put Digital Exemplars & Apps Finder on any page with one snippet:
//   <div data-appfinder-src="https://example.org/appfinder/index.html?embed=1#/apps"><a href="...apps.html">Text version</a></div>
//   <script src="https://example.org/appfinder/embed.js" defer></script>
// Each such element gets a lazy-loading, sandboxed iframe that grows and shrinks with the app's content,
// so the host page keeps the only scrollbar. Messages are accepted only from that iframe and the app's origin.
// As the page scrolls, each frame is told which part of it is on screen (once per animation frame, to the
// app's origin only), so the app draws just that part, sharp, however tall the frame is.
(function () {
  'use strict';
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
  var DEFAULT_HEIGHT = 720;
  var frames = [];          // { iframe, origin, last, heard }
  var scheduled = false;

  // The visible part of each frame, in the frame's own pixels from its top, and the height of the view.
  function tellFrames() {
    scheduled = false;
    var view = window.innerHeight;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      // Only once the app has spoken: before that the frame may still hold its first, empty document (of
      // another origin), and a message to the app's origin there is refused with an error on this page.
      if (!f.heard || !f.iframe.contentWindow) continue;
      var r = f.iframe.getBoundingClientRect();
      var top = Math.max(0, -r.top), bottom = Math.min(r.height, view - r.top);
      var key = Math.round(top) + ',' + Math.round(bottom) + ',' + view;
      if (key === f.last) continue;
      f.last = key;
      f.iframe.contentWindow.postMessage({ type: 'appfinder:view', top: top, bottom: bottom, view: view }, f.origin);
    }
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(tellFrames);
  }

  function mount(el) {
    if (el.getAttribute('data-appfinder-mounted') === '1') return;
    var raw = el.getAttribute('data-appfinder-src');
    if (!raw) return;
    var src;
    try { src = new URL(raw, window.location.href); } catch (e) { return; }
    if (src.protocol !== 'https:' && src.protocol !== 'http:') return;
    if (src.searchParams.get('embed') !== '1') src.searchParams.set('embed', '1');
    var iframe = document.createElement('iframe');
    iframe.src = src.href;
    iframe.title = el.getAttribute('data-appfinder-title') || 'Digital Exemplars & Apps Finder';
    iframe.loading = 'lazy';
    iframe.setAttribute('sandbox', SANDBOX);
    iframe.setAttribute('referrerpolicy', 'no-referrer');
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = (Number(el.getAttribute('data-appfinder-height')) || DEFAULT_HEIGHT) + 'px';
    el.setAttribute('data-appfinder-mounted', '1');
    // The element may hold a link to the text page, for readers whose scripts fail: the frame replaces it.
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(iframe);
    var entry = { iframe: iframe, origin: src.origin, last: '', heard: false };
    frames.push(entry);
    iframe.addEventListener('load', function () { entry.last = ''; schedule(); });
    window.addEventListener('message', function (event) {
      if (event.source !== iframe.contentWindow || event.origin !== src.origin) return;
      var data = event.data;
      if (!data || data.type !== 'appfinder:height') return;
      var h = Number(data.height);
      if (!isFinite(h) || h <= 0) return;
      iframe.style.height = Math.min(Math.max(Math.ceil(h), 200), 50000) + 'px';
      entry.heard = true;
      entry.last = '';      // the app may have loaded anew: tell it again
      schedule();
    });
  }

  function mountAll() {
    var els = document.querySelectorAll('[data-appfinder-src]');
    for (var i = 0; i < els.length; i++) mount(els[i]);
  }

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
}());

// embed.js — put Digital Exemplars & Apps Finder on any page with one snippet:
//   <div data-appfinder-src="https://example.org/appfinder/index.html?embed=1#/apps"><a href="...apps.html">Text version</a></div>
//   <script src="https://example.org/appfinder/embed.js" defer></script>
// Each such element gets a lazy-loading, sandboxed iframe that grows and shrinks with the app's content,
// so the host page keeps the only scrollbar. Messages are accepted only from that iframe and the app's origin.
(function () {
  'use strict';
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
  var DEFAULT_HEIGHT = 720;

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
    window.addEventListener('message', function (event) {
      if (event.source !== iframe.contentWindow || event.origin !== src.origin) return;
      var data = event.data;
      if (!data || data.type !== 'appfinder:height') return;
      var h = Number(data.height);
      if (!isFinite(h) || h <= 0) return;
      iframe.style.height = Math.min(Math.max(Math.ceil(h), 200), 50000) + 'px';
    });
  }

  function mountAll() {
    var els = document.querySelectorAll('[data-appfinder-src]');
    for (var i = 0; i < els.length; i++) mount(els[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
}());

// card.js — on a card page (card-*.html, written by appfinder-cli html): tells the embedding page how tall the
// card is, with the same message the app sends, so embed.js fits the frame to it. Only the height, only to the parent.
(function () {
  'use strict';
  if (window.parent === window) return;
  var sent = 0;
  function send() {
    var main = document.querySelector('main');
    if (!main) return;
    var h = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY);
    if (h === sent) return;
    sent = h;
    window.parent.postMessage({ type: 'appfinder:height', height: h }, '*');
  }
  send();
  window.addEventListener('load', send);
  if (window.ResizeObserver) new ResizeObserver(send).observe(document.querySelector('main'));
}());

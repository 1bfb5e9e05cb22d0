// card.js — on a card page (card-*.html, written by appfinder-cli html): tells the embedding page how tall the
// card is, with the same message the app sends, so embed.js fits the frame to it. Only the height, only to the parent.
// A card lives in a small frame on someone else's page: its links open a new tab (and say so), so following a
// source never loads a whole page inside the card. ?size=16 or 19 sets its text size to the host page's.
(function () {
  'use strict';
  var size = new URLSearchParams(window.location.search).get('size');
  if (size === '16' || size === '19') document.documentElement.classList.add('size-' + size);
  var links = document.querySelectorAll('main a[href]');
  for (var i = 0; i < links.length; i++) {
    var a = links[i];
    if (a.target === '_blank') continue;   // "See more" says so already
    a.target = '_blank';
    a.rel = 'noopener';
    var note = document.createElement('span');
    note.className = 'visually-hidden';
    note.textContent = ' (opens in a new tab)';
    a.appendChild(note);
  }
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

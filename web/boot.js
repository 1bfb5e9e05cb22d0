// boot.js — the page's side of starting the app: the Module settings Emscripten reads, and a clear
// message on the page when something fails. Loaded before appfinder.js; no inline script anywhere.
(function () {
  'use strict';
  var root = document.documentElement;
  var params = new URLSearchParams(window.location.search);
  if (params.get('embed') === '1') root.classList.add('embed');
  // For tests and tools: frames shown so far, and whether the app has nothing left to draw.
  root.setAttribute('data-app-frames', '0');
  root.setAttribute('data-app-idle', 'false');
  var backLink = document.getElementById('back-to-app-link');
  if (backLink) {
    backLink.addEventListener('click', function (e) {
      // From the text version back to the app, on the same screen.
      e.preventDefault();
      var appRoot = document.getElementById('app-root');
      if (!appRoot || root.getAttribute('data-app-state') !== 'ready') return;
      appRoot.hidden = false;
      document.getElementById('static-content').hidden = true;
      document.getElementById('back-to-app').hidden = true;
      root.classList.add('app-running');
      var h1 = document.querySelector('#a11y-layer h1');
      if (h1) h1.focus();
    });
  }
  function fail(message) {
    root.setAttribute('data-app-state', 'error');
    root.setAttribute('data-app-idle', 'true');
    var note = document.getElementById('app-message');
    if (note) {
      note.textContent = message;
      note.hidden = false;
    }
    var appRoot = document.getElementById('app-root');
    if (appRoot) appRoot.hidden = true;
    var html = document.getElementById('static-content');
    if (html) html.hidden = false;
  }
  if (typeof WebAssembly !== 'object') {
    fail('This browser cannot run WebAssembly, so the interactive version cannot start. The text version is below.');
  }
  window.addEventListener('error', function (e) {
    if (root.getAttribute('data-app-state') === 'loading') {
      fail('The interactive version could not start (' + (e.message || 'unknown error') + '). The text version is below.');
    }
  });
  window.Module = {
    canvas: document.getElementById('canvas'),
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) {
      fail('The interactive version stopped unexpectedly (' + what + '). Reload the page to try again; the text version is below.');
    }
  };
}());

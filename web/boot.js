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
  // Start-up over a slow or failing network. The page fetches two files for the app: appfinder.js (the
  // <script id="app-script"> tag) and the wasm, which this file fetches itself (Module.instantiateWasm)
  // to count its bytes for the progress bar and to notice when it stops coming. Every failure ends in
  // data-app-state="error" with a plain message and "Try again", which fetches again; the text version
  // the reader is on stays as it is. The technical detail goes to the console only.
  //
  // A download counts as stalled after 15 s with no byte. TCP waits at least 1 s before resending a lost
  // packet and doubles the wait each time (RFC 6298, https://www.rfc-editor.org/rfc/rfc6298), so 15 s is
  // four lost resends in a row (1 + 2 + 4 + 8), longer than a phone takes to hand over between masts;
  // and people stop waiting for a page after about 10 s with nothing moving
  // (https://www.nngroup.com/articles/response-times-3-important-limits/). The script's own bytes cannot
  // be counted, so it has the 15 s to arrive whole: it is about 11 KB gzip, 9 s even at 10 kbit/s.
  // Tests shorten the wait with ?stall=<ms>.
  var stallMs = Math.min(Math.max(Number(params.get('stall')) || 15000, 200), 60000);
  var loading = document.getElementById('app-loading');
  var bar = document.getElementById('app-progress');
  var retry = document.getElementById('app-retry'), retryBox = document.getElementById('app-retry-box');
  var sizes = ((bar && bar.getAttribute('data-bytes')) || '').split(' ').map(Number);  // script, wasm
  var script = document.getElementById('app-script');
  var tries = 0, timer = 0, scriptRan = false, wasmUrl = '', wasmJob = null, job = 0, got = 0, abort = null;
  var STALE = 'appfinder: a superseded attempt';
  var said = {
    dropped: 'The interactive version could not be downloaded. Your connection may have dropped.',
    refused: 'The interactive version could not be downloaded: the site did not send it. This is usually brief.',
    stalled: 'The interactive version stopped downloading. Your connection may be slow or have dropped.',
    damaged: 'The interactive version arrived incomplete, so it cannot start.',
    stopped: 'The interactive version stopped unexpectedly.',
    unsupported: 'This browser cannot run WebAssembly, so the interactive version cannot start.'
  };
  function state() { return root.getAttribute('data-app-state'); }
  function show(fraction) {
    var p = Math.floor(Math.min(fraction, 1) * 100);
    if (!bar || String(p) === bar.getAttribute('aria-valuenow')) return;
    bar.setAttribute('aria-valuenow', String(p));
    bar.firstChild.style.transform = 'scaleX(' + p / 100 + ')';
  }
  function progress() {
    var total = sizes[0] + sizes[1];
    if (total > 0) show(((scriptRan ? sizes[0] : 0) + got) / total);
  }
  // Each byte (and the start of each try) puts the stall off again.
  function alive() {
    clearTimeout(timer);
    timer = setTimeout(function () { fail('stalled', 'no byte for ' + stallMs + ' ms'); }, stallMs);
  }
  function fail(kind, detail) {
    clearTimeout(timer);
    job++;                                      // what the failed try still sends is ignored
    if (abort) abort.abort();
    if (state() === 'error') return;
    console.error('appfinder: start-up failed (' + kind + '):', detail);
    root.setAttribute('data-app-state', 'error');
    root.setAttribute('data-app-idle', 'true');
    if (loading) loading.hidden = true;
    var note = document.getElementById('app-message');
    if (note) {
      note.textContent = said[kind] + ' Everything it shows is in the text version below.' +
        (kind === 'stopped' ? ' Reload the page to try again.' : '');
      note.hidden = false;
    }
    if (retryBox) retryBox.hidden = kind === 'stopped' || kind === 'unsupported';
    var appRoot = document.getElementById('app-root');
    if (appRoot) appRoot.hidden = true;
    var html = document.getElementById('static-content');
    if (html) html.hidden = false;
  }
  function start() {
    root.setAttribute('data-app-state', 'loading');
    root.setAttribute('data-app-idle', 'false');
    document.getElementById('app-message').hidden = true;
    if (retryBox) retryBox.hidden = true;
    if (loading) loading.hidden = false;
    var note = document.querySelector('#static-content .loading-note');
    if (note) note.hidden = true;             // the bar above says it, and how far it has got
    alive();
  }
  // The wasm, fetched here: bytes counted as they arrive and compiled as they stream in.
  function fetchWasm() {
    var mine = job, ended = false;
    got = 0;
    abort = window.AbortController ? new AbortController() : null;
    fetch(wasmUrl + (tries ? '?try=' + tries : ''), { credentials: 'same-origin', signal: abort && abort.signal })
      .then(function (response) {
        if (mine !== job) return;
        if (!response.ok) return fail('refused', 'HTTP ' + response.status + ' for ' + response.url);
        var reader = response.body.getReader();
        var body = new ReadableStream({
          pull: function (out) {
            return reader.read().then(function (chunk) {
              if (chunk.done) {
                ended = true;
                clearTimeout(timer);                // all here: compiling is not a stall
                return out.close();
              }
              if (mine !== job) return;
              got += chunk.value.length;
              alive();
              progress();
              out.enqueue(chunk.value);
            });
          },
          cancel: function (why) { reader.cancel(why); }
        });
        return WebAssembly.instantiateStreaming(new Response(body, { headers: { 'Content-Type': 'application/wasm' } }),
                                                wasmJob.imports).then(function (result) {
          if (mine !== job) return;
          clearTimeout(timer);
          show(1);
          wasmJob.receive(result.instance, result.module);
        });
      })
      .catch(function (e) { if (mine === job) fail(ended ? 'damaged' : 'dropped', e); });
  }
  function loadScript() {
    var next = document.createElement('script');
    scriptRan = false;
    next.id = 'app-script';
    next.src = script.src.split('?')[0] + '?try=' + tries;
    script.remove();
    script = next;
    document.body.appendChild(next);
  }
  if (retry) {
    retry.addEventListener('click', function () {
      tries++;
      start();
      if (loading) loading.focus();
      if (wasmJob) fetchWasm();
      else {
        window.Module = makeModule();
        loadScript();
      }
    });
  }
  // The script did not come (refused, dropped) or came damaged (it does not parse or run).
  window.addEventListener('error', function (e) {
    if (e.error === STALE || state() !== 'loading') return;
    if (e.target === script) {
      var timing = window.performance && performance.getEntriesByName && performance.getEntriesByName(script.src).pop();
      var status = timing && timing.responseStatus;
      fail(status >= 400 ? 'refused' : 'dropped', 'could not load ' + script.src + (status ? ' (HTTP ' + status + ')' : ''));
    } else {
      // Before the wasm is asked for, an error in the script's own file means the file is damaged.
      fail(e.filename === script.src && !wasmJob ? 'damaged' : 'stopped', e.error || e.message);
    }
  }, true);
  // The embedding page's origin, where the frame's height goes; null: to the parent, whoever it is. The one
  // rule for this page and the app (page_view.cpp reads Module.hostOrigin): Firefox names the host "null" in a
  // frame with referrerpolicy="no-referrer" (as embed.js makes), and postMessage to "null" throws, so only a
  // real origin is used.
  var hostOrigin = null;
  try {
    var o = window.parent !== window && location.ancestorOrigins && location.ancestorOrigins[0];
    if (o && new URL(o).origin === o) hostOrigin = o;
  } catch (e) {}
  // The frame's height follows the message and the text version until the app takes over (page_view.cpp).
  if (root.classList.contains('embed') && window.parent !== window && window.ResizeObserver) {
    new ResizeObserver(function () {
      if (state() === 'ready') return;
      window.parent.postMessage({ type: 'appfinder:height', height: Math.ceil(document.body.getBoundingClientRect().height) }, hostOrigin || '*');
    }).observe(document.body);
  }
  // Once the app runs, its own live region (layer.js) is the page's only one.
  var statusBox = document.getElementById('app-status');
  new MutationObserver(function () {
    if (statusBox) statusBox.hidden = state() === 'ready';
    if (state() === 'loading') return;
    clearTimeout(timer);
    if (loading) loading.hidden = true;
  }).observe(root, { attributes: true, attributeFilter: ['data-app-state'] });
  function makeModule() {
    return {
      canvas: document.getElementById('canvas'),
      hostOrigin: hostOrigin, // page_view.cpp: where an embedded app sends its height
      print: function (text) { console.log(text); },
      printErr: function (text) { console.warn(text); },
      onAbort: function (what) { fail('stopped', what); },
      // The glue asks where the wasm is as it starts: the script has arrived and runs. A script from an
      // earlier try that arrives after "Try again" stops here, before it can start a second app.
      locateFile: function (path, dir) {
        if (document.currentScript && document.currentScript !== script) throw STALE;
        scriptRan = true;
        progress();
        alive();
        return (wasmUrl = dir + path);
      },
      instantiateWasm: function (imports, receive) {
        wasmJob = { imports: imports, receive: receive };
        fetchWasm();
        return {};
      }
    };
  }
  window.Module = makeModule();
  if (typeof WebAssembly !== 'object') fail('unsupported', 'no WebAssembly');
  else start();
}());

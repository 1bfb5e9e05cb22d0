// embed-builder.js — the embed builder page (embed.html): turns the form's choices into the app's address,
// shows that address live in a real frame, and writes the two snippets to copy. Everything is set from script
// as text and attributes (no HTML strings, no inline styles), so the page runs under the site's strict CSP.
(function () {
  'use strict';
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
  var SCOPES = { topic: 1, platform: 1, cost: 1, search: 1 };
  var CARDS = { trust: 1, app: 1, wearable: 1, figure: 1 };
  var $ = function (id) { return document.getElementById(id); };
  var kind = $('kind'), which = $('which'), hideNav = $('hide-nav'), hideHeader = $('hide-header'), size = $('text-size');
  var SORTED = { trust: 1, app: 1 };   // listed A-Z by name, as people look for them
  var base = new URL('.', window.location.href);
  var frame = null, shownSrc = '';

  // The "Which one" list for the kind chosen: the options of <template id="choices-KIND">. Only the options that
  // apply are shown: the tabs only where the app has them (a whole screen), the title bar only where the app draws
  // one (not a card, a page of its own). Leaving out the title bar is the default for scopes.
  function fillChoices() {
    var k = kind.value, tpl = $('choices-' + k);
    $('which-field').hidden = !tpl;
    $('hide-nav-field').hidden = k !== 'screen';
    $('hide-header-field').hidden = !!CARDS[k];
    hideHeader.checked = !!SCOPES[k];
    while (which.firstChild) which.removeChild(which.firstChild);
    if (tpl) {
      var options = [].slice.call(document.importNode(tpl.content, true).querySelectorAll('option'));
      if (SORTED[k]) options.sort(function (a, b) { return a.textContent.localeCompare(b.textContent, 'en', { sensitivity: 'base' }); });
      options.forEach(function (o) { which.appendChild(o); });
    }
    if (k === 'screen') which.value = 'apps';
  }

  function choice() {
    var k = kind.value, id = which.value, params = new URLSearchParams();
    var opt = which.options[which.selectedIndex];
    var hash = '#/', text = opt ? opt.getAttribute('data-text') : 'index.html', title = opt ? opt.textContent : '';
    params.set('embed', '1');
    if (k === 'screen') {
      hash = '#/' + id;
    } else if (SCOPES[k]) {
      // A search is one of the list's (each has its text page, apps-search-*.html): its words are the value.
      params.set('scope', k + ':' + id);
      hash = '#/apps';
      title = k === 'search' ? 'Apps found for \u201c' + id + '\u201d' : 'Apps: ' + title;
    } else {
      // A card is a small page of its own (card-trust-RAL.html): no app to load, and it is its own text version.
      var card = new URL(text, base);
      if (size.value) card.search = 'size=' + size.value;
      return { src: card.href, text: new URL(text, base).href, title: title + ' \u2013 Digital Exemplars & Apps Finder' };
    }
    if (hideNav.checked && k === 'screen') params.set('nav', '0');
    if (hideHeader.checked) params.set('header', '0');
    if (size.value) params.set('size', size.value);
    var src = base.href + 'index.html?' + params.toString().replace(/\+/g, '%20') + hash;
    return { src: src, text: new URL(text, base).href, title: (title || 'Digital Exemplars & Apps Finder') + ' \u2013 Digital Exemplars & Apps Finder' };
  }

  function escapeAttr(s) { return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }

  function update() {
    var c = choice();
    $('code').value = '<div data-appfinder-src="' + escapeAttr(c.src) + '" data-appfinder-title="' + escapeAttr(c.title) + '">\n' +
      '  <a href="' + escapeAttr(c.text) + '">' + escapeAttr(c.title) + ' (text version)</a>\n</div>\n' +
      '<script src="' + escapeAttr(base.href + 'embed.js') + '" defer></script>';
    $('code-iframe').value = '<iframe src="' + escapeAttr(c.src) + '" title="' + escapeAttr(c.title) + '"\n' +
      '  width="100%" height="' + (CARDS[kind.value] ? 480 : 720) + '" loading="lazy" referrerpolicy="no-referrer"\n' +
      '  sandbox="' + SANDBOX + '"></iframe>';
    if (c.src !== shownSrc) preview(c);
  }

  // The preview is a frame like the snippet's: same sandbox, and it takes the height the app reports.
  function preview(c) {
    shownSrc = c.src;
    var holder = $('preview');
    if (frame) holder.removeChild(frame);
    frame = document.createElement('iframe');
    frame.title = 'Preview: ' + c.title;
    frame.setAttribute('sandbox', SANDBOX);
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.style.height = '480px';
    frame.src = c.src;
    holder.appendChild(frame);
  }

  window.addEventListener('message', function (event) {
    if (!frame || event.source !== frame.contentWindow || event.origin !== base.origin) return;
    var data = event.data;
    if (!data || data.type !== 'appfinder:height') return;
    var h = Number(data.height);
    if (isFinite(h) && h > 0) frame.style.height = Math.min(Math.ceil(h), 50000) + 'px';
  });

  // Copy with the clipboard API; where that is refused, select the code so the visitor can copy it by hand.
  function copy(button) {
    var area = $(button.getAttribute('data-target'));
    var status = $('copy-status');
    var selectIt = function () {
      area.focus();
      area.select();
      status.textContent = 'The code is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.';
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(area.value).then(function () {
        status.textContent = 'Code copied. Paste it into your page where the app should appear.';
      }, selectIt);
    } else {
      selectIt();
    }
  }

  kind.addEventListener('change', function () { fillChoices(); update(); });
  which.addEventListener('change', update);
  hideNav.addEventListener('change', update);
  hideHeader.addEventListener('change', update);
  size.addEventListener('change', update);
  $('builder-form').addEventListener('submit', function (e) { e.preventDefault(); update(); });
  $('copy-code').addEventListener('click', function () { copy(this); });
  $('copy-iframe').addEventListener('click', function () { copy(this); });
  fillChoices();
  update();
}());

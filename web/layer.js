// layer.js — the accessible layer: real DOM elements (headings, paragraphs, links, buttons, a search
// box) kept in step with what the canvas draws, placed over their widgets in the document, which is as
// tall as the page: the browser scrolls to them (Tab, find-in-page) and the canvas follows. Screen
// readers, Tab, Enter, Space and find-in-page use these. The C++ side (src/platform/a11y_dom.cpp) sends
// the node list and their places as JSON when it changes, and the places alone when only they change;
// each node is named by its id, for focus and activation. DOM changes use only textContent, setAttribute
// and element.style, which a strict Content-Security-Policy allows.
//
// Structure a screen reader can use: results (ListItem nodes) go in a <ul>, one <li> each, with their
// description reachable through aria-describedby; a run of filter chips (Checkbox nodes) is one toolbar,
// one Tab stop, with the arrow keys moving inside it; the search box has a real <label>; the one live
// region sits in <main>, where the count it repeats would be, and that count's own paragraph is hidden.
(function () {
  'use strict';
  // The message from src/platform/a11y_dom.cpp; tools/check-layer-protocol.mjs (run by ctest) fails when the two
  // sides disagree. Roles by their number, in the order of APPFINDER_A11Y_ROLES (src/ui/a11y.h):
  var HEADING = 0, TEXT = 1, LINK = 2, BUTTON = 3, TAB = 4, LISTITEM = 5, SEARCHBOX = 6, CHECKBOX = 7, IMAGE = 8, CELL = 9, COLUMNHEADER = 10;
  // A node's fields (APPFINDER_LAYER_FIELDS), each absent at its default (0, '', false; role: TEXT):
  //   r role, n name, l heading level (a cell's column, from 1), e disclosure (0 closed, 1 open; absent: not one), h href, t a search
  //   box's text, d description, g toolbar name, s selected, i id (focus, activation; absent on text and
  //   images). A plain text node comes as its name alone. Places come apart (msg.pos, see placeAll).
  var layer = null, header = null, nav = null, main = null, live = null;
  var els = [];           // element per node, in node order; el.k is its key
  var nodes = [];
  var byKey = {};
  var host = null;        // set by the C++ side: activate(id), escape(), focus(id), input(id, text)
  var boxes = [];         // result lists (<ul>) and chip toolbars, reused in order
  var liveText = '', liveTimer = 0, countEl = null;
  var PHONE_WIDTH = 700;  // CSS px: a window this wide or narrower is a phone's, where the count is scrolled into view
  var COUNT_PAUSE = 700;  // ms: a count is said once it has not changed for this long (not once per key typed)
  var opener = '';        // key of a control that vanished when used (More filters): focus returns to it

  function init() {
    if (layer) return true;
    layer = document.getElementById('a11y-layer');
    live = document.getElementById('a11y-live');
    if (!layer || !live) return false;
    header = document.createElement('header');
    nav = document.createElement('nav');
    nav.setAttribute('aria-label', 'Main');
    main = document.createElement('main');
    header.appendChild(nav);
    layer.appendChild(header);
    layer.appendChild(main);
    var skip = document.getElementById('skip-link');
    if (skip) {
      skip.addEventListener('click', function (e) {
        var h = main.querySelector('h1');
        if (!h) return;
        e.preventDefault();          // the hash is the app's route: a skip link must not change it
        h.focus();
      });
    }
    layer.addEventListener('focusin', function (e) {
      var i = els.indexOf(e.target);
      if (i >= 0 && host) host.focus(nodes[i].i);
      if (e.target.parentNode.getAttribute('role') === 'toolbar') rove(e.target.parentNode);
    });
    layer.addEventListener('focusout', function (e) {
      if (host && !layer.contains(e.relatedTarget)) host.focus(0);
    });
    layer.addEventListener('click', function (e) {
      var el = e.target.closest ? e.target.closest('[data-node]') : null;
      if (!el) return;
      var i = els.indexOf(el);
      if (i < 0) return;
      var n = nodes[i];
      if (n.r === BUTTON || n.r === CHECKBOX) {
        e.preventDefault();
        if (host) host.activate(n.i);
      }
    });
    layer.addEventListener('keydown', function (e) {
      var t = e.target, bar = t.parentNode, k = e.key;
      // Space activates links too, as it does buttons.
      if (k === 'Escape' && host) host.escape();
      else if (k === ' ' && t.tagName === 'A') {
        e.preventDefault();
        t.click();
      } else if (bar.getAttribute('role') === 'toolbar' && /^(Arrow|Home$|End$)/.test(k)) {
        var b = bar.children, i = [].indexOf.call(b, t);
        i = k === 'Home' ? 0 : k === 'End' ? b.length - 1 : i + (/Right|Down/.test(k) ? 1 : -1);
        if (b[i]) {
          e.preventDefault();
          b[i].focus();
        }
      }
    });
    layer.addEventListener('input', function (e) {
      var i = els.indexOf(e.target);
      if (i >= 0 && host) host.input(nodes[i].i, e.target.value);
    });
    return true;
  }

  // A toolbar is one Tab stop: the focused chip, else the pressed one, else the first.
  function rove(bar) {
    var b = [].slice.call(bar.children);
    var stop = b.indexOf(document.activeElement) < 0 ? bar.querySelector('[aria-pressed=true]') || b[0] : document.activeElement;
    b.forEach(function (c) { c.tabIndex = c === stop ? 0 : -1; });
  }

  // A paragraph just before a search box is its visible label: a real <label>.
  function tagFor(n, next) {
    if (next && next.r === SEARCHBOX && n.r === TEXT) return 'label';
    return n.r === HEADING ? 'h' + Math.min(Math.max(n.l || 0, 1), 3) : ['', 'p', 'a', 'button', 'a', 'a', 'input', 'button', 'div', 'td', 'th'][n.r] || 'p';
  }

  function keyFor(n, next) {
    return tagFor(n, next) + '|' + (n.i ? 'id' + n.i : n.n);   // text and images have no id: never focused
  }

  // The header: the app's name (the first node, a link home), its tabs, and on a phone the button right after
  // the name that opens them (a disclosure), so focus goes name, menu, tabs, then the screen.
  function isHeader(n, i, inHeader) {
    return n.r === TAB || (i === 0 && n.r === LINK && n.h === '#/') || (i === 1 && inHeader.length === 1 && n.r === BUTTON && n.e !== undefined);
  }

  // Links out: the same rule as core's IsLinkableUrl (src/core/text_format.h), both tested on the one list in
  // tests/data/link_policy.json. Anything else (javascript:, data:, a user name, a backslash, any space, a
  // control or direction character) gets no href at all, whatever the caller sent. The app's own routes (#/...)
  // and text pages are links too, under the same refusals.
  var LINK_OUT = /^(https?:\/\/[^\/?#@]+([\/?#]|$)|mailto:[^\/]|tel:(999|111)$)/i;
  var REFUSED = /[\0-\x20\x7f-\xa0\\\u061c\u1680\u2000-\u200f\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]/;
  function isLinkable(h) { return typeof h === 'string' && LINK_OUT.test(h) && !REFUSED.test(h); }
  var OWN = /^(#|[\w.-]+\.html(#|$))/i;
  function safeHref(h) {
    return isLinkable(h) || (typeof h === 'string' && OWN.test(h) && !REFUSED.test(h)) ? h : null;
  }

  function text(el, s) {
    if (el.textContent !== s) el.textContent = s;
  }

  function fill(el, n) {
    var role = n.r;
    if (role === SEARCHBOX) {
      if (document.activeElement !== el && el.value !== (n.t || '')) el.value = n.t || '';
      return;
    }
    if (role === IMAGE) el.setAttribute('aria-label', n.n);
    else text(el, n.n);
    if (role === LINK || role === TAB || role === LISTITEM) {
      var href = safeHref(n.h);
      if (href === null) el.removeAttribute('href');
      else if (el.getAttribute('href') !== href) el.setAttribute('href', href);
      var outside = isLinkable(href) && !/^tel:/i.test(href);   // a phone call opens no tab
      if (outside) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      }
      // The current tab, or the current view of a screen's own sub-navigation.
      if (n.s) el.setAttribute('aria-current', 'page'); else el.removeAttribute('aria-current');
    }
    if (role === LISTITEM) text(el.nextSibling, n.d || '');    // the description, read after the name
    if (role === CHECKBOX) el.setAttribute('aria-pressed', n.s ? 'true' : 'false');
    if (role === BUTTON && n.e !== undefined) el.setAttribute('aria-expanded', n.e ? 'true' : 'false');
  }

  var uid = 0;
  function create(n, next) {
    var el = document.createElement(tagFor(n, next));
    el.setAttribute('data-node', '');
    el.id = 'n' + ++uid;
    if (n.r === SEARCHBOX) {
      el.type = 'search';
      el.setAttribute('autocomplete', 'off');
      el.setAttribute('enterkeyhint', 'search');
      el.className = 'a11y-input';
    } else if (n.r === BUTTON || n.r === CHECKBOX) {
      el.type = 'button';
    } else if (n.r === IMAGE) {
      el.setAttribute('role', 'img');
    } else if (n.r >= CELL) {                // explicit roles: the cells are placed, not laid out as a table
      el.setAttribute('role', n.r === CELL ? 'cell' : 'columnheader');
    } else if (n.r === HEADING && n.l === 1) {
      el.setAttribute('tabindex', '-1');   // focus moves here when the screen changes
    } else if (n.r === LISTITEM) {
      var li = document.createElement('li'), d = document.createElement('span');
      d.hidden = true;
      d.id = el.id + 'd';
      el.setAttribute('aria-describedby', d.id);
      li.appendChild(el);
      li.appendChild(d);
    }
    return el;
  }

  // Four numbers a node, in node order: x and y as the change from the node before (the first node's from
  // 0), width, height; CSS px to a tenth. Summed in whole tenths, so each place is exactly what C++ meant.
  function placeAll(pos) {
    for (var i = 0, x = 0, y = 0; i < els.length && 4 * i + 3 < pos.length; i++) {
      var s = els[i].style;
      x += Math.round(pos[4 * i] * 10);
      y += Math.round(pos[4 * i + 1] * 10);
      s.left = x / 10 + 'px';
      s.top = y / 10 + 'px';
      s.width = pos[4 * i + 2] + 'px';
      s.height = pos[4 * i + 3] + 'px';
    }
  }

  // Puts `wanted` in `zone` in order. Unwanted children go first, so the ones that stay are never taken
  // out and put back: moving the focused element would drop its focus.
  function arrange(zone, wanted) {
    var c = zone.firstChild, next;
    for (; c; c = next) {
      next = c.nextSibling;
      if (wanted.indexOf(c) < 0) zone.removeChild(c);
    }
    for (var k = 0; k < wanted.length; k++) {
      if (zone.children[k] !== wanted[k]) zone.insertBefore(wanted[k], zone.children[k] || null);
    }
  }

  function setNodes(list) {
    var nextByKey = {}, nextEls = [];
    var inHeader = [], inNav = [], inMain = [], used = 0, box = null, prev = null;
    for (var i = 0; i < list.length; i++) {       // the defaults the message leaves out
      if (typeof list[i] === 'string') list[i] = { n: list[i] };
      if (list[i].r === undefined) list[i].r = TEXT;
      if (list[i].n === undefined) list[i].n = '';
    }
    for (i = 0; i < list.length; i++) {
      var n = list[i], next = list[i + 1];
      var key = keyFor(n, next);
      while (nextByKey[key]) key += '+';
      var el = byKey[key] || create(n, next);
      el.k = key;
      nextByKey[key] = el;
      fill(el, n);
      nextEls.push(el);
      el.removeAttribute('aria-hidden');
      var kind = n.r === LISTITEM ? 'UL' : n.r === CHECKBOX ? 'DIV' : n.r >= CELL ? 'TABLE' : '';
      if (n.r === TAB) inNav.push(el);
      else if (isHeader(n, i, inHeader)) inHeader.push(el);
      else if (kind) {
        if (!box || box.tagName !== kind) {
          box = boxes[used];
          if (!box || box.tagName !== kind) box = boxes[used] = document.createElement(kind);
          used++;
          box.kids = [];
          inMain.push(box);
          // A toolbar is named by its first chip's group name, else by the paragraph before it ("Topic").
          if (kind === 'DIV') {
            box.setAttribute('role', 'toolbar');
            box.setAttribute('aria-label', n.g || (prev.r === TEXT ? prev.n : 'Filters'));
          }
          if (kind === 'TABLE') {
            box.setAttribute('role', 'table');
            box.setAttribute('aria-label', n.g || '');
            box.trs = box.trs || [];
          }
        }
        if (kind === 'TABLE') {              // a cell of column 1 starts a row (<tr>, reused in order)
          var k = box.kids.length;
          if (n.l === 1 || !k) {
            var tr = box.trs[k] || (box.trs[k] = document.createElement('tr'));
            tr.setAttribute('role', 'row');
            tr.kids = [];
            box.kids.push(tr);
          }
          box.kids[box.kids.length - 1].kids.push(el);
        } else box.kids.push(kind === 'UL' ? el.parentNode : el);
      } else {
        box = null;
        if (n.r === TEXT && n.n === liveText && inMain.indexOf(live) < 0) {
          inMain.push(live);                 // the count is read once, from the live region
          el.setAttribute('aria-hidden', 'true');
          countEl = el;
        }
        if (n.r === SEARCHBOX) {
          if (prev && prev.r === TEXT) {
            inMain[inMain.length - 1].htmlFor = el.id;
            el.removeAttribute('aria-label');
          } else el.setAttribute('aria-label', n.n);
        }
        inMain.push(el);
      }
      prev = n;
    }
    if (inMain.indexOf(live) < 0) inMain.push(live);
    inHeader.push(nav);
    arrange(header, inHeader);
    arrange(nav, inNav);
    boxes.length = used;
    boxes.forEach(function (w) {
      arrange(w, w.kids);
      if (w.tagName === 'DIV') rove(w);
      if (w.tagName === 'TABLE') w.kids.forEach(function (r) { arrange(r, r.kids); });
    });
    arrange(main, inMain);
    els = nextEls;
    nodes = list;
    byKey = nextByKey;
  }

  // The live region: a count is said once it has settled (not once per key typed); a status ("Link
  // copied") at once. The same status twice is made to differ, so it is said twice.
  // On a phone, a count that changed because of the user's search or filter is brought into view with the
  // first result below it, as far as the window allows without pushing the count above its top.
  function say(s, now) {
    clearTimeout(liveTimer);
    liveTimer = setTimeout(function () {
      text(live, s);
      var a = document.activeElement;   // the search box or a filter chip: what the user changed the count with
      if (now || innerWidth > PHONE_WIDTH || !countEl || !main.contains(countEl) || !(a.type === 'search' || a.parentNode.getAttribute('role') === 'toolbar')) return;
      var c = countEl.getBoundingClientRect(), f = main.querySelector('li a'), over = (f || countEl).getBoundingClientRect().bottom - innerHeight;
      if (over > 0) scrollBy(0, Math.min(over, c.top));
    }, now ? 0 : COUNT_PAUSE);
  }

  window.AppfinderLayer = {
    connect: function (h) { host = h; },
    update: function (json) {
      if (!init()) return;
      var msg = JSON.parse(json);
      var had = document.activeElement, at = els.indexOf(had);
      if (typeof msg.live === 'string') liveText = msg.live;
      if (msg.nodes) setNodes(msg.nodes);
      if (msg.pos) placeAll(msg.pos);
      if (msg.nodes) {
        // The focused element went with what changed (Copy link became Link copied; More filters opened):
        // focus what took its place, or the control that opened what Escape closed, never <body>.
        if (at >= 0 && !layer.contains(had)) {
          var go = byKey[opener], back = !!go;
          for (var d = 0; !go && d < els.length; d++) {
            var c = els[at + d] || els[at - d];
            if (c && c.matches('a[href],button,input') && c.tabIndex >= 0) go = c;
          }
          opener = back ? '' : had.k;
          if (go) go.focus({ preventScroll: true });
        }
      }
      if (typeof msg.say === 'string') say(msg.say + (live.textContent === msg.say ? '\u00a0' : ''), true);
      else if (typeof msg.live === 'string') say(msg.live, msg.focusHeading);
      // A new screen: focus its heading (not a search box, which would open a phone's keyboard), unless the
      // screen changed because the reader is typing into a box that is still there (the header's search
      // opens the results as the first key lands): the next keys must go on into that box.
      var typing = had && had.type === 'search' && document.activeElement === had;
      if (msg.focusHeading && !typing) {
        var target = main.querySelector('h1');
        opener = '';
        if (target) target.focus({ preventScroll: true });
      }
    },
    focusInLayer: function () {
      var a = document.activeElement;
      return !!(a && layer && layer.contains(a));
    }
  };
}());

// layer.js — the accessible layer: real DOM elements (headings, paragraphs, links, buttons, a search
// box) kept in step with what the canvas draws, placed over their widgets in the document, which is as
// tall as the page: the browser scrolls to them (Tab, find-in-page) and the canvas follows. Screen
// readers, Tab, Enter, Space and find-in-page use these. The C++ side (src/platform/a11y_dom.cpp) sends the node list as
// JSON when it changes and positions when only they change. DOM changes use only textContent,
// setAttribute and element.style, which a strict Content-Security-Policy allows.
(function () {
  'use strict';
  // Must match ui::a11y::Role.
  var HEADING = 0, TEXT = 1, LINK = 2, BUTTON = 3, TAB = 4, LISTITEM = 5, SEARCHBOX = 6, CHECKBOX = 7, IMAGE = 8;
  var layer = null, header = null, nav = null, main = null, live = null;
  var els = [];           // element per node, in node order
  var nodes = [];
  var byKey = {};
  var host = null;        // set by the C++ side: activate(id), focus(index), input(id, text)
  var focused = -1;       // index of the focused element, as last told to the C++ side

  function init() {
    if (layer) return true;
    layer = document.getElementById('a11y-layer');
    live = document.getElementById('a11y-live');
    if (!layer) return false;
    header = document.createElement('header');
    nav = document.createElement('nav');
    nav.setAttribute('aria-label', 'Main');
    main = document.createElement('main');
    header.appendChild(nav);
    layer.appendChild(header);
    layer.appendChild(main);
    layer.addEventListener('focusin', function (e) {
      var i = els.indexOf(e.target);
      focused = i;
      if (i >= 0 && host) host.focus(i);
    });
    layer.addEventListener('click', function (e) {
      var el = e.target.closest ? e.target.closest('[data-node]') : null;
      if (!el) return;
      var i = els.indexOf(el);
      if (i < 0) return;
      var n = nodes[i];
      if (n[0] === BUTTON || n[0] === CHECKBOX) {
        e.preventDefault();
        if (host) host.activate(n[6]);
      }
    });
    layer.addEventListener('keydown', function (e) {
      // Space activates links too, as it does buttons.
      if (e.key === ' ' && e.target.tagName === 'A') {
        e.preventDefault();
        e.target.click();
      }
    });
    layer.addEventListener('input', function (e) {
      var i = els.indexOf(e.target);
      if (i >= 0 && host) host.input(nodes[i][6], e.target.value);
    });
    return true;
  }

  function tagFor(n) {
    switch (n[0]) {
      case HEADING: return 'h' + Math.min(Math.max(n[1], 1), 3);
      case LINK: case TAB: return 'a';
      case BUTTON: case CHECKBOX: return 'button';
      case SEARCHBOX: return 'input';
      case IMAGE: return 'div';
      default: return 'p';
    }
  }

  function keyFor(n) {
    return tagFor(n) + '|' + (n[6] ? 'id' + n[6] : n[2]);
  }

  function isHeader(n, i) {
    return n[0] === TAB || (i === 0 && n[0] === LINK && n[3] === '#/');
  }

  // Links out: the same rule as core's IsLinkableUrl (src/core/text_format.h), both tested on the one list in
  // tests/data/link_policy.json. Anything else (javascript:, data:, a user name, a backslash, any space, a
  // control or direction character) gets no href at all, whatever the caller sent. The app's own routes (#/...)
  // and text pages are links too, under the same refusals.
  var LINK_OUT = /^(https?:\/\/[^\/?#@]+([\/?#]|$)|mailto:[^\/])/i;
  var REFUSED = /[\0-\x20\x7f-\xa0\\\u061c\u1680\u2000-\u200f\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]/;
  function isLinkable(h) { return typeof h === 'string' && LINK_OUT.test(h) && !REFUSED.test(h); }
  var OWN = /^(#|[\w.-]+\.html(#|$))/i;
  function safeHref(h) {
    return isLinkable(h) || (typeof h === 'string' && OWN.test(h) && !REFUSED.test(h)) ? h : null;
  }

  function fill(el, n) {
    var role = n[0];
    if (role === SEARCHBOX) {
      el.setAttribute('aria-label', n[2]);
      if (document.activeElement !== el && el.value !== n[4]) el.value = n[4];
      return;
    }
    if (el.textContent !== n[2] && role !== IMAGE) el.textContent = n[2];
    if (role === IMAGE) el.setAttribute('aria-label', n[2]);
    if (role === LINK || role === TAB) {
      var href = safeHref(n[3]);
      if (href === null) el.removeAttribute('href');
      else if (el.getAttribute('href') !== href) el.setAttribute('href', href);
      var outside = isLinkable(href);
      if (outside) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      }
      // The current tab, or the current view of a screen's own sub-navigation.
      if (n[5]) el.setAttribute('aria-current', 'page'); else el.removeAttribute('aria-current');
    }
    if (role === CHECKBOX) el.setAttribute('aria-pressed', n[5] ? 'true' : 'false');
  }

  function create(n) {
    var el = document.createElement(tagFor(n));
    el.setAttribute('data-node', '');
    if (n[0] === SEARCHBOX) {
      el.type = 'search';
      el.setAttribute('autocomplete', 'off');
      el.setAttribute('enterkeyhint', 'search');
      el.className = 'a11y-input';
    } else if (n[0] === BUTTON || n[0] === CHECKBOX) {
      el.type = 'button';
    } else if (n[0] === IMAGE) {
      el.setAttribute('role', 'img');
    } else if (n[0] === HEADING && n[1] === 1) {
      el.setAttribute('tabindex', '-1');   // focus moves here when the screen changes
    }
    return el;
  }

  function place(el, p) {
    el.style.left = p[0] + 'px';
    el.style.top = p[1] + 'px';
    el.style.width = p[2] + 'px';
    el.style.height = p[3] + 'px';
  }

  function arrange(zone, wanted) {
    for (var k = 0; k < wanted.length; k++) {
      if (zone.children[k] !== wanted[k]) zone.insertBefore(wanted[k], zone.children[k] || null);
    }
    while (zone.children.length > wanted.length) zone.removeChild(zone.lastChild);
  }

  function setNodes(list) {
    var nextByKey = {};
    var nextEls = [];
    var inHeader = [], inNav = [], inMain = [];
    for (var i = 0; i < list.length; i++) {
      var n = list[i];
      var key = keyFor(n);
      while (nextByKey[key]) key += '+';
      var el = byKey[key];
      if (!el) el = create(n);
      nextByKey[key] = el;
      fill(el, n);
      place(el, n.slice(7, 11));
      nextEls.push(el);
      if (n[0] === TAB) inNav.push(el);
      else if (isHeader(n, i)) inHeader.push(el);
      else inMain.push(el);
    }
    inHeader.push(nav);
    arrange(header, inHeader);
    arrange(nav, inNav);
    arrange(main, inMain);
    els = nextEls;
    nodes = list;
    byKey = nextByKey;
  }

  window.AppfinderLayer = {
    connect: function (h) { host = h; },
    update: function (json) {
      if (!init()) return;
      var msg = JSON.parse(json);
      if (msg.nodes) {
        setNodes(msg.nodes);
        // The focused element may have moved in the list: say where it is now.
        var f = els.indexOf(document.activeElement);
        if (f >= 0 && f !== focused && host) { focused = f; host.focus(f); }
      }
      if (msg.pos) {
        for (var i = 0; i < msg.pos.length && i < els.length; i++) place(els[i], msg.pos[i]);
      }
      if (typeof msg.live === 'string' && live && live.textContent !== msg.live) live.textContent = msg.live;
      if (msg.focusHeading) {
        // A new screen: focus its search box if it has one (the Apps screen), else its heading.
        var target = main.querySelector('input[type=search]') || main.querySelector('h1');
        if (target) target.focus({ preventScroll: true });
      }
    },
    focusInLayer: function () {
      var a = document.activeElement;
      return !!(a && layer && layer.contains(a));
    }
  };
}());

// Page-side half of the browser quality gate. The Go test evaluates this file
// in every page it visits (it is not served to readers) and then calls the
// functions of window.__probe. Each returns plain JSON-able data; the Go side
// decides what is a failure and words the message.
(function () {
  "use strict";

  // describe names an element for a failure message: tag, id or classes, and
  // a little of its text, e.g. `a.lang-switch "English"`.
  function describe(el) {
    if (!el || el.nodeType !== 1) return String(el);
    var s = el.tagName.toLowerCase();
    if (el.id) s += "#" + el.id;
    else if (el.classList.length) s += "." + Array.prototype.join.call(el.classList, ".");
    if (el.getAttribute("href")) s += '[href="' + el.getAttribute("href") + '"]';
    var text = (el.innerText || el.textContent || "").trim().replace(/\s+/g, " ");
    if (text) s += ' "' + text.slice(0, 40) + (text.length > 40 ? "…" : "") + '"';
    return s;
  }

  // rendered says whether a reader can see el at all: it takes up space and
  // is not hidden by display, visibility, opacity or a closed <details>.
  function rendered(el) {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
    return el.getClientRects().length > 0;
  }

  // screenReaderOnly says whether el sits in a 1×1 clipped box (the
  // .visually-hidden pattern): its text is heard, not seen.
  function screenReaderOnly(el) {
    for (var e = el; e && e !== document.body; e = e.parentElement) {
      var r = e.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1 && getComputedStyle(e).overflow === "hidden") return true;
    }
    return false;
  }

  // smallText lists rendered text smaller than min px: every element with
  // its own visible text, the generated content of ::before/::after, and
  // form controls (a phone zooms into a field under 16 px).
  function smallText(min) {
    var bad = [];
    var seen = new Set();
    function check(el, size, what) {
      if (size < min - 0.01 && bad.length < 20) bad.push({ el: describe(el), size: size, what: what });
    }
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      var n = walker.currentNode;
      var el = n.parentElement;
      if (!n.data.trim() || !el || seen.has(el)) continue;
      seen.add(el);
      if (!rendered(el) || screenReaderOnly(el)) continue;
      check(el, parseFloat(getComputedStyle(el).fontSize), "text");
    }
    var all = document.body.querySelectorAll("*");
    for (var i = 0; i < all.length; i++) {
      var e = all[i];
      if (!rendered(e) || screenReaderOnly(e)) continue;
      ["::before", "::after"].forEach(function (p) {
        var cs = getComputedStyle(e, p);
        var c = cs.content;
        if (!c || c === "none" || c === "normal" || c === '""' || cs.display === "none") return;
        check(e, parseFloat(cs.fontSize), p);
      });
      if (!seen.has(e) && e.matches("select, textarea, button, input:not([type=checkbox]):not([type=radio]):not([type=range]):not([type=color]):not([type=hidden])")) {
        check(e, parseFloat(getComputedStyle(e).fontSize), "form control");
      }
    }
    return bad;
  }

  // overflow measures the page's horizontal scroll and names the deepest
  // elements that stick out to the right.
  function overflow() {
    var se = document.scrollingElement;
    var width = se.clientWidth;
    var out = { scrollWidth: se.scrollWidth, clientWidth: width, offenders: [] };
    if (se.scrollWidth <= width) return out;
    var sticking = [];
    var all = document.body.querySelectorAll("*");
    for (var i = 0; i < all.length && sticking.length < 200; i++) {
      var e = all[i];
      var r = e.getBoundingClientRect();
      // An element sticks out with its box, or with content that spills
      // out of a box that does not clip (a long word in a <pre>).
      var right = r.right;
      if (getComputedStyle(e).overflowX === "visible") right = Math.max(right, r.left + e.scrollWidth);
      if (r.width > 0 && right > width + 0.5) sticking.push(e);
    }
    out.offenders = sticking
      .filter(function (e) { return !sticking.some(function (o) { return o !== e && e.contains(o); }); })
      .slice(0, 5)
      .map(function (e) {
        var r = e.getBoundingClientRect();
        return describe(e) + " (right edge " + Math.round(Math.max(r.right, r.left + e.scrollWidth)) + "px)";
      });
    return out;
  }

  // storage reports everything a page could have left in the browser.
  async function storage() {
    var out = {
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      cookie: document.cookie,
      indexedDB: [],
      caches: [],
      serviceWorkers: 0,
    };
    if (indexedDB.databases) out.indexedDB = (await indexedDB.databases()).map(function (d) { return d.name; });
    if (window.caches) out.caches = await caches.keys();
    if (navigator.serviceWorker) out.serviceWorkers = (await navigator.serviceWorker.getRegistrations()).length;
    return out;
  }

  var focusable = "a[href], area[href], button, input:not([type=hidden]), select, textarea, iframe, " +
    "details > summary:first-of-type, [tabindex], [contenteditable]:not([contenteditable=false]), audio[controls], video[controls]";

  var indicatorProps = ["outlineStyle", "outlineWidth", "outlineColor", "boxShadow"];
  function indicatorStyle(el) {
    var cs = getComputedStyle(el);
    var s = {};
    indicatorProps.forEach(function (p) { s[p] = cs[p]; });
    return s;
  }
  function transparent(color) {
    return color === "transparent" || /rgba\(.*,\s*0\)$/.test(color);
  }
  // indicatorShows says whether the focused style draws a visible ring that
  // the unfocused style does not: an outline or a box-shadow that changed.
  function indicatorShows(before, after) {
    var outline = after.outlineStyle !== "none" && (after.outlineStyle === "auto" || parseFloat(after.outlineWidth) >= 1) &&
      !transparent(after.outlineColor) &&
      (before.outlineStyle !== after.outlineStyle || before.outlineWidth !== after.outlineWidth || before.outlineColor !== after.outlineColor);
    var shadow = after.boxShadow !== "none" && after.boxShadow !== before.boxShadow;
    return outline || shadow;
  }

  var targets = [];
  var unfocused = [];

  // tabTargets lists, in document order, every element a keyboard user
  // must be able to reach, and remembers how each looks without focus.
  function tabTargets() {
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    targets = Array.prototype.filter.call(document.querySelectorAll(focusable), function (el) {
      if (el.disabled || el.closest("[inert]")) return false;
      var ti = el.getAttribute("tabindex");
      if (ti !== null && parseInt(ti, 10) < 0) return false;
      // A radio group is one Tab stop (arrow keys move within it): only
      // its checked radio, or its first when none is checked, is a target.
      if (el.type === "radio" && el.name) {
        var group = Array.prototype.filter.call((el.form || document).querySelectorAll("input[type=radio]"), function (r) { return r.name === el.name; });
        var stop = group.filter(function (r) { return r.checked; })[0] || group[0];
        if (el !== stop) return false;
      }
      return rendered(el);
    });
    unfocused = targets.map(indicatorStyle);
    return targets.map(describe);
  }

  // focused describes an element as it gets focus: which target it is,
  // whether it shows a focus indicator, and whether a reader can see it.
  // It runs in the focusin event, before the browser scrolls the element
  // into view, so "shown" asks whether the element lies inside the page a
  // reader can scroll to (a skip link left at top: -10rem does not).
  function focused(el) {
    var i = targets.indexOf(el);
    var before = i >= 0 ? unfocused[i] : { outlineStyle: "none", outlineWidth: "0px", outlineColor: "", boxShadow: "none" };
    var after = indicatorStyle(el);
    var r = el.getBoundingClientRect();
    var se = document.scrollingElement;
    return {
      index: i,
      el: describe(el),
      indicator: indicatorShows(before, after),
      style: after,
      onScreen: r.width >= 1 && r.height >= 1 && r.bottom + scrollY > 0 && r.right + scrollX > 0 &&
        r.top + scrollY < se.scrollHeight && r.left + scrollX < se.scrollWidth,
    };
  }

  // startWalk lists the tab targets and logs every element that gets
  // focus from now on, so the test can press Tab many times and read
  // the log once.
  var walk = [];
  function startWalk() {
    var list = tabTargets();
    walk = [];
    document.addEventListener("focusin", function (e) {
      if (e.target && e.target.nodeType === 1) walk.push(focused(e.target));
    }, true);
    return list;
  }

  // skipLink describes the first tab target if it is a link to an
  // in-page anchor, and what that anchor is.
  function skipTarget(el) {
    var href = el && el.getAttribute("href");
    if (!href || href.charAt(0) !== "#" || href.length < 2) return null;
    return document.getElementById(decodeURIComponent(href.slice(1)));
  }

  function focusTarget(i) { targets[i].focus(); return document.activeElement === targets[i]; }

  function afterSkip(i) {
    var main = skipTarget(targets[i]);
    var el = document.activeElement;
    var r = main ? main.getBoundingClientRect() : null;
    return {
      hash: location.hash,
      mainFocused: !!main && (el === main || main.contains(el)),
      active: describe(el),
      mainTop: r ? r.top : null,
    };
  }

  window.__probe = {
    describe: describe,
    smallText: smallText,
    overflow: overflow,
    storage: storage,
    startWalk: startWalk,
    walk: function () { return walk; },
    focusTarget: focusTarget,
    afterSkip: afterSkip,
    // isExit reports whether target i is a quick-exit link, which may come
    // before the skip link: the way out is reached first.
    isExit: function (i) { return targets[i].hasAttribute("data-exit"); },
    // skipLink reports whether target i links to the page's <main>.
    skipLink: function (i) {
      var t = skipTarget(targets[i]);
      var href = targets[i].getAttribute("href") || "";
      return { isLink: targets[i].tagName === "A", inPage: href.charAt(0) === "#", target: t ? describe(t) : "", main: !!t && (t.tagName === "MAIN" || !!t.querySelector("main") || !!t.closest("main")) };
    },
    // menus lists each <details> and whether its summary can be used.
    menus: function () {
      return Array.prototype.map.call(document.querySelectorAll("details"), function (d, i) {
        var s = d.querySelector(":scope > summary");
        var links = Array.prototype.filter.call(d.querySelectorAll("a[href]"), function (a) { return !s || !s.contains(a); });
        return {
          index: i,
          el: describe(d),
          open: d.open,
          summaryShown: !!s && rendered(s),
          summaryTarget: s ? targets.indexOf(s) : -1,
          links: links.length,
          linksShown: links.filter(rendered).length,
        };
      });
    },
    menuState: function (i) {
      var d = document.querySelectorAll("details")[i];
      var el = document.activeElement;
      return { open: d.open, focusInside: d.contains(el) && el.tagName !== "SUMMARY", active: describe(el) };
    },
    // langSwitch finds the visible link to the other language.
    langSwitch: function () {
      var own = document.documentElement.lang;
      var links = Array.prototype.filter.call(document.querySelectorAll("a[hreflang]"), function (a) {
        return a.hreflang && a.hreflang !== own && rendered(a);
      });
      if (!links.length) return null;
      return { target: targets.indexOf(links[0]), href: links[0].href, hreflang: links[0].hreflang, el: describe(links[0]) };
    },
  };
})();

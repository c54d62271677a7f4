// The search page on a static host: it fetches the search engine and the
// index of the page's language once the page has shown (so the page itself
// stays within the first-visit budget), answers ?q= and writes the results
// in the server's markup. The query goes into no request: the form and the
// links to more results are handled here and only change the address in
// the browser (whose history keeps it, as the page says).
(function () {
  "use strict";
  var doc = document, art = doc.querySelector("article[data-index]");
  if (!art) return;
  var out = art.querySelector(".search-out"), input = art.querySelector("input[name=q]"), ds = art.dataset;
  var first = Array.from(out.childNodes), search = null;

  function el(tag, attrs, kids) {
    var e = doc.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    (kids || []).forEach(function (c) { e.append(c); });
    return e;
  }
  function here(q, p) {
    var u = new URLSearchParams();
    if (p) u.set("p", p);
    u.set("q", q);
    return location.pathname + "?" + u;
  }

  function show() {
    var u = new URLSearchParams(location.search), q = u.get("q") || "";
    input.value = q;
    if (!search) return;
    var r = search(q, parseInt(u.get("p"), 10) || 0, +ds.perPage);
    if (!r.query) { out.replaceChildren.apply(out, first); return; }
    if (!r.hits.length) {
      out.replaceChildren(el("p", { class: "count", role: "status" }, [ds.none]), art.querySelector("template.search-none").content.cloneNode(true));
      return;
    }
    var count = (r.total == 1 ? ds.countOne : ds.countOther).replace("{n}", r.total);
    var ol = el("ol", r.from ? { class: "results", "aria-label": ds.resultsLabel, start: r.from + 1 } : { class: "results", "aria-label": ds.resultsLabel });
    r.hits.forEach(function (h) {
      var li = el("li", {}, [el("h2", {}, [el("a", { href: h.path }, [h.title])])]);
      if (h.section) li.append(el("p", { class: "result-section" }, [h.section]));
      if (h.snippet.length) li.append(el("p", { class: "snippet" }, h.snippet.map(function (s) { return s[1] ? el("mark", {}, [s[0]]) : s[0]; })));
      ol.append(li);
    });
    var kids = [el("p", { class: "count", role: "status" }, [count]), ol];
    if (r.pages > 1) {
      var nav = el("nav", { class: "search-pages", "aria-label": ds.pagesLabel });
      if (r.page > 1) nav.append(el("a", { href: here(r.query, r.page - 1), rel: "prev" }, [ds.prev]), " ");
      nav.append(el("span", {}, [ds.pageOf.replace("{p}", r.page).replace("{n}", r.pages)]), " ");
      if (r.page < r.pages) nav.append(el("a", { href: here(r.query, r.page + 1), rel: "next" }, [ds.next]));
      kids.push(nav);
    }
    out.replaceChildren.apply(out, kids);
  }

  function go(url) { history.pushState(null, "", url); show(); }
  art.querySelector("form").addEventListener("submit", function (e) {
    if (!search) return; // not loaded (yet, or at all): the form goes as without script
    e.preventDefault();
    go(here(input.value));
  });
  out.addEventListener("click", function (e) {
    var a = e.target.closest(".search-pages a");
    if (!a) return;
    e.preventDefault();
    go(a.href);
    // The link is gone with the old results: keyboard focus goes to the
    // first new one, which also brings it into view.
    var first = out.querySelector(".results a");
    if (first) first.focus();
  });
  addEventListener("popstate", show);
  input.value = new URLSearchParams(location.search).get("q") || "";
  // The engine and the index load side by side; without either, the page
  // keeps the list of all pages it came with.
  var engine = new Promise(function (ok, fail) {
    var s = doc.createElement("script");
    s.src = ds.engine;
    s.onload = ok;
    s.onerror = fail;
    doc.head.append(s);
  });
  Promise.all([fetch(ds.index).then(function (r) { return r.json(); }), engine]).then(function (a) {
    search = self.signaalSearch(a[0]);
    show();
  }, function () {});
})();

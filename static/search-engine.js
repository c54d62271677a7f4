// Signaal's search engine for the browser, for a static host where no
// server can answer a query: it searches an index made by Go
// (internal/search, ClientIndex) exactly as Go does (same folding, the stems
// Go computed, compound prefixes, synonyms, BM25F ranking, snippets). The
// search page's script (search.js) loads it with the index, after the page
// has shown; node loads it in the test that holds it to Go's answers.
(function () {
  "use strict";
  var WORD = /[\p{L}\p{Nd}\p{Mn}]+/gu, MARK = /\p{Mn}/u;

  // fold: lower case without accents, as Go's fold.
  function fold(w) {
    var s = "";
    for (var c of w.normalize("NFD")) if (!MARK.test(c)) s += c.toLowerCase();
    return s;
  }

  // clean: the query as Go's Clean leaves it.
  function clean(q, max) {
    q = q.replace(/[\p{Cc}\p{Cf}\uFFFD]/gu, " ").split(/\s+/).filter(Boolean).join(" ");
    var a = Array.from(q);
    return a.length > max ? a.slice(0, max).join("").trim() : q;
  }

  // load turns the index as Go wrote it into what search needs: the same
  // postings, field lengths and sorted terms as Go's Index.
  function load(ix) {
    var P = ix.params, stems = new Map(Object.entries(ix.stems || {})), cache = new Map();
    var post = new Map(), docs = [], avg = [0, 0, 0, 0, 0];
    function term(w) {
      var t = cache.get(w);
      if (t === undefined) { var f = fold(w); t = f && (stems.has(f) ? stems.get(f) : f); cache.set(w, t); }
      return t;
    }
    // tokens gives a text's words with where they stand, for snippets; it
    // runs only on the pages a query finds.
    function tokens(text) {
      var out = [];
      for (var m of text.matchAll(WORD)) {
        var t = term(m[0]);
        if (t) out.push({ s: m.index, e: m.index + m[0].length, t: t });
      }
      return out;
    }
    ix.docs.forEach(function (d, n) {
      var len = [0, 0, 0, 0, 0], tf = new Map(), blocks = [];
      // count adds a text's terms to a field, as Go's add; it returns how many.
      function count(f, text) {
        var ws = text.match(WORD) || [], k = 0;
        ws.forEach(function (w) {
          var t = term(w);
          if (!t) return;
          var c = tf.get(t);
          if (!c) tf.set(t, c = [0, 0, 0, 0, 0]);
          if (c[f] < 65535) c[f]++;
          k++;
        });
        len[f] += k;
        return k;
      }
      count(0, d.t);
      count(1, d.d || "");
      count(4, d.k || "");
      d.b.forEach(function (b) {
        if (count(b[3] ? 2 : 3, b[0])) blocks.push({ text: b[0], anchor: b[1], section: b[2], heading: !!b[3] });
      });
      tf.forEach(function (c, t) {
        if (!post.has(t)) post.set(t, []);
        post.get(t).push({ doc: n, tf: c });
      });
      docs.push({ title: d.t, path: d.u, desc: d.d || "", len: len, blocks: blocks });
    });
    function toks(x, text) { return x.toks || (x.toks = tokens(text)); }
    for (var f = 0; f < 5; f++) {
      docs.forEach(function (d) { avg[f] += d.len[f]; });
      if (docs.length) avg[f] /= docs.length;
      if (!avg[f]) avg[f] = 1;
    }
    var terms = Array.from(post.keys()).sort(), stop = new Set(ix.stop.split(" "));
    // A word the pages do not use has no stem from Go. Take off the
    // longest ending that Go's stemmer took off one of the site's own words
    // and that leaves a term of the index (undoubling a final letter where
    // Snowball does: "katt-en" → "kat", not "vriendinn-en"); failing that, the longest such
    // ending, as Go keeps a stem the index lacks. Both searches then find
    // the terms it begins and the terms that begin it.
    function guess(f) {
      if (stems.has(f)) return stems.get(f);
      if (post.has(f)) return f;
      var cut = f;
      for (var s of ix.suffixes) {
        if (f.length < s.length + 3 || !f.endsWith(s)) continue;
        var p = f.slice(0, -s.length), q = p.slice(0, -1);
        if (post.has(p)) return p;
        if (p[p.length - 1] == q[q.length - 1] && ix.undouble.indexOf(q[q.length - 1]) >= 0 && post.has(q)) return q;
        if (cut == f) cut = p;
      }
      return cut;
    }
    // Synonyms as Go's newSynonyms: the first group keeps a member.
    var group = new Map(), alts = [], longest = 0;
    ix.syn.forEach(function (members, g) {
      var a = [];
      members.forEach(function (m) {
        var key = m.join(" ");
        if (!group.has(key)) group.set(key, g);
        longest = Math.max(longest, m.length);
        if (m.length == 1 && a.indexOf(m[0]) < 0) a.push(m[0]);
      });
      alts.push(a);
    });

    function queryTerms(q) {
      var ts = [], stops = [], out = [], all = [], kept = [], seen = new Set();
      (q.match(WORD) || []).forEach(function (w) {
        var f = fold(w);
        if (!f) return;
        ts.push(guess(f));
        stops.push(stop.has(f));
      });
      for (var i = 0; i < ts.length;) {
        var n = 1, g = -1;
        for (var k = Math.min(longest, ts.length - i); k >= 1; k--) {
          var key = ts.slice(i, i + k).join(" ");
          if (group.has(key)) { n = k; g = group.get(key); break; }
        }
        if (g < 0) { out.push({ key: ts[i], alts: [ts[i]], stop: stops[i] }); i++; continue; }
        var a = [];
        ts.slice(i, i + n).concat(alts[g]).forEach(function (t) { if (a.indexOf(t) < 0) a.push(t); });
        out.push({ key: "#" + g, alts: a });
        i += n;
      }
      out.forEach(function (qt) {
        if (seen.has(qt.key)) return;
        seen.add(qt.key);
        all.push(qt);
        if (!qt.stop) kept.push(qt);
      });
      return (kept.length ? kept : all).slice(0, P.maxTerms);
    }

    function expand(t) {
      var out = [];
      if (post.has(t)) out.push([t, 1]);
      if (t.length >= P.minLonger) {
        var lo = 0, hi = terms.length;
        while (lo < hi) { var mid = (lo + hi) >> 1; if (terms[mid] < t) lo = mid + 1; else hi = mid; }
        for (; lo < terms.length && terms[lo].startsWith(t) && out.length < P.maxExp; lo++) {
          if (terms[lo] != t) out.push([terms[lo], P.longer]);
        }
      }
      for (var n = t.length - 1; n >= P.minShorter && out.length < P.maxExp; n--) {
        if (post.has(t.slice(0, n))) out.push([t.slice(0, n), P.shorter]);
      }
      return out;
    }

    function expandAll(qt) {
      if (qt.alts.length == 1) return expand(qt.alts[0]);
      var out = [], at = new Map();
      qt.alts.forEach(function (a) {
        expand(a).forEach(function (e) {
          if (at.has(e[0])) { var o = out[at.get(e[0])]; o[1] = Math.max(o[1], e[1]); return; }
          at.set(e[0], out.length);
          out.push(e);
        });
      });
      return out;
    }

    // search returns the page of results Go's SearchPage returns.
    function search(query, page, per) {
      var q = clean(query, P.maxRunes), qts = queryTerms(q), res = { query: q, total: 0, from: 0, hits: [], page: 1, pages: 1 };
      if (!qts.length || !docs.length) return res;
      var n = docs.length, scores = new Map(), matched = new Map(), marks = new Map();
      qts.forEach(function (qt) {
        var wtf = new Map(), about = new Set();
        expandAll(qt).forEach(function (e) {
          if (!marks.has(e[0])) marks.set(e[0], qt.key);
          post.get(e[0]).forEach(function (p) {
            var d = docs[p.doc];
            if (p.tf[0] || p.tf[4]) about.add(p.doc);
            for (var f = 0; f < 5; f++) {
              if (!p.tf[f]) continue;
              var norm = 1 - P.fb[f] + P.fb[f] * d.len[f] / avg[f];
              wtf.set(p.doc, (wtf.get(p.doc) || 0) + e[1] * P.fw[f] * p.tf[f] / norm);
            }
          });
        });
        var df = wtf.size, idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        wtf.forEach(function (w, d) {
          var s = idf * w * (P.k1 + 1) / (P.k1 + w);
          if (about.has(d)) s *= P.about;
          scores.set(d, (scores.get(d) || 0) + s);
          matched.set(d, (matched.get(d) || 0) + 1);
        });
      });
      var order = [];
      scores.forEach(function (s, d) {
        var coord = matched.get(d) / qts.length;
        scores.set(d, s * coord * coord);
        order.push(d);
      });
      order.sort(function (a, b) {
        var sa = scores.get(a), sb = scores.get(b), pa = docs[a].path, pb = docs[b].path;
        return sa != sb ? sb - sa : pa < pb ? -1 : pa > pb ? 1 : 0;
      });
      res.total = order.length;
      if (per > 0 && order.length > per) {
        res.pages = Math.ceil(order.length / per);
        res.page = Math.min(Math.max(page, 1), res.pages);
        res.from = (res.page - 1) * per;
        order = order.slice(res.from, res.from + per);
      }
      res.hits = order.map(function (d) { return result(docs[d], marks); });
      return res;
    }

    function result(doc, marks) {
      var r = { title: doc.title, path: doc.path, section: "" }, best = -1, bestTerms = 0, bestCount = 0;
      doc.blocks.forEach(function (bl, i) {
        var seen = new Set(), count = 0;
        toks(bl, bl.text).forEach(function (t) { if (marks.has(t.t)) { seen.add(marks.get(t.t)); count++; } });
        if (seen.size > bestTerms || seen.size == bestTerms && count > bestCount) { best = i; bestTerms = seen.size; bestCount = count; }
      });
      if (best < 0) { r.snippet = snippet(doc.desc, toks(doc, doc.desc), marks); return r; }
      var bl = doc.blocks[best];
      if (bl.anchor) { r.path += "#" + bl.anchor; r.section = bl.section; }
      if (bl.heading) {
        var next = doc.blocks[best + 1];
        if (next && !next.heading && next.anchor == bl.anchor) bl = next;
        else if (bl.anchor) { r.snippet = []; return r; }
      }
      r.snippet = snippet(bl.text, toks(bl, bl.text), marks);
      return r;
    }

    function snippet(text, toks, marks) {
      if (!toks.length) return [[text, false]];
      var first = 0, W = P.snippet;
      for (var i = 0; i < toks.length; i++) if (marks.has(toks[i].t)) { first = i; break; }
      var i0 = Math.max(0, first - 5), i1 = Math.min(toks.length, i0 + W);
      i0 = Math.max(0, Math.min(i0, i1 - W));
      var start = i0 > 0 ? toks[i0].s : 0, end = i1 < toks.length ? toks[i1 - 1].e : text.length, segs = [], pos = start;
      function add(s, mark) {
        if (!s) return;
        var last = segs[segs.length - 1];
        if (last && last[1] == mark) last[0] += s; else segs.push([s, mark]);
      }
      if (i0 > 0) add("… ", false);
      toks.slice(i0, i1).forEach(function (t) {
        if (!marks.has(t.t)) return;
        add(text.slice(pos, t.s), false);
        add(text.slice(t.s, t.e), true);
        pos = t.e;
      });
      add(text.slice(pos, end), false);
      if (i1 < toks.length) add(" …", false);
      return segs;
    }

    return search;
  }

  if (typeof module != "undefined") module.exports = { load: load, fold: fold, clean: clean };
  else self.signaalSearch = load;
})();

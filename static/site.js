// Signaal's only script. It stores nothing: no cookies, no storage.
(function () {
  "use strict";
  var doc = typeof document != "undefined" && document;

  // --- quick exit and help chooser ---
  // Pure logic first (node --test loads this file too), then the page wiring.

  // Shift pressed on its own `need` times, each within `ms` of the previous,
  // means "leave". Any other key in between (a capital letter, Ctrl) resets.
  function shiftCounter(need, ms) {
    var n = 0, at = 0, armed = false;
    return {
      // down/up take the key, the time in ms, and whether focus is in a
      // text field (typing there never counts). They return presses so far.
      down: function (key, t, typing, repeat) {
        if (key != "Shift") { armed = false; n = 0; }
        else if (!repeat) armed = !typing;
        return n;
      },
      up: function (key, t) {
        if (key != "Shift" || !armed) return n;
        armed = false;
        n = n && t - at <= ms ? n + 1 : 1;
        at = t;
        return n;
      },
      cancel: function () { armed = false; },
      reset: function () { n = 0; armed = false; }
    };
  }

  var DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

  // amsterdam: weekday (0 = Monday) and minute of the day in Dutch time.
  // Counted, not asked of Intl (a slow phone's first time-zone formatter is
  // a long task): UTC+1, UTC+2 from the last Sunday of March to the last
  // Sunday of October at 01:00 UTC (EU rule).
  function lastSunday(y, m) {
    var end = new Date(Date.UTC(y, m + 1, 0));
    return Date.UTC(y, m, end.getUTCDate() - end.getUTCDay(), 1);
  }
  function amsterdam(date) {
    var t = date.getTime(), y = date.getUTCFullYear();
    var summer = t >= lastSunday(y, 2) && t < lastSunday(y, 9);
    var d = new Date(t + (summer ? 2 : 1) * 3600000);
    return { day: (d.getUTCDay() + 6) % 7, min: d.getUTCHours() * 60 + d.getUTCMinutes() };
  }

  function mins(s) { var a = s.split(":"); return a[0] * 60 + +a[1]; }

  // isOpen reads hours as the page writes them in data-hours ("always", or
  // "mon-fri 09:00-17:00,sat 10:00-14:00") and says whether the clock
  // {day, min} falls inside; a range past midnight runs into the next day.
  function isOpen(spec, c) {
    if (spec == "always") return true;
    return spec.split(",").some(function (r) {
      var m = r.trim().match(/^(\w+)(?:-(\w+))? (\d\d:\d\d)-(\d\d:\d\d)$/);
      if (!m) return false;
      var a = DAYS.indexOf(m[1]), b = m[2] ? DAYS.indexOf(m[2]) : a, f = mins(m[3]), t = mins(m[4]);
      function has(d) { d = (d + 7) % 7; return a <= b ? d >= a && d <= b : d >= a || d <= b; }
      if (f < t) return has(c.day) && c.min >= f && c.min < t;
      return has(c.day) && c.min >= f || has(c.day - 1) && c.min < t;
    });
  }

  // matches says whether a help line (its ways and who, as lists) fits the
  // chosen ways (any of them; none chosen means all) and person.
  function matches(ways, who, wantWays, wantWho) {
    return (!wantWays.length || wantWays.some(function (w) { return ways.indexOf(w) >= 0; })) &&
      (!wantWho || who.indexOf(wantWho) >= 0 || who.indexOf("everyone") >= 0);
  }

  // pick says which cards of the chooser to show. A line appears under
  // every need it meets, so once the reader filters, each line is shown
  // once: the first time it fits. Unfiltered, the grouped list stays whole.
  // cards: [{key, ways, who}]; returns one boolean per card.
  function pick(cards, wantWays, wantWho) {
    var filtered = wantWays.length > 0 || !!wantWho, seen = {};
    return cards.map(function (c) {
      if (!filtered) return true;
      if (seen[c.key] || !matches(c.ways, c.who, wantWays, wantWho)) return false;
      return (seen[c.key] = true);
    });
  }

  // hoursShown says which opening-hours rows of one card to show: the
  // rows of the ways the reader chose (a reader who wants to chat sees the
  // chat's hours, not the phone's), or every row when no way is chosen or
  // none of the card's rows is for a chosen way.
  function hoursShown(rowWays, wantWays) {
    var want = rowWays.map(function (ws) {
      return ws.split(" ").some(function (w) { return wantWays.indexOf(w) >= 0; });
    });
    return want.some(Boolean) ? want : rowWays.map(function () { return true; });
  }

  if (typeof module == "object") module.exports = { shiftCounter: shiftCounter, amsterdam: amsterdam, isOpen: isOpen, matches: matches, pick: pick, hoursShown: hoursShown };
  if (!doc) return;

  // Quick exit: cover the page at once, blank the title, and replace this
  // page in the history with a neutral site, so Back does not return here.
  var title = doc.title, root = doc.documentElement;
  function leave(href) {
    root.classList.add("leaving");
    doc.title = "";
    window.location.replace(href);
  }
  doc.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[data-exit]");
    if (!a) return;
    e.preventDefault();
    leave(a.href);
  });
  // Back from the neutral site may restore this page from the cache.
  window.addEventListener("pageshow", function () {
    root.classList.remove("leaving");
    doc.title = title;
    shift.reset();
    show(0);
  });

  var shift = shiftCounter(3, 5000), box = doc.querySelector("[data-exit-progress]"), timer;
  function show(n) {
    if (!box) return;
    box.setAttribute("data-step", n);
    box.querySelector("[role=status]").textContent = n ? box.getAttribute("data-left-" + (3 - n)) : "";
    clearTimeout(timer);
    if (n) timer = setTimeout(function () { shift.reset(); show(0); }, 5000);
  }
  function typing(t) {
    return t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName) ||
      t.tagName == "INPUT" && !/^(checkbox|radio|button|submit|reset)$/.test(t.type);
  }
  doc.addEventListener("keydown", function (e) {
    var before = shift.down(e.key, e.timeStamp, typing(e.target), e.repeat);
    if (e.key != "Shift" && box && box.getAttribute("data-step") != "0") show(before);
  });
  doc.addEventListener("keyup", function (e) {
    if (e.key != "Shift") return;
    var n = shift.up(e.key, e.timeStamp);
    if (n >= 3) {
      var a = doc.querySelector("a[data-exit]");
      if (a) leave(a.href);
    } else if (n) show(n);
  });
  doc.addEventListener("pointerdown", shift.cancel);

  // Help-line cards: mark each way's hours open or closed now, and keep the
  // badges true while the page stays open (every minute, and on return to
  // the tab). A page without opening hours does none of this.
  var hours = doc.querySelectorAll("[data-hours]");
  function stamp() {
    var now = amsterdam(new Date());
    hours.forEach(function (el) {
      var open = isOpen(el.getAttribute("data-hours"), now), b = el.querySelector(".now");
      if (!b) { b = doc.createElement("span"); el.appendChild(b); }
      b.className = "now " + (open ? "is-open" : "is-closed");
      b.textContent = el.closest("[data-open]").getAttribute(open ? "data-open" : "data-closed");
    });
  }
  if (hours.length) {
    stamp();
    setInterval(stamp, 60000);
    doc.addEventListener("visibilitychange", function () { if (!doc.hidden) stamp(); });
  }
  // Help chooser: filter the cards live, each line once.
  var chooser = doc.querySelector("[data-chooser]");
  if (chooser) {
    var form = chooser.querySelector("form"), count = chooser.querySelector("[data-count]");
    var cards = [].slice.call(chooser.querySelectorAll("[data-ways]"));
    var info = cards.map(function (card) {
      return { key: card.getAttribute("data-helpline"), ways: card.getAttribute("data-ways").split(" "), who: card.getAttribute("data-who").split(" ") };
    });
    form.hidden = false;
    function filter() {
      var ways = [].map.call(form.querySelectorAll("[name=how]:checked"), function (i) { return i.value; });
      var who = (form.querySelector("[name=who]:checked") || {}).value || "";
      var show = pick(info, ways, who), keys = {};
      cards.forEach(function (card, i) {
        card.hidden = !show[i];
        if (show[i]) keys[info[i].key] = true;
        var rows = [].slice.call(card.querySelectorAll(".facts [data-way]"));
        var on = hoursShown(rows.map(function (r) { return r.getAttribute("data-way"); }), ways);
        rows.forEach(function (r, j) { r.hidden = !on[j]; });
      });
      chooser.querySelectorAll(".need").forEach(function (sec) {
        sec.hidden = !sec.querySelector("[data-ways]:not([hidden])");
      });
      var shown = Object.keys(keys).length;
      count.textContent = count.getAttribute(shown == 1 ? "data-one" : "data-other").replace("{n}", shown);
    }
    form.addEventListener("change", filter);
    form.addEventListener("submit", function (e) { e.preventDefault(); filter(); });
  }
  // --- end of quick exit and help chooser ---

  // --- section links ---

  // teacher: a tap on a section link (#) copies the section's full address,
  // and says so in the status region; the link itself still moves to the
  // section, with or without this script. The language switch follows the
  // section the reader is on: pages share their section IDs across languages.
  var copied = document.getElementById("copy-status");
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a.section-link");
    if (!a || !navigator.clipboard || !window.isSecureContext) return;
    var url = location.origin + location.pathname + a.getAttribute("href");
    navigator.clipboard.writeText(url).then(function () {
      a.classList.add("copied");
      if (copied) copied.textContent = copied.getAttribute("data-copied");
      setTimeout(function () {
        a.classList.remove("copied");
        if (copied) copied.textContent = "";
      }, 2500);
    }, function () {});
  });
  var other = document.querySelector("a.lang-switch");
  function keepSection() { if (other) other.hash = location.hash; }
  keepSection();
  window.addEventListener("hashchange", keepSection);

  // --- end of section links ---

  // --- the reader's path ---

  // The language switch points at the last section heading above the top
  // third of the screen, updated as headings cross it. Nothing stored.
  var heads = other && window.IntersectionObserver ? doc.querySelectorAll("main .section-head") : [];
  if (heads.length) {
    var line = 1 / 3;
    var io = new IntersectionObserver(function () {
      var at = "";
      for (var i = 0; i < heads.length; i++) {
        if (heads[i].getBoundingClientRect().top > innerHeight * line) break;
        at = heads[i].querySelector("a.section-link").getAttribute("href");
      }
      other.hash = at;
    }, { rootMargin: "0px 0px " + -100 * (1 - line) + "% 0px" });
    for (var i = 0; i < heads.length; i++) io.observe(heads[i]);
  }

  // Checklist: count the ticks and show the next step. Nothing stored.
  var tally = doc.querySelector("[data-tally]"), ticks = doc.querySelector("[data-tally-count]");
  if (tally && ticks) {
    tally.parentNode.addEventListener("change", function () {
      var n = tally.parentNode.querySelectorAll("input[type=checkbox]:checked").length;
      ticks.textContent = n ? ticks.getAttribute(n == 1 ? "data-one" : "data-other").replace("{n}", n) : ticks.getAttribute("data-none");
      tally.querySelector("[data-when=one]").hidden = n != 1;
      tally.querySelector("[data-when=more]").hidden = n < 2;
    });
  }

  // Posters: a Print button, shown only with this script.
  var printRow = doc.querySelector("[data-print-button]");
  if (printRow) {
    printRow.hidden = false;
    printRow.querySelector("button").addEventListener("click", function () { window.print(); });
  }

  // --- end the reader's path ---
})();

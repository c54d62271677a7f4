// Signaal's only script. It stores nothing (no cookies, no storage) and
// fetches nothing. The pure logic comes first, because node --test loads
// this file too; then the page wiring, each part only on pages that have
// it, and work that the reader cannot see yet waits until it can be seen.
(function () {
  "use strict";

  // --- pure logic ---

  // shiftCounter counts presses of Shift on its own: pressesNeeded of them,
  // each within windowMs of the previous, mean "leave". Any other key in
  // between (a capital letter, Ctrl) starts the count again.
  function shiftCounter(pressesNeeded, windowMs) {
    var presses = 0, lastPressAt = 0, pressPending = false;
    return {
      // down and up take the key, the time in ms, and (down) whether focus
      // is in a text field, where typing never counts, and whether the key
      // is repeating. They return the presses so far.
      down: function (key, time, typing, repeat) {
        if (key != "Shift") { pressPending = false; presses = 0; }
        else if (!repeat) pressPending = !typing;
        return presses;
      },
      up: function (key, time) {
        if (key != "Shift" || !pressPending) return presses;
        pressPending = false;
        presses = presses && time - lastPressAt <= windowMs ? presses + 1 : 1;
        lastPressAt = time;
        return Math.min(presses, pressesNeeded);
      },
      cancel: function () { pressPending = false; },
      reset: function () { presses = 0; pressPending = false; }
    };
  }

  var MINUTES_PER_DAY = 1440;

  // lastSundayAt1UTC is the instant (ms) Dutch clocks change in month m
  // (0-based) of year y: 01:00 UTC on the month's last Sunday (EU rule).
  function lastSundayAt1UTC(y, m) {
    var lastDay = new Date(Date.UTC(y, m + 1, 0));
    return Date.UTC(y, m, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
  }

  // weekMinute returns the minute of the week in Amsterdam at date: 0 is
  // Monday 00:00, 10079 is Sunday 23:59. Counted, not asked of Intl (a slow
  // phone's first time-zone formatter is a long task): UTC+1, and UTC+2
  // from the last Sunday of March to the last Sunday of October.
  function weekMinute(date) {
    var ms = date.getTime(), y = date.getUTCFullYear();
    var summer = ms >= lastSundayAt1UTC(y, 2) && ms < lastSundayAt1UTC(y, 9);
    var local = new Date(ms + (summer ? 2 : 1) * 3600000);
    var day = (local.getUTCDay() + 6) % 7; // Monday first
    return day * MINUTES_PER_DAY + local.getUTCHours() * 60 + local.getUTCMinutes();
  }

  // openAt reads opening hours as the page writes them in data-hours (the
  // minutes of the week in which a line is open, as "from-to" ranges
  // separated by spaces: "540-1020 1980-2460"; content.Hours.DataHours
  // writes them) and says whether minute falls inside one of them.
  function openAt(dataHours, minute) {
    var ranges = dataHours ? dataHours.split(" ") : [];
    for (var i = 0; i < ranges.length; i++) {
      var bounds = ranges[i].split("-");
      if (minute >= +bounds[0] && minute < +bounds[1]) return true;
    }
    return false;
  }

  // matches says whether a help line (its ways and who, as lists) fits the
  // chosen ways (any of them; none chosen means all) and person.
  function matches(ways, who, wantWays, wantWho) {
    return (!wantWays.length || wantWays.some(function (w) { return ways.indexOf(w) >= 0; })) &&
      (!wantWho || who.indexOf(wantWho) >= 0 || who.indexOf("everyone") >= 0);
  }

  // cardsShown says which cards of the chooser to show. A line appears
  // under every need it meets, so once the reader filters, each line is
  // shown once: the first time it fits. Unfiltered, the grouped list stays
  // whole. cards: [{key, ways, who}]; returns one boolean per card.
  function cardsShown(cards, wantWays, wantWho) {
    var filtered = wantWays.length > 0 || !!wantWho, keysShown = {};
    return cards.map(function (card) {
      if (!filtered) return true;
      if (keysShown[card.key] || !matches(card.ways, card.who, wantWays, wantWho)) return false;
      return (keysShown[card.key] = true);
    });
  }

  // hoursShown says which opening-hours rows of one card to show: the
  // rows of the ways the reader chose (a reader who wants to chat sees the
  // chat's hours, not the phone's), or every row when no way is chosen or
  // none of the card's rows is for a chosen way.
  function hoursShown(rowWays, wantWays) {
    var wanted = rowWays.map(function (ways) {
      return ways.split(" ").some(function (w) { return wantWays.indexOf(w) >= 0; });
    });
    return wanted.some(Boolean) ? wanted : rowWays.map(function () { return true; });
  }

  if (typeof module == "object") {
    module.exports = { shiftCounter: shiftCounter, weekMinute: weekMinute, openAt: openAt, matches: matches, cardsShown: cardsShown, hoursShown: hoursShown };
  }
  if (typeof document == "undefined") return;

  // --- quick exit ---

  // leave covers the page at once, blanks the title, and replaces this
  // page in the history with a neutral site, so Back does not return here.
  var pageTitle = document.title;
  function leave(href) {
    document.documentElement.classList.add("leaving");
    document.title = "";
    window.location.replace(href);
  }
  document.addEventListener("click", function (e) {
    var exitLink = e.target.closest && e.target.closest("a[data-exit]");
    if (!exitLink) return;
    e.preventDefault();
    leave(exitLink.href);
  });
  // Back from the neutral site may restore this page from the cache.
  window.addEventListener("pageshow", function (e) {
    if (!e.persisted) return;
    document.documentElement.classList.remove("leaving");
    document.title = pageTitle;
    shift.reset();
    showPresses(0);
  });

  // Shift three times: the progress box says how many presses are left.
  var shift = shiftCounter(3, 5000), exitProgress = document.querySelector("[data-exit-progress]"), exitProgressTimer;
  function showPresses(presses) {
    if (!exitProgress) return;
    exitProgress.setAttribute("data-step", presses);
    exitProgress.querySelector("[role=status]").textContent = presses ? exitProgress.getAttribute("data-left-" + (3 - presses)) : "";
    clearTimeout(exitProgressTimer);
    if (presses) exitProgressTimer = setTimeout(function () { shift.reset(); showPresses(0); }, 5000);
  }
  function isTyping(target) {
    return target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) ||
      target.tagName == "INPUT" && !/^(checkbox|radio|button|submit|reset)$/.test(target.type);
  }
  document.addEventListener("keydown", function (e) {
    var before = shift.down(e.key, e.timeStamp, isTyping(e.target), e.repeat);
    if (e.key != "Shift" && exitProgress && exitProgress.getAttribute("data-step") != "0") showPresses(before);
  });
  document.addEventListener("keyup", function (e) {
    if (e.key != "Shift") return;
    var presses = shift.up(e.key, e.timeStamp);
    if (presses >= 3) {
      var exitLink = document.querySelector("a[data-exit]");
      if (exitLink) leave(exitLink.href);
    } else if (presses) showPresses(presses);
  });
  document.addEventListener("pointerdown", shift.cancel);

  // --- open now ---

  // Each opening-hours field gets a badge, open or closed, when it comes
  // near the screen (or the chooser shows its card); the badges already
  // shown stay true every minute and on return to the tab. A page without
  // opening hours does none of this.
  var hoursFields = document.querySelectorAll("[data-hours]"), badgedFields = [];
  function stampBadge(field, minute) {
    var open = openAt(field.getAttribute("data-hours"), minute), badge = field.querySelector(".now");
    if (!badge) {
      badge = document.createElement("span");
      field.appendChild(badge);
      badgedFields.push(field);
    }
    badge.className = "now " + (open ? "is-open" : "is-closed");
    badge.textContent = field.closest("[data-open]").getAttribute(open ? "data-open" : "data-closed");
  }
  function restampBadges() {
    var minute = weekMinute(new Date());
    badgedFields.forEach(function (field) { stampBadge(field, minute); });
  }
  function stampFields(fields) {
    var minute = weekMinute(new Date());
    fields.forEach(function (field) { if (!field.querySelector(".now")) stampBadge(field, minute); });
  }
  var nearScreen = hoursFields.length && window.IntersectionObserver && new IntersectionObserver(function (entries) {
    stampFields(entries.filter(function (e) {
      if (e.isIntersecting) nearScreen.unobserve(e.target);
      return e.isIntersecting;
    }).map(function (e) { return e.target; }));
  }, { rootMargin: "100% 0px" });
  if (hoursFields.length) {
    if (nearScreen) hoursFields.forEach(function (field) { nearScreen.observe(field); });
    else stampFields([].slice.call(hoursFields));
    setInterval(restampBadges, 60000);
    document.addEventListener("visibilitychange", function () { if (!document.hidden) restampBadges(); });
  }

  // --- help chooser ---

  // Filter the cards live, each line once; a card the filter shows gets
  // its badges at once.
  var chooser = document.querySelector("[data-chooser]");
  if (chooser) {
    var filterForm = chooser.querySelector("form"), countStatus = chooser.querySelector("[data-count]");
    var cards = [].slice.call(chooser.querySelectorAll("[data-ways]")), cardFacts;
    filterForm.hidden = false;
    var applyFilter = function () {
      cardFacts = cardFacts || cards.map(function (card) {
        return { key: card.getAttribute("data-helpline"), ways: card.getAttribute("data-ways").split(" "), who: card.getAttribute("data-who").split(" ") };
      });
      var ways = [].map.call(filterForm.querySelectorAll("[name=how]:checked"), function (input) { return input.value; });
      var who = (filterForm.querySelector("[name=who]:checked") || {}).value || "";
      var shown = cardsShown(cardFacts, ways, who), keysShown = {};
      cards.forEach(function (card, i) {
        card.hidden = !shown[i];
        if (!shown[i]) return;
        keysShown[cardFacts[i].key] = true;
        var rows = [].slice.call(card.querySelectorAll(".facts [data-way]"));
        var rowShown = hoursShown(rows.map(function (row) { return row.getAttribute("data-way"); }), ways);
        rows.forEach(function (row, j) { row.hidden = !rowShown[j]; });
        stampFields([].slice.call(card.querySelectorAll("[data-hours]")));
      });
      chooser.querySelectorAll(".need").forEach(function (need) {
        need.hidden = !need.querySelector("[data-ways]:not([hidden])");
      });
      var lineCount = Object.keys(keysShown).length;
      countStatus.textContent = countStatus.getAttribute(lineCount == 1 ? "data-one" : "data-other").replace("{n}", lineCount);
    };
    filterForm.addEventListener("change", applyFilter);
    filterForm.addEventListener("submit", function (e) { e.preventDefault(); applyFilter(); });
  }

  // --- section links and the language switch ---

  // A tap on a section link copies the section's full address and says so
  // in the status region; the link itself still moves to the section, with
  // or without this script.
  var copyStatus = document.getElementById("copy-status");
  document.addEventListener("click", function (e) {
    var sectionLink = e.target.closest && e.target.closest("a.section-link");
    if (!sectionLink || !navigator.clipboard || !window.isSecureContext) return;
    var address = location.origin + location.pathname + sectionLink.getAttribute("href");
    navigator.clipboard.writeText(address).then(function () {
      sectionLink.classList.add("copied");
      if (copyStatus) copyStatus.textContent = copyStatus.getAttribute("data-copied");
      setTimeout(function () {
        sectionLink.classList.remove("copied");
        if (copyStatus) copyStatus.textContent = "";
      }, 2500);
    }, function () {});
  });

  // The language switch follows the section the reader is on (pages share
  // their section IDs across languages): the one in the address, then the
  // last section heading above the top third of the screen, as headings
  // cross that line. Nothing stored, and no layout read: the observer's
  // area runs from far above the page down to the line, so a heading is
  // "intersecting" exactly while it is above the line, and every crossing
  // is reported, however far one scroll jumps.
  var langSwitch = document.querySelector("a.lang-switch");
  function pointSwitchAt(hash) { if (langSwitch.hash != hash) langSwitch.hash = hash; }
  function keepSection() { if (langSwitch) pointSwitchAt(location.hash); }
  keepSection();
  window.addEventListener("hashchange", keepSection);
  var sectionHeads = langSwitch && window.IntersectionObserver ? [].slice.call(document.querySelectorAll("main .section-head")) : [];
  if (sectionHeads.length) {
    var readingLine = 1 / 3, headAbove = sectionHeads.map(function () { return false; });
    var headingWatcher = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { headAbove[sectionHeads.indexOf(e.target)] = e.isIntersecting; });
      var last = headAbove.lastIndexOf(true);
      pointSwitchAt(last < 0 ? "" : sectionHeads[last].querySelector("a.section-link").getAttribute("href"));
    }, { rootMargin: "1000000px 0px " + -100 * (1 - readingLine) + "% 0px" });
    sectionHeads.forEach(function (head) { headingWatcher.observe(head); });
  }

  // --- checklist and posters ---

  // Checklist: count the ticks and show the next step. Nothing stored.
  var nextSteps = document.querySelector("[data-tally]"), tickCount = document.querySelector("[data-tally-count]");
  if (nextSteps && tickCount) {
    nextSteps.parentNode.addEventListener("change", function () {
      var ticked = nextSteps.parentNode.querySelectorAll("input[type=checkbox]:checked").length;
      tickCount.textContent = ticked ? tickCount.getAttribute(ticked == 1 ? "data-one" : "data-other").replace("{n}", ticked) : tickCount.getAttribute("data-none");
      nextSteps.querySelector("[data-when=one]").hidden = ticked != 1;
      nextSteps.querySelector("[data-when=more]").hidden = ticked < 2;
    });
  }

  // Posters: a Print button, shown only with this script.
  var printRow = document.querySelector("[data-print-button]");
  if (printRow) {
    printRow.hidden = false;
    printRow.querySelector("button").addEventListener("click", function () { window.print(); });
  }
})();

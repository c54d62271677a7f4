// Tests of the pure logic in static/site.js: the Shift×3 quick exit and
// the help chooser's "open now" and filter. Run with `node --test jstest/`.
// hours.test.js checks "open now" against the Go side's answers.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { shiftCounter, weekMinute, openAt, matches, cardsShown, hoursShown } = require("../static/site.js");

// press plays a list of key events on a counter and returns the last count.
// An event is [type, key, time] or [type, key, time, typing, repeat].
function play(events) {
  const c = shiftCounter(3, 5000);
  let n = 0;
  for (const [type, key, t, typing = false, repeat = false] of events) {
    n = type == "down" ? c.down(key, t, typing, repeat) : c.up(key, t);
  }
  return n;
}
const shift = (t, opt = {}) => [["down", "Shift", t, opt.typing], ["up", "Shift", t + 80]];

test("Shift counting", async (t) => {
  const cases = [
    { name: "three presses within 5 s leave", events: [...shift(0), ...shift(1000), ...shift(2000)], want: 3 },
    { name: "each press may be almost 5 s after the previous", events: [...shift(0), ...shift(5000), ...shift(10000)], want: 3 },
    { name: "a gap over 5 s starts again", events: [...shift(0), ...shift(1000), ...shift(7000)], want: 1 },
    { name: "a capital letter does not count and resets", events: [...shift(0), ["down", "Shift", 500], ["down", "A", 550], ["up", "A", 600], ["up", "Shift", 650]], want: 0 },
    { name: "a capital between presses resets the count", events: [...shift(0), ...shift(500), ["down", "Shift", 900], ["down", "B", 950], ["up", "Shift", 990], ...shift(1200)], want: 1 },
    { name: "Shift in a text field does not count", events: [...shift(0), ...shift(500), ...shift(1000, { typing: true })], want: 2 },
    { name: "held Shift (key repeat) is one press", events: [["down", "Shift", 0], ["down", "Shift", 500, false, true], ["down", "Shift", 530, false, true], ["up", "Shift", 600]], want: 1 },
    { name: "any other key resets", events: [...shift(0), ...shift(500), ["down", "Tab", 700], ["up", "Tab", 750], ...shift(900)], want: 1 },
  ];
  for (const tc of cases) {
    await t.test(tc.name, () => assert.equal(play(tc.events), tc.want));
  }
});

test("left and right Shift both count (both report key Shift)", () => {
  // KeyboardEvent.key is "Shift" for ShiftLeft and ShiftRight alike; the
  // counter looks at key only, so alternating sides counts.
  assert.equal(play([...shift(0), ...shift(300), ...shift(600)]), 3);
});

test("a pointer press while Shift is down cancels that press", () => {
  const c = shiftCounter(3, 5000);
  c.down("Shift", 0, false, false);
  c.cancel();
  assert.equal(c.up("Shift", 100), 0);
});

// at builds a minute of the week from a day (0 = Monday) and "HH:MM".
const at = (day, hhmm) => day * 1440 + +hhmm.slice(0, 2) * 60 + +hhmm.slice(3);

test("Amsterdam clock", async (t) => {
  const cases = [
    // winter: UTC+1; summer: UTC+2
    { at: "2026-01-05T08:30:00Z", want: at(0, "09:30") }, // Monday 09:30
    { at: "2026-07-05T22:30:00Z", want: at(0, "00:30") }, // Sunday 22:30 UTC is Monday 00:30
    { at: "2026-03-29T00:59:00Z", want: at(6, "01:59") }, // Sunday before the clocks go forward
    { at: "2026-03-29T01:00:00Z", want: at(6, "03:00") }, // and just after
    { at: "2026-12-31T23:00:00Z", want: at(4, "00:00") }, // Friday 1 January 00:00
  ];
  for (const tc of cases) {
    await t.test(tc.at, () => assert.equal(weekMinute(new Date(tc.at)), tc.want));
  }
});

test("Amsterdam clock agrees with the time-zone database, every hour of 2025-2030 (the clocks change on the hour)", () => {
  const f = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", weekday: "short", hour: "numeric", minute: "numeric", hourCycle: "h23" });
  const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2031, 0, 1); t += 3600000) {
    const p = {};
    f.formatToParts(new Date(t)).forEach((x) => { p[x.type] = x.value; });
    const want = days.indexOf(p.weekday) * 1440 + +p.hour * 60 + +p.minute;
    assert.equal(weekMinute(new Date(t)), want, new Date(t).toISOString());
  }
});

// The format itself: ranges of minutes of the week, half open.
test("open now", async (t) => {
  const weekdays9to5 = "540-1020 1980-2460 3420-3900 4860-5340 6300-6780";
  const cases = [
    { hours: "0-10080", minute: at(6, "03:00"), want: true },
    { hours: weekdays9to5, minute: at(0, "09:00"), want: true },
    { hours: weekdays9to5, minute: at(4, "16:59"), want: true },
    { hours: weekdays9to5, minute: at(4, "17:00"), want: false },
    { hours: weekdays9to5, minute: at(5, "12:00"), want: false },
    { hours: weekdays9to5, minute: at(0, "08:59"), want: false },
    { hours: "0-120 9840-10080", minute: at(6, "23:59"), want: true }, // Sunday 20:00 to Monday 02:00
    { hours: "0-120 9840-10080", minute: at(0, "02:00"), want: false },
    { hours: "", minute: at(0, "10:00"), want: false },
  ];
  for (const tc of cases) {
    await t.test(`${tc.hours} at ${tc.minute}`, () => assert.equal(openAt(tc.hours, tc.minute), tc.want));
  }
});

test("filter", async (t) => {
  const cases = [
    { name: "nothing chosen shows all", ways: ["call"], who: ["youth"], wantWays: [], wantWho: "", want: true },
    { name: "a chosen way it has", ways: ["call", "chat"], who: ["youth"], wantWays: ["chat"], wantWho: "", want: true },
    { name: "a chosen way it lacks", ways: ["call"], who: ["youth"], wantWays: ["chat", "text"], wantWho: "", want: false },
    { name: "for everyone fits a parent", ways: ["call"], who: ["everyone"], wantWays: [], wantWho: "parents", want: true },
    { name: "for young people does not fit a professional", ways: ["call"], who: ["youth"], wantWays: [], wantWho: "professionals", want: false },
    { name: "both must fit", ways: ["tip"], who: ["youth", "parents"], wantWays: ["tip"], wantWho: "parents", want: true },
  ];
  for (const tc of cases) {
    await t.test(tc.name, () => assert.equal(matches(tc.ways, tc.who, tc.wantWays, tc.wantWho), tc.want));
  }
});

// The help page lists a line under every need it meets: Veilig Thuis under
// "talk", "chat" and "report". These are the cards in page order.
const cards = [
  { key: "kindertelefoon", ways: ["call", "chat"], who: ["youth"] }, // talk
  { key: "veilig-thuis", ways: ["call", "chat"], who: ["youth", "parents", "everyone"] },
  { key: "csg", ways: ["call", "in-person"], who: ["youth", "everyone"] },
  { key: "kindertelefoon", ways: ["call", "chat"], who: ["youth"] }, // chat
  { key: "veilig-thuis", ways: ["call", "chat"], who: ["youth", "parents", "everyone"] },
  { key: "chat-met-fier", ways: ["chat"], who: ["youth", "everyone"] },
  { key: "helpwanted", ways: ["call", "chat", "web"], who: ["youth", "parents", "everyone"] },
  { key: "veilig-thuis", ways: ["call", "chat"], who: ["youth", "parents", "everyone"] }, // report
  { key: "comensha", ways: ["call"], who: ["professionals", "everyone"] },
];
const shown = (flags) => cards.filter((_, i) => flags[i]).map((c) => c.key);

test("each line once when filtered", async (t) => {
  const cases = [
    { name: "chat and young person", ways: ["chat"], who: "youth", want: ["kindertelefoon", "veilig-thuis", "chat-met-fier", "helpwanted"] },
    { name: "chat only", ways: ["chat"], who: "", want: ["kindertelefoon", "veilig-thuis", "chat-met-fier", "helpwanted"] },
    { name: "young person only", ways: [], who: "youth", want: ["kindertelefoon", "veilig-thuis", "csg", "chat-met-fier", "helpwanted", "comensha"] },
    { name: "call and professional", ways: ["call"], who: "professionals", want: ["veilig-thuis", "csg", "helpwanted", "comensha"] },
    { name: "in person", ways: ["in-person"], who: "", want: ["csg"] },
  ];
  for (const tc of cases) {
    await t.test(tc.name, () => {
      const got = shown(cardsShown(cards, tc.ways, tc.who));
      assert.deepEqual(got, tc.want);
      assert.equal(new Set(got).size, got.length, "a line is shown twice");
    });
  }
});

test("unfiltered, every group keeps its lines", () => {
  assert.equal(cardsShown(cards, [], "").filter(Boolean).length, cards.length);
});

test("hours shown per way", async (t) => {
  const cases = [
    { name: "filtered on chat: the chat's hours only", rows: ["call", "chat"], ways: ["chat"], want: [false, true] },
    { name: "filtered on call: the phone's hours only", rows: ["call", "chat"], ways: ["call"], want: [true, false] },
    { name: "both chosen: both", rows: ["call", "chat"], ways: ["call", "chat"], want: [true, true] },
    { name: "nothing chosen: all", rows: ["call", "chat"], ways: [], want: [true, true] },
    { name: "no row for the chosen way: keep what there is", rows: ["call"], ways: ["in-person"], want: [true] },
    { name: "a card without hours", rows: [], ways: ["chat"], want: [] },
    { name: "one row for phone and chat", rows: ["call chat"], ways: ["chat"], want: [true] },
  ];
  for (const tc of cases) {
    await t.test(tc.name, () => assert.deepEqual(hoursShown(tc.rows, tc.ways), tc.want));
  }
});

// The phone can be open while the chat is closed: Veilig Thuis answers the
// phone day and night, its chat on weekdays 9 to 5.
test("open now per way", () => {
  const weekdays9to5 = "540-1020 1980-2460 3420-3900 4860-5340 6300-6780";
  const sunNight = weekMinute(new Date("2026-12-06T22:30:00Z")); // Sunday 23:30 in Amsterdam
  assert.equal(openAt("0-10080", sunNight), true);
  assert.equal(openAt(weekdays9to5, sunNight), false);
  const monMorning = weekMinute(new Date("2026-12-07T09:00:00Z")); // Monday 10:00
  assert.equal(openAt(weekdays9to5, monMorning), true);
});

// Building an Intl.DateTimeFormat is the costly part of "open now"; the
// script makes one and reuses it, however often the badges refresh.
// The clock counts Dutch time itself (the EU rule, checked against the
// time-zone database above), so it builds no formatter; never one a call.
test("the date formatter is built at most once", () => {
  const real = Intl.DateTimeFormat;
  let made = 0;
  Intl.DateTimeFormat = function (...args) { made++; return new real(...args); };
  try {
    delete require.cache[require.resolve("../static/site.js")];
    const fresh = require("../static/site.js");
    for (let i = 0; i < 5; i++) fresh.weekMinute(new Date());
  } finally {
    Intl.DateTimeFormat = real;
  }
  assert.ok(made <= 1, `${made} formatters for 5 calls`);
});

// Nothing left behind: the script never touches a place that keeps data
// after the tab closes, and never talks to a server.
test("the script stores nothing and fetches nothing", () => {
  const src = require("node:fs").readFileSync(require.resolve("../static/site.js"), "utf8");
  for (const word of ["document.cookie", "localStorage", "sessionStorage", "indexedDB", "serviceWorker", "caches.", "fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket"]) {
    assert.ok(!src.includes(word), `site.js uses ${word}`);
  }
});

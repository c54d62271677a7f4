// The script's "open now" against Go's: for every case of
// testdata/hours.json (written by internal/content's TestScriptHoursCases
// from content.Hours.OpenAt), site.js must give the same answer at every
// instant from the data-hours value Go writes for the page.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { weekMinute, openAt } = require("../static/site.js");
const { instants, cases } = require("./testdata/hours.json");

test("open now agrees with Go's OpenAt", async (t) => {
  assert.ok(cases.length > 0 && instants.length > 0, "hours.json has no cases");
  for (const c of cases) {
    await t.test(c.yaml, () => {
      assert.equal(c.open.length, instants.length);
      instants.forEach((at, i) => {
        const want = c.open[i] == "1";
        assert.equal(openAt(c.hours, weekMinute(new Date(at))), want, `${at}: ${c.hours}`);
      });
    });
  }
});

package content

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite jstest/testdata/hours.json from OpenAt")

// scriptHoursFile is where the script's tests read Go's answers.
var scriptHoursFile = filepath.Join("..", "..", "jstest", "testdata", "hours.json")

// scriptHours are the cases the script's "open now" must answer as OpenAt
// does: hours as an editor writes them, with DataHours (what the script
// reads), at instants (UTC) chosen where mistakes hide: every hour of a
// winter and a summer week, on the hour and a minute before it, the nights
// the clocks change, and the turn of the year.
type scriptHours struct {
	Note     string   `json:"note"`
	Instants []string `json:"instants"`
	Cases    []struct {
		YAML  string `json:"yaml"`
		Hours string `json:"hours"` // DataHours, as in data-hours
		// Open has one character per instant: "1" open, "0" closed.
		Open string `json:"open"`
	} `json:"cases"`
}

// scriptHoursYAML are the hours the cases use: the shapes helplines.yaml
// has and the edges it may get (past midnight, over the weekend, the
// week's turn, a whole day).
var scriptHoursYAML = []string{
	`{always: true}`,
	`{open: [{days: mon-sun, from: "11:00", to: "21:00"}]}`,
	`{open: [{days: mon-fri, from: "09:00", to: "17:00"}]}`,
	`{open: [{days: mon-fri, from: "09:00", to: "17:00"}, {days: sat, from: "10:00", to: "14:00"}]}`,
	`{open: [{days: fri, from: "20:00", to: "02:00"}]}`,
	`{open: [{days: sat-mon, from: "10:00", to: "12:00"}]}`,
	`{open: [{days: sun, from: "22:00", to: "01:00"}]}`,
	`{open: [{days: mon-sun, from: "00:00", to: "24:00"}]}`,
	`{open: [{days: wed, from: "23:00", to: "00:00"}, {days: thu, from: "00:30", to: "02:30"}]}`,
	// The small hours of the Sundays the clocks change.
	`{open: [{days: sun, from: "01:00", to: "02:00"}, {days: sun, from: "03:00", to: "05:00"}]}`,
}

func scriptInstants() []time.Time {
	var out []time.Time
	for _, week := range []time.Time{
		time.Date(2026, 1, 4, 23, 0, 0, 0, time.UTC), // Monday 5 January 00:00 in Amsterdam (UTC+1)
		time.Date(2026, 7, 5, 22, 0, 0, 0, time.UTC), // Monday 6 July 00:00 (UTC+2)
	} {
		for h := 0; h < 7*24; h++ {
			at := week.Add(time.Duration(h) * time.Hour)
			out = append(out, at, at.Add(-time.Minute))
		}
	}
	for _, night := range []time.Time{
		time.Date(2026, 3, 28, 22, 0, 0, 0, time.UTC),  // the clocks go forward at 01:00 UTC
		time.Date(2026, 10, 24, 22, 0, 0, 0, time.UTC), // and back
		time.Date(2026, 12, 31, 21, 0, 0, 0, time.UTC), // a new year, on a Friday
	} {
		for m := 0; m <= 6*60; m += 30 {
			out = append(out, night.Add(time.Duration(m)*time.Minute))
		}
	}
	return out
}

// TestScriptHoursCases holds jstest/testdata/hours.json to OpenAt: the
// file the script's tests read must be what Go answers now. Run with
// -update to rewrite it after changing Hours, and commit the file.
func TestScriptHoursCases(t *testing.T) {
	var want scriptHours
	want.Note = "Written by internal/content's TestScriptHoursCases (go test ./internal/content -run ScriptHours -update): for each case, open[i] is OpenAt(instants[i]); jstest/hours.test.js checks that site.js answers the same from hours."
	instants := scriptInstants()
	for _, at := range instants {
		want.Instants = append(want.Instants, at.Format(time.RFC3339))
	}
	for _, src := range scriptHoursYAML {
		h := parseHours(t, src)
		var open strings.Builder
		for _, at := range instants {
			if h.OpenAt(at) {
				open.WriteByte('1')
			} else {
				open.WriteByte('0')
			}
		}
		want.Cases = append(want.Cases, struct {
			YAML  string `json:"yaml"`
			Hours string `json:"hours"`
			Open  string `json:"open"`
		}{src, h.DataHours(), open.String()})
	}
	out, err := json.MarshalIndent(want, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, '\n')
	if *update {
		if err := os.WriteFile(scriptHoursFile, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(scriptHoursFile)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/content -run ScriptHours -update)", err)
	}
	if !bytes.Equal(got, out) {
		t.Errorf("%s is not what OpenAt answers now: run go test ./internal/content -run ScriptHours -update, and commit it", scriptHoursFile)
	}
}

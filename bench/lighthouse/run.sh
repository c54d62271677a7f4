#!/usr/bin/env bash
# Lighthouse performance on a slow phone: the default mobile profile
# (simulated 4x CPU slowdown and a slow 4G link), three runs a page, the
# median reported. Needs `npm ci` here (make lighthouse does it) and
# Debian's chromium. Usage: bench/lighthouse/run.sh [runs] [path...]
# LIGHTHOUSE_KEEP=DIR keeps every report (DIR/<page>-<run>.json) for a look
# at bootup-time, long-tasks, layout-shifts and the LCP element.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-3}
shift || true
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
	paths=(/nl/ /nl/jongeren/fotos-en-druk/ /nl/hulp/ /en/ /en/young-people/photos-and-pressure/ /en/help/)
fi
port=${LIGHTHOUSE_PORT:-8197}
out=$(mktemp -d /tmp/signaal-lighthouse-XXXXXX)
# Only what this script made is removed: its own temporary folder and server.
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$out"' EXIT
(cd "$root" && go build -o "$out/signaal" ./cmd/signaal)
"$out/signaal" serve -addr "127.0.0.1:$port" >"$out/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.2; done
export CHROME_PATH=${SIGNAAL_CHROMIUM:-$(command -v chromium)}
# js_ms is the main-thread time Lighthouse gives the site's own script
# (bootup-time, at the simulated slowdown): the part the site controls
# even when a loaded machine inflates every other figure.
printf '%-42s %6s %8s %8s %8s %6s   %s\n' page perf TBT_ms FCP_ms LCP_ms js_ms "runs (perf/TBT/js)"
for p in "${paths[@]}"; do
	all=()
	for i in $(seq 1 "$runs"); do
		# A run that loses its trace (NO_NAVSTART, seen on a loaded
		# machine) is tried again, at most three times.
		for try in 1 2 3; do
			if "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$p" --quiet --only-categories=performance \
				--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
				--output=json --output-path="$out/r$i.json" >"$out/lh.log" 2>&1 &&
				node -e 'process.exit(require(process.argv[1]).runtimeError ? 1 : 0)' "$out/r$i.json"; then
				break
			fi
			if [ "$try" = 3 ]; then echo "lighthouse failed on $p:"; tail -5 "$out/lh.log"; exit 1; fi
		done
		if [ -n "${LIGHTHOUSE_KEEP:-}" ]; then
			mkdir -p "$LIGHTHOUSE_KEEP"
			cp "$out/r$i.json" "$LIGHTHOUSE_KEEP/$(echo "$p" | tr -c 'a-z0-9\n' '_')-$i.json"
		fi
		all+=("$(node -e '
			const r = require(process.argv[1]);
			const a = r.audits;
			const js = (a["bootup-time"].details ? a["bootup-time"].details.items : []).filter(i => /\/static\/site\./.test(i.url)).reduce((s, i) => s + i.total, 0);
			console.log([Math.round(r.categories.performance.score * 100), Math.round(a["total-blocking-time"].numericValue),
				Math.round(a["first-contentful-paint"].numericValue), Math.round(a["largest-contentful-paint"].numericValue), Math.round(js)].join(" "));
		' "$out/r$i.json")")
	done
	# The median run by performance score.
	med=$(printf '%s\n' "${all[@]}" | sort -n -k1,1 | sed -n "$(( (runs + 1) / 2 ))p")
	read -r perf tbt fcp lcp js <<<"$med"
	list=$(printf '%s\n' "${all[@]}" | awk '{printf "%s/%s/%s ", $1, $2, $5}')
	printf '%-42s %6s %8s %8s %8s %6s   %s\n' "$p" "$perf" "$tbt" "$fcp" "$lcp" "$js" "$list"
done

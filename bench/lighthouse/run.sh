#!/usr/bin/env bash
# Lighthouse performance on a slow phone: the default mobile profile
# (simulated 4x CPU slowdown and a slow 4G link), three runs a page, the
# median reported. Needs `npm ci` here (make lighthouse does it) and
# Debian's chromium. Usage: bench/lighthouse/run.sh [runs] [path...]
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
printf '%-42s %6s %8s %8s %8s   %s\n' page perf TBT_ms FCP_ms LCP_ms "runs (perf/TBT)"
for p in "${paths[@]}"; do
	all=()
	for i in $(seq 1 "$runs"); do
		"$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$p" --quiet --only-categories=performance \
			--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
			--output=json --output-path="$out/r$i.json" >/dev/null 2>&1
		all+=("$(node -e '
			const r = require(process.argv[1]);
			const a = r.audits;
			console.log([Math.round(r.categories.performance.score * 100), Math.round(a["total-blocking-time"].numericValue),
				Math.round(a["first-contentful-paint"].numericValue), Math.round(a["largest-contentful-paint"].numericValue)].join(" "));
		' "$out/r$i.json")")
	done
	# The median run by performance score.
	med=$(printf '%s\n' "${all[@]}" | sort -n -k1,1 | sed -n "$(( (runs + 1) / 2 ))p")
	read -r perf tbt fcp lcp <<<"$med"
	list=$(printf '%s\n' "${all[@]}" | awk '{printf "%s/%s ", $1, $2}')
	printf '%-42s %6s %8s %8s %8s   %s\n' "$p" "$perf" "$tbt" "$fcp" "$lcp" "$list"
done

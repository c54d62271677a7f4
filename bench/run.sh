#!/usr/bin/env bash
# bench/run.sh — the load and scale comparison of issue 7, in one go.
#
#  1. Installs what it needs when missing (Debian: nginx,
#     libnginx-mod-http-brotli-static, wrk, hugo, time).
#  2. Builds signaal and exports the site; starts nginx on loopback with
#     deploy/nginx.conf serving the export, and `signaal serve`, each on its
#     own port; runs wrk against both with the same URL mix (every page, in
#     turn, Accept-Encoding: br, gzip) in alternating rounds; prints
#     requests/s, p50 and p99 for each and the ratio.
#  3. Generates N synthetic pages per language (bench/gen) for each N in
#     SCALE_NS and times `signaal export` and Hugo building the same
#     Markdown (wall time and peak memory, /usr/bin/time -v).
#
# Only 127.0.0.1 is contacted; every run is bounded in time and the servers
# it starts are stopped on exit. Settings (environment):
#   CONTENT=DIR        content to load-test (default: the embedded site)
#   DURATION=10s       length of one wrk run;  ROUNDS=3  rounds per server
#   CONNECTIONS=50     wrk connections;        THREADS=1 wrk threads
#   SCALE_NS="1000 10000"  sizes for the scale benchmark ("" skips it)
#   SKIP_LOAD=1        skip the load comparison
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-1}
SCALE_NS=${SCALE_NS-1000 10000}
NGINX_PORT=${NGINX_PORT:-18481}
GO_PORT=${GO_PORT:-18482}
WORK=$(mktemp -d /tmp/signaal-bench.XXXXXX)
chmod 755 "$WORK" # nginx workers run as another user and must read the export
PIDS=()

cleanup() {
  if [ -f "$WORK/nginx/nginx.pid" ]; then kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true; fi
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- 1. tools -------------------------------------------------------------
need=()
command -v nginx >/dev/null || need+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || need+=(libnginx-mod-http-brotli-static)
command -v wrk >/dev/null || need+=(wrk)
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq
  avail=()
  for p in "${need[@]}"; do
    if apt-cache policy "$p" | grep -q 'Candidate: [0-9]'; then avail+=("$p")
    else echo "bench: Debian has no package $p here; the parts that need it are skipped" >&2; fi
  done
  [ ${#avail[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${avail[@]}" >/dev/null
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -g | awk '/^Mem:/{print $2}') GiB RAM; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "versions: $(go version | cut -d' ' -f3), nginx $(nginx -v 2>&1 | cut -d/ -f2), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), hugo $(hugo version 2>/dev/null | cut -d' ' -f2 | cut -d+ -f1)"

# --- 2. build -------------------------------------------------------------
go build -o "$WORK/signaal" ./cmd/signaal
go build -o "$WORK/gen" ./bench/gen

content_flag=()
[ -z "${CONTENT:-}" ] || content_flag=(-content "$CONTENT")

wait_for() { # url
  for _ in $(seq 100); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.05; done
  echo "bench: $1 did not answer" >&2; return 1
}

# p50/p99 in µs → ms with two decimals
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

if [ -z "${SKIP_LOAD:-}" ] && command -v nginx >/dev/null && command -v wrk >/dev/null; then
  "$WORK/signaal" export "${content_flag[@]}" -base-url https://signaal.example -out "$WORK/site" >/dev/null
  # Every page once, in address order: what the wrk script rotates through.
  (cd "$WORK/site" && find . -name index.html | sed 's#^\.##; s#index\.html$##' | grep -v '^/$' | sort) > "$WORK/paths"

  mkdir -p "$WORK/nginx"
  sed -e "s#@ROOT@#$WORK/site#; s#@LISTEN@#127.0.0.1:$NGINX_PORT#; s#@PREFIX@#$WORK/nginx#g" deploy/nginx.conf > "$WORK/nginx/nginx.conf"
  nginx -q -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
  "$WORK/signaal" serve "${content_flag[@]}" -addr "127.0.0.1:$GO_PORT" 2>"$WORK/serve.log" &
  PIDS+=($!)
  wait_for "http://127.0.0.1:$NGINX_PORT/nl/"
  wait_for "http://127.0.0.1:$GO_PORT/nl/"
  echo "go start-up: $(grep -o 'took=[^ ]*' "$WORK/serve.log" | head -1 | cut -d= -f2)"

  # Both serve the same bytes for the same request (brotli).
  for p in $(head -3 "$WORK/paths"); do
    a=$(curl -fsS -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$NGINX_PORT$p" | sha256sum)
    b=$(curl -fsS -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$GO_PORT$p" | sha256sum)
    [ "$a" = "$b" ] || { echo "bench: nginx and signaal send different bytes for $p" >&2; exit 1; }
  done

  run_wrk() { # port → "rps p50 p99 requests errors"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/rotate.lua "http://127.0.0.1:$1" -- "$WORK/paths" \
      | awk '/^RESULT/ { print $2, $3, $4, $5, $6 }'
  }
  echo "load: $(wc -l < "$WORK/paths") pages, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, Accept-Encoding: br, gzip, $ROUNDS alternating rounds"
  # Warm both up, then alternate so that neither gets the quieter moments.
  DURATION=2s run_wrk "$NGINX_PORT" >/dev/null
  DURATION=2s run_wrk "$GO_PORT" >/dev/null
  : > "$WORK/nginx.res"; : > "$WORK/go.res"
  for r in $(seq "$ROUNDS"); do
    n=$(run_wrk "$NGINX_PORT"); g=$(run_wrk "$GO_PORT")
    echo "$n" >> "$WORK/nginx.res"; echo "$g" >> "$WORK/go.res"
    echo "  round $r: nginx $n | go $g   (rps p50µs p99µs requests errors)"
  done
  # The median round by throughput stands for each server.
  median() { sort -n -k1 "$1" | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'; }
  read -r n_rps n_p50 n_p99 _ n_err <<<"$(median "$WORK/nginx.res")"
  read -r g_rps g_p50 g_p99 _ g_err <<<"$(median "$WORK/go.res")"
  echo
  printf '| server | requests/s | p50 (ms) | p99 (ms) | errors |\n|---|---:|---:|---:|---:|\n'
  printf '| nginx (export, brotli_static) | %s | %s | %s | %s |\n' "$n_rps" "$(ms "$n_p50")" "$(ms "$n_p99")" "$n_err"
  printf '| signaal serve | %s | %s | %s | %s |\n' "$g_rps" "$(ms "$g_p50")" "$(ms "$g_p99")" "$g_err"
  awk -v g="$g_rps" -v n="$n_rps" -v gp="$g_p99" -v np="$n_p99" 'BEGIN {
    printf "| ratio go/nginx | %.2f | | %.2f | |\n", g / n, gp / np }'
  echo
  kill "$(cat "$WORK/nginx/nginx.pid")"; rm -f "$WORK/nginx/nginx.pid"
  kill "${PIDS[@]}" 2>/dev/null || true; wait 2>/dev/null || true; PIDS=()
fi

# --- 3. scale -------------------------------------------------------------
peak() { grep 'Maximum resident' "$1" | awk '{ printf "%.0f", $NF / 1024 }'; }
cpu() { awk -F': ' '/User time|System time/ { t += $2 } END { printf "%.2f", t }' "$1"; }
wall() { grep 'Elapsed (wall clock)' "$1" | awk '{ print $NF }' | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }'; }
if [ -n "$SCALE_NS" ]; then
  rows=()
  for n in $SCALE_NS; do
    "$WORK/gen" -n "$n" -out "$WORK/c$n" -data content -hugo "$WORK/h$n"
    sync; /usr/bin/time -v "$WORK/signaal" export -content "$WORK/c$n" -base-url https://signaal.example -out "$WORK/o$n" >"$WORK/s$n.out" 2>"$WORK/s$n.time" \
      || { cat "$WORK/s$n.time" >&2; exit 1; }
    files=$(find "$WORK/o$n" -type f | wc -l)
    row="| $n | signaal export | $(wall "$WORK/s$n.time") | $(cpu "$WORK/s$n.time") | $(peak "$WORK/s$n.time") | $files |"
    rm -rf "$WORK/o$n"
    if command -v hugo >/dev/null; then
      sync; /usr/bin/time -v hugo --quiet --source "$WORK/h$n" --destination "$WORK/hout$n" >/dev/null 2>"$WORK/h$n.time" \
        || { cat "$WORK/h$n.time" >&2; exit 1; }
      hfiles=$(find "$WORK/hout$n" -type f | wc -l)
      row+=$'\n'"| $n | hugo | $(wall "$WORK/h$n.time") | $(cpu "$WORK/h$n.time") | $(peak "$WORK/h$n.time") | $hfiles |"
      rm -rf "$WORK/hout$n"
    fi
    rows+=("$row")
    rm -rf "$WORK/c$n" "$WORK/h$n"
  done
  echo "scale: N synthetic pages per language (2N pages): wall time, CPU time (user + sys) and peak memory"
  printf '| N | tool | wall (s) | CPU (s) | peak RSS (MB) | files written |\n|---:|---|---:|---:|---:|---:|\n'
  printf '%s\n' "${rows[@]}"
  echo "(signaal export renders, checks links, compresses each text file twice and writes .gz/.br; hugo writes plain HTML)"
fi

#!/usr/bin/env bash
# bench/run.sh — the load, capacity and scale benchmarks, in one go.
#
#  1. Installs what it needs when missing (Debian: nginx,
#     libnginx-mod-http-brotli-static, caddy, wrk, hugo, time).
#  2. Builds signaal and exports the site; starts on loopback, each on its
#     own port: nginx with deploy/nginx.conf and Caddy with deploy/Caddyfile
#     serving the export, `signaal serve`, and bench/bare (a minimal net/http
#     server answering every request with one page's brotli body and the Go
#     server's headers for it: the floor for a Go server). Runs wrk against
#     each with the same URL mix (every page, in turn, Accept-Encoding: br,
#     gzip) in alternating rounds; prints requests/s, p50 and p99, and the
#     CPU time each server's processes used (user + system, from /proc), so
#     requests per CPU-second, which a shared machine disturbs far less than
#     wall time; and from it the cores a spike of 10,000 page views a minute
#     needs.
#  3. Generates N synthetic pages per language (bench/gen) for each N in
#     SCALE_NS and times `signaal export` and Hugo building the same
#     Markdown (wall time and peak memory, /usr/bin/time -v).
#
# Only 127.0.0.1 is contacted; every run is bounded in time and the servers
# it starts are stopped on exit. Settings (environment):
#   CONTENT=DIR        content to load-test (default: the embedded site)
#   DURATION=10s       length of one wrk run;  ROUNDS=3  rounds per server
#   CONNECTIONS=50     wrk connections;        THREADS=1 wrk threads
#   REQUESTS_PER_VIEW=4  requests one page view costs in the capacity sum
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
BARE_PORT=${BARE_PORT:-18483}
CADDY_PORT=${CADDY_PORT:-18484}
REQUESTS_PER_VIEW=${REQUESTS_PER_VIEW:-4}
HZ=$(getconf CLK_TCK)
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
command -v caddy >/dev/null || need+=(caddy)
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
echo "versions: $(go version | cut -d' ' -f3), nginx $(nginx -v 2>&1 | cut -d/ -f2), caddy $(caddy version 2>/dev/null | cut -d' ' -f1), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), hugo $(hugo version 2>/dev/null | cut -d' ' -f2 | cut -d+ -f1)"

# --- 2. build -------------------------------------------------------------
go build -o "$WORK/signaal" ./cmd/signaal
go build -o "$WORK/gen" ./bench/gen
go build -o "$WORK/bare" ./bench/bare

content_flag=()
[ -z "${CONTENT:-}" ] || content_flag=(-content "$CONTENT")

wait_for() { # url
  for _ in $(seq 100); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.05; done
  echo "bench: $1 did not answer" >&2; return 1
}

# p50/p99 in µs → ms with two decimals
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

# cpu_ticks PID... → clock ticks the processes have used (user + system).
cpu_ticks() {
  local t=0 p
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat")))
  done
  echo "$t"
}

if [ -z "${SKIP_LOAD:-}" ] && command -v nginx >/dev/null && command -v wrk >/dev/null && command -v caddy >/dev/null; then
  "$WORK/signaal" export "${content_flag[@]}" -base-url https://signaal.example -out "$WORK/site" >/dev/null
  # Every page once, in address order: what the wrk script rotates through.
  (cd "$WORK/site" && find . -name index.html | sed 's#^\.##; s#index\.html$##' | grep -v '^/$' | sort) > "$WORK/paths"

  mkdir -p "$WORK/nginx" "$WORK/caddy"
  sed -e "s#@ROOT@#$WORK/site#; s#@LISTEN@#127.0.0.1:$NGINX_PORT#; s#@PREFIX@#$WORK/nginx#g" deploy/nginx.conf > "$WORK/nginx/nginx.conf"
  nginx -q -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
  sed -e "s#@ROOT@#$WORK/site#; s#@LISTEN@#http://127.0.0.1:$CADDY_PORT#; s#@PREFIX@#$WORK/caddy#g" deploy/Caddyfile > "$WORK/caddy/Caddyfile"
  HOME="$WORK/caddy" XDG_DATA_HOME="$WORK/caddy" XDG_CONFIG_HOME="$WORK/caddy" \
    caddy run --adapter caddyfile --config "$WORK/caddy/Caddyfile" 2>"$WORK/caddy.log" &
  CADDY_PID=$!; PIDS+=($CADDY_PID)
  "$WORK/signaal" serve "${content_flag[@]}" -base-url https://signaal.example -addr "127.0.0.1:$GO_PORT" 2>"$WORK/serve.log" &
  GO_PID=$!; PIDS+=($GO_PID)
  wait_for "http://127.0.0.1:$NGINX_PORT/nl/"
  wait_for "http://127.0.0.1:$CADDY_PORT/nl/"
  wait_for "http://127.0.0.1:$GO_PORT/nl/"
  echo "go start-up: $(grep -o 'took=[^ ]*' "$WORK/serve.log" | head -1 | cut -d= -f2)"

  # The bare server answers every request with the brotli body of the page
  # closest to the mix's mean size, and the headers the Go server sends for it.
  mean=$(cd "$WORK/site" && while read -r p; do stat -c %s ".${p}index.html.br"; done < "$WORK/paths" | awk '{ s += $1 } END { print s / NR }')
  page=$(cd "$WORK/site" && while read -r p; do echo "$(stat -c %s ".${p}index.html.br") $p"; done < "$WORK/paths" \
    | awk -v m="$mean" '{ d = $1 - m; if (d < 0) d = -d; print d, $2 }' | sort -n | head -1 | cut -d' ' -f2)
  curl -fsS -D "$WORK/bare.headers" -o "$WORK/bare.body" -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$GO_PORT$page"
  "$WORK/bare" -addr "127.0.0.1:$BARE_PORT" -body "$WORK/bare.body" -headers "$WORK/bare.headers" 2>"$WORK/bare.log" &
  BARE_PID=$!; PIDS+=($BARE_PID)
  wait_for "http://127.0.0.1:$BARE_PORT/"
  echo "bare: $(cat "$WORK/bare.log")  (page $page; mean brotli page of the mix ${mean%.*} bytes)"

  # All serve the same bytes for the same request (brotli).
  for p in $(head -3 "$WORK/paths"); do
    a=$(curl -fsS -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$NGINX_PORT$p" | sha256sum)
    b=$(curl -fsS -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$GO_PORT$p" | sha256sum)
    c=$(curl -fsS -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$CADDY_PORT$p" | sha256sum)
    [ "$a" = "$b" ] && [ "$a" = "$c" ] || { echo "bench: nginx, caddy and signaal send different bytes for $p" >&2; exit 1; }
  done

  run_wrk() { # port → "rps p50 p99 requests errors"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/rotate.lua "http://127.0.0.1:$1" -- "$WORK/paths" \
      | awk '/^RESULT/ { print $2, $3, $4, $5, $6 }'
  }
  # measure PORT PID... → "rps p50 p99 requests errors cpu-seconds requests-per-cpu-second"
  measure() {
    local port=$1 before after res
    shift
    before=$(cpu_ticks "$@")
    res=$(run_wrk "$port")
    after=$(cpu_ticks "$@")
    echo "$res" | awk -v a="$after" -v b="$before" -v hz="$HZ" '{
      cpu = (a - b) / hz; printf "%s %.2f %.0f\n", $0, cpu, (cpu > 0 ? $4 / cpu : 0) }'
  }
  nginx_pids() { local m; m=$(cat "$WORK/nginx/nginx.pid"); echo "$m" $(pgrep -P "$m"); }

  servers=(nginx caddy go bare)
  declare -A port=([nginx]=$NGINX_PORT [caddy]=$CADDY_PORT [go]=$GO_PORT [bare]=$BARE_PORT)
  pids_of() {
    case $1 in
      nginx) nginx_pids ;;
      caddy) echo "$CADDY_PID" ;;
      go) echo "$GO_PID" ;;
      bare) echo "$BARE_PID" ;;
    esac
  }
  echo "load: $(wc -l < "$WORK/paths") pages, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, Accept-Encoding: br, gzip, $ROUNDS alternating rounds"
  # Warm each up, then alternate so that none gets the quieter moments.
  for s in "${servers[@]}"; do DURATION=2s run_wrk "${port[$s]}" >/dev/null; : > "$WORK/$s.res"; done
  for r in $(seq "$ROUNDS"); do
    line="  round $r:"
    for s in "${servers[@]}"; do
      # shellcheck disable=SC2046
      m=$(measure "${port[$s]}" $(pids_of "$s"))
      echo "$m" >> "$WORK/$s.res"
      line+=" $s $m |"
    done
    echo "$line   (rps p50µs p99µs requests errors cpu-s requests/cpu-s)"
  done
  # The median round stands for each server: by throughput for the
  # throughput columns, by requests per CPU-second for that one.
  median() { sort -n -k"$2" "$1" | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'; }
  echo
  printf '| server | requests/s | p50 (ms) | p99 (ms) | errors | requests per CPU-second | cores for 10,000 views/min |\n|---|---:|---:|---:|---:|---:|---:|\n'
  label() {
    case $1 in
      nginx) echo "nginx (export, brotli_static)" ;;
      caddy) echo "caddy (export, precompressed)" ;;
      go) echo "signaal serve" ;;
      bare) echo "bare net/http (one body)" ;;
    esac
  }
  for s in "${servers[@]}"; do
    read -r rps p50 p99 _ err _ _ <<<"$(median "$WORK/$s.res" 1)"
    read -r _ _ _ _ _ _ rpc <<<"$(median "$WORK/$s.res" 7)"
    cores=$(awk -v r="$rpc" -v v="$REQUESTS_PER_VIEW" 'BEGIN { printf "%.3f", 10000 / 60 * v / r }')
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$(label "$s")" "$rps" "$(ms "$p50")" "$(ms "$p99")" "$err" "$rpc" "$cores"
    eval "rps_$s=$rps"
  done
  # shellcheck disable=SC2154
  awk -v g="$rps_go" -v n="$rps_nginx" -v b="$rps_bare" 'BEGIN {
    printf "ratios (requests/s): go/nginx %.2f, bare/nginx %.2f, go/bare %.2f\n", g / n, b / n, g / b }'
  echo "(cores: 10,000 page views a minute at $REQUESTS_PER_VIEW requests a view, divided by requests per CPU-second)"
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

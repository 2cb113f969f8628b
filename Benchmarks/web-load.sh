#!/usr/bin/env bash
# Load run of `vanthu serve` on loopback with wrk (Debian package `wrk`): search requests against
# an archive of synthetic documents, latency percentiles per query kind.
#
#   bash Benchmarks/web-load.sh [ARCHIVE] [DURATION]
#
# ARCHIVE defaults to /tmp/vanthu-synthetic-100000.sqlite, built when missing with the Archive
# module's synthetic generator (100,000 documents, seed 42) through
#   VANTHU_SYNTHETIC_ARCHIVE=... swift test --filter SyntheticArchiveBuilder
# The server is the release binary (.build/release/vanthu; built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ARCHIVE="${1:-/tmp/vanthu-synthetic-100000.sqlite}"
DURATION="${2:-20s}"
PORT="${PORT:-8766}"
CONCURRENCY="${CONCURRENCY:-1 4}"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 2; }
if [ ! -f "$ARCHIVE" ]; then
  echo "building $ARCHIVE (100,000 synthetic documents) ..."
  VANTHU_SYNTHETIC_ARCHIVE="$ARCHIVE" VANTHU_SYNTHETIC_COUNT="${COUNT:-100000}" \
    swift test --filter SyntheticArchiveBuilder > /tmp/vanthu-synthetic-build.log 2>&1
fi
[ -x .build/release/vanthu ] || swift build -c release --product vanthu
.build/release/vanthu serve --index "$ARCHIVE" --port "$PORT" > /tmp/vanthu-web-load-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/api/facets" >/dev/null && break; sleep 0.2; done

LUA="$(mktemp --suffix=.lua)"
cat > "$LUA" <<'LUA'
-- Rotates through the queries given as arguments; prints latency percentiles in ms at the end.
local paths = {}
function init(args) for i, a in ipairs(args) do paths[i] = a end end
local n = 0
function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d rps=%.0f p50=%.1f p90=%.1f p95=%.1f p99=%.1f max=%.1f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
LUA

run() {  # label, paths...
  local label="$1"; shift
  local line threads
  threads=$(( CONNECTIONS < 2 ? 1 : 2 ))
  line=$(wrk -t"$threads" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$LUA" "http://127.0.0.1:$PORT" -- "$@" | grep '^RESULT')
  echo "c=$CONNECTIONS $label ${line#RESULT }"
}
echo "archive: $ARCHIVE; $DURATION per run; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for CONNECTIONS in $CONCURRENCY; do
run "static-css" "/assets/style.css"
run "search-html-mixed" "/?q=nghi+dinh+59%2F2023" "/?q=phong+chay+chua+chay" "/?q=Q%C4%90+3855" "/?q=dan+chu+co+so" "/?q=Ph%C3%B9+%C4%90%E1%BB%95ng" "/?q=van+thu&type=K%E1%BA%BF+ho%E1%BA%A1ch" "/?q=bao+cao&issuer=UBND+Qu%E1%BA%ADn+6" "/?q=an+toan+giao+thong&from=2020-01-01&to=2020-12-31"
run "api-instrument" "/api/search?q=59%2F2023%2FN%C4%90-CP" "/api/search?q=nghi+dinh+59%2F2023" "/api/search?q=Q%C4%90+3855" "/api/search?q=05-CT%2FTW"
run "api-free-text" "/api/search?q=phong+chay+chua+chay" "/api/search?q=dan+chu+co+so" "/api/search?q=Ph%C3%B9+%C4%90%E1%BB%95ng" "/api/search?q=%22chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91%22"
run "api-common-word" "/api/search?q=thuc+hien" "/api/search?q=hoa"
run "api-filtered" "/api/search?q=van+thu&type=K%E1%BA%BF+ho%E1%BA%A1ch" "/api/search?q=bao+cao&issuer=UBND+Qu%E1%BA%ADn+6" "/api/search?q=an+toan+giao+thong&from=2020-01-01&to=2020-12-31"
run "document-page" "/documents/1" "/documents/5000" "/documents/50000" "/documents/99999"
done
rm -f "$LUA"

#!/usr/bin/env bash
# Starts `vanthu serve` on a temporary archive built from Corpus/scans, drives headless Chromium
# (Debian package `chromium`, run by hand, not in CI) and saves screenshots of the search,
# document, graph, deadlines and upload pages.
#
#   bash Scripts/web-screenshots.sh [OUT_DIR]        # default /tmp/vanthu-web-screenshots
#
# VANTHU=path/to/vanthu uses that binary (default: .build/debug/vanthu, built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-/tmp/vanthu-web-screenshots}"
PORT="${PORT:-8765}"
VANTHU="${VANTHU:-.build/debug/vanthu}"
command -v chromium >/dev/null || { echo "needs chromium: apt-get install chromium" >&2; exit 2; }
[ -x "$VANTHU" ] || swift build --product vanthu
mkdir -p "$OUT"
WORK="$(mktemp -d)"
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

echo "ingesting Corpus/scans into $WORK/archive.sqlite ..."
"$VANTHU" ingest Corpus/scans --index "$WORK/archive.sqlite" > "$WORK/ingest.log" 2>&1 || true
tail -1 "$WORK/ingest.log"

"$VANTHU" serve --index "$WORK/archive.sqlite" --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$PORT/api/facets" >/dev/null && break; sleep 0.2; done

BASE="http://127.0.0.1:$PORT"
# The seed plan (63/KH-THNH) as scanned cleanly, and the search that finds it without diacritics.
PLAN=$(curl -fs "$BASE/api/search?q=63%2FKH-THNH&limit=50" | python3 -c '
import json, sys
results = json.load(sys.stdin)["results"]
own = [r for r in results if r["kind"] == "instrument"]
clean = [r for r in own if "clean" in r["sourcePath"]]
print((clean or own or results)[0]["id"])')
echo "seed plan: document $PLAN"

shot() {  # name url [height]
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1280,"${3:-1600}" --virtual-time-budget=4000 --screenshot="$OUT/$1.png" "$2" >/dev/null 2>&1
  echo "$OUT/$1.png"
}
# Two uploads through the API as the page's script sends them (one good, one refused by content).
TOKEN=$(curl -fs "$BASE/api/session" | python3 -c 'import json, sys; print(json.load(sys.stdin)["csrfToken"])')
upload() { curl -s -o /dev/null -w "upload $2: %{http_code}\n" -H "X-CSRF-Token: $TOKEN" -H "X-File-Name: $2" --data-binary "@$1" "$BASE/api/uploads"; }
upload Corpus/truth/tb-tcd.gt.txt "47-TB-UBND.txt"
head -c 2048 /dev/urandom > "$WORK/scan.pdf"; upload "$WORK/scan.pdf" "scan.pdf"
sleep 2
shot search "$BASE/?q=dan+van+chinh+quyen"
shot search-instrument "$BASE/?q=QĐ+3855"
shot document "$BASE/documents/$PLAN?q=dan+chu" 2600
shot graph "$BASE/documents/$PLAN/graph" 1400
shot deadlines "$BASE/deadlines?today=2024-04-01" 1800
shot upload "$BASE/upload" 900

# The upload page's own script, driven through the DevTools protocol (needs PyPI's websocket-client).
if python3 -c "import websocket" 2>/dev/null; then
  printf '\x00\x01not a scan' > "$WORK/hong.pdf"
  python3 Scripts/web-upload-check.py "$BASE" "$OUT/upload-live.png" \
    "$PWD/Corpus/scans/tb-tcd_clean.png" "$PWD/Corpus/truth/cv-snv.gt.txt" "$WORK/hong.pdf"
fi

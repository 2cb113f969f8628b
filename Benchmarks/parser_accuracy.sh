#!/usr/bin/env bash
# Parser accuracy: precision/recall/F1 per field, citations and deadlines, scored by
# ../shared/tools/score.py against the hand-written truth of Corpus/ (and ../shared/real-dev).
#   1. clean text: the exact text of every corpus document (Corpus/truth/DOC.gt.txt) and the seed;
#   2. OCR: every scan of Corpus/scans, per profile;
#   3. the real e-office scans of ../shared/real-dev.
# usage: swift build -c release && bash Benchmarks/parser_accuracy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
VANTHU=.build/release/vanthu
SCORE=../shared/tools/score.py
FIELDS=number,date,type,issuer
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== clean text (Corpus/truth/*.gt.txt)"
mkdir -p "$tmp/clean"
for gt in Corpus/truth/*.gt.txt; do cp "$gt" "$tmp/clean/$(basename "$gt" .gt.txt).txt"; done
$VANTHU parse --json "$tmp"/clean/*.txt > "$tmp/clean.jsonl" 2>/dev/null
python3 "$SCORE" Corpus/truth "$tmp/clean.jsonl" --fields $FIELDS || true

echo
echo "== OCR of every scan (Corpus/scans); header fields count only on scans holding a first page"
$VANTHU parse --json Corpus/scans > "$tmp/scans.jsonl" 2>/dev/null || true
mkdir -p "$tmp/first"
python3 - "$tmp/first" <<'PY'
import json, pathlib, shutil, sys
for truth in pathlib.Path("Corpus/scans").glob("*.json"):
    t = json.load(open(truth))
    if t.get("scope") == "page" and t.get("page", 1) != 1:
        for field in ("number", "type", "date", "issuer"): t.pop(field, None)
    json.dump(t, open(pathlib.Path(sys.argv[1]) / truth.name, "w"), ensure_ascii=False)
PY
python3 "$SCORE" "$tmp/first" "$tmp/scans.jsonl" --fields $FIELDS || true

echo
echo "== per profile (citation F1, number and date right)"
python3 - "$tmp/scans.jsonl" <<'PY'
import json, sys, pathlib, re, unicodedata
def canon(n):
    if n is None: return None
    n = unicodedata.normalize("NFC", n).replace("\u00d0", "\u0110")
    return re.sub(r"\s*([/-])\s*", r"\1", re.sub(r"[\u2010-\u2015\u2212]", "-", n)).strip().upper()
manifest = json.load(open("Corpus/manifest.json"))
profile = {pathlib.Path(f["file"]).stem: f["profile"] for f in manifest["files"]}
rows = {}
for line in open(sys.argv[1]):
    if not line.startswith("{"): continue
    p = json.loads(line); stem = pathlib.Path(p["source"]["path"]).stem
    truth = json.load(open(f"Corpus/scans/{stem}.json"))
    tc = {canon(c["number"]) for c in truth.get("citations", []) if c.get("number")}
    pc = {canon(c["number"]) for c in p.get("citations", []) if c.get("number")}
    r = rows.setdefault(profile.get(stem, "?"), [0, 0, 0, 0, 0, 0])
    r[0] += len(tc & pc); r[1] += len(pc); r[2] += len(tc)
    if truth.get("scope") != "page" or truth.get("page", 1) == 1:  # header fields only on a first page
        r[3] += 1; r[4] += canon(p.get("number")) == canon(truth.get("number")); r[5] += p.get("date") == truth.get("date")
print(f"  {'profile':18s} {'cit P':>6s} {'cit R':>6s} {'cit F1':>6s}  number  date (first pages)")
for k in sorted(rows):
    tp, np_, nt, n, num, dat = rows[k]
    P = tp / np_ if np_ else 1.0; R = tp / nt if nt else 1.0; F = 2 * P * R / (P + R) if P + R else 0
    print(f"  {k:18s} {P:6.3f} {R:6.3f} {F:6.3f}  {num}/{n}     {dat}/{n}")
PY

if [ -d ../shared/real-dev ]; then
  echo
  echo "== real e-office scans (../shared/real-dev)"
  $VANTHU parse --json ../shared/real-dev/*.pdf > "$tmp/dev.jsonl" 2>/dev/null || true
  python3 "$SCORE" ../shared/real-dev "$tmp/dev.jsonl" --fields $FIELDS || true
fi

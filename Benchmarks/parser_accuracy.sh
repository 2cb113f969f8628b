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
echo "== per profile: citations and deadlines P / R / F1, header fields right on first pages"
python3 - "$tmp/scans.jsonl" "$SCORE" <<'PY'
import json, sys, pathlib, importlib.util
spec = importlib.util.spec_from_file_location("score", sys.argv[2]); score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
manifest = json.load(open("Corpus/manifest.json"))
profile = {pathlib.Path(f["file"]).stem: f["profile"] for f in manifest["files"]}
rows = {}
for line in open(sys.argv[1]):
    if not line.startswith("{"): continue
    p = json.loads(line); stem = pathlib.Path(p["source"]["path"]).stem
    truth = json.load(open(f"Corpus/scans/{stem}.json"))
    r = rows.setdefault(profile.get(stem, "?"), {k: 0 for k in ("ctp", "cp", "ct", "dtp", "dp", "dt", "n", "number", "date", "type", "issuer")})
    tc = {score.canon_number(c["number"]) for c in truth.get("citations", []) if c.get("number")}
    pc = {score.canon_number(c["number"]) for c in p.get("citations", []) if c.get("number")}
    r["ctp"] += len(tc & pc); r["cp"] += len(pc); r["ct"] += len(tc)
    td = [d["date"] for d in truth.get("deadlines", []) if d.get("date")]
    rest = [d["date"] for d in p.get("deadlines", []) if d.get("date")]
    r["dp"] += len(rest); r["dt"] += len(td)
    for d in td:
        if d in rest: rest.remove(d); r["dtp"] += 1
    if truth.get("scope") != "page" or truth.get("page", 1) == 1:  # header fields only on a first page
        r["n"] += 1
        r["number"] += score.canon_number(p.get("number")) == score.canon_number(truth.get("number"))
        r["date"] += p.get("date") == truth.get("date")
        for f in ("type", "issuer"): r[f] += score.fold(p.get(f)) == score.fold(truth.get(f))
print(f"  {'profile':12s} {'citations P/R/F1':>20s} {'deadlines P/R/F1':>20s}  number date type issuer (of first pages)")
for k in sorted(rows):
    r = rows[k]
    c = score.prf(r["ctp"], r["cp"], r["ct"]); d = score.prf(r["dtp"], r["dp"], r["dt"])
    n = r["n"]
    print(f"  {k:12s} {c[0]:6.3f} {c[1]:6.3f} {c[2]:6.3f} {d[0]:6.3f} {d[1]:6.3f} {d[2]:6.3f}  " + "  ".join(f"{r[f]}/{n}" for f in ("number", "date", "type", "issuer")))
PY

if [ -d ../shared/real-dev ]; then
  echo
  echo "== real e-office scans (../shared/real-dev)"
  $VANTHU parse --json ../shared/real-dev/*.pdf > "$tmp/dev.jsonl" 2>/dev/null || true
  python3 "$SCORE" ../shared/real-dev "$tmp/dev.jsonl" --fields $FIELDS || true
fi

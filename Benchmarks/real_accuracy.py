#!/usr/bin/env python3
"""Real scans of offices the parser was not written for: score.py on the 18 real-dev scans, in
two groups (d01–d08: one province's e-office; d09–d18: other offices, writers and scanners), the
full route beside the plain route (`--no-handwriting`: tesseract text and the parser's rules
only) in the same run, the share of wrong numbers and dates given without a warning, and a
calibration table (for values at each confidence band, how many are right).

usage: python3 Benchmarks/real_accuracy.py [--vanthu .build/release/vanthu] [--real-dev ../shared/real-dev]
                                           [--ocr-cache DIR]

With --ocr-cache, the OCR of each scan is kept as `vanthu ocr --format json` in DIR (made on the
first run) and parsed from there on later runs (`vanthu parse` reads such files without OCR).
The real-dev scans are for measuring only: nothing is trained or tuned on single pages.
"""
import argparse, json, pathlib, re, subprocess, sys, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
GROUPS = {"e-office (d01–d08)": [f"d{i:02d}" for i in range(1, 9)],
          "other offices (d09–d18)": [f"d{i:02d}" for i in range(9, 19)]}
BANDS = [(0.9, 1.01), (0.8, 0.9), (0.6, 0.8), (0.4, 0.6), (0.0, 0.4)]


def canon(n):
    if n is None:
        return None
    n = unicodedata.normalize("NFC", n).replace("\u00d0", "\u0110")
    n = re.sub(r"[\u2010-\u2015\u2212]", "-", n)
    return re.sub(r"\s*([/-])\s*", r"\1", n).strip().upper()


def accepted(truth, value, field):
    want = truth if isinstance(truth, list) else [truth]
    if field == "number":
        return canon(value) in {canon(w) for w in want}
    return value in want


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)


def scans(real_dev):
    return sorted(p for p in real_dev.iterdir() if re.fullmatch(r"d\d\d\.(pdf|jpg)", p.name))


def parse(vanthu, files, extra):
    out = run([vanthu, "parse", "--json", *extra, *map(str, files)])
    docs = {}
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            o = json.loads(line)
            docs[re.sub(r"\.(pdf|jpe?g|json)$", "", pathlib.Path(o["source"]["path"]).name)] = o
    return docs


def warned(doc, field):
    words = {"number": ("number",), "date": ("date", "day", "month")}[field]
    return any(any(w in (x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)).lower() for w in words)
               for x in doc.get("warnings", []))


def score(real_dev, predictions, names):
    path = pathlib.Path("/tmp/real_accuracy.jsonl")
    path.write_text("\n".join(json.dumps(predictions[n], ensure_ascii=False) for n in names if n in predictions) + "\n")
    tmp = pathlib.Path("/tmp/real_accuracy_truth")
    tmp.mkdir(exist_ok=True)
    for old in tmp.glob("*.json"):
        old.unlink()
    for n in names:
        (tmp / f"{n}.json").write_text((real_dev / f"{n}.json").read_text())
    out = run([sys.executable, str(real_dev.parent / "tools" / "score.py"), str(tmp), str(path)])
    return [l for l in out.stdout.splitlines() if re.match(r"(number|date|type|issuer|citations|deadlines) ", l)]


def report_field(docs, truths, names, field, details):
    """Prints how many of `names` have `field` wrong or missing, and how many wrong values came
    without a warning; returns (right, silent names)."""
    wrong = [n for n in names if n in docs and not accepted(truths[n][field], docs[n].get(field), field)]
    silent = [n for n in wrong if docs[n].get(field) is not None and not warned(docs[n], field)]
    print(f"  {field}: wrong or missing {len(wrong)}/{len(names)}, wrong without a warning {len(silent)}"
          + (f" ({', '.join(silent)})" if silent else ""))
    if details:
        for n in wrong:
            ev = ((docs[n].get("evidence") or {}).get(field) or {})
            print(f"    {n}: {docs[n].get(field)} (confidence {ev.get('confidence', '—')}), truth {truths[n][field]}")
    return len(names) - len(wrong), silent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vanthu", default=str(ROOT / ".build" / "release" / "vanthu"))
    ap.add_argument("--real-dev", default=str(ROOT.parent / "shared" / "real-dev"))
    ap.add_argument("--ocr-cache")
    ap.add_argument("--details", action="store_true", help="print each wrong number and date with its confidence")
    a = ap.parse_args()
    real_dev = pathlib.Path(a.real_dev).resolve()
    files = scans(real_dev)
    if a.ocr_cache:
        cache = pathlib.Path(a.ocr_cache)
        cache.mkdir(parents=True, exist_ok=True)
        for f in files:
            target = cache / f"{f.stem}.json"
            if not target.exists():
                target.write_text(run([a.vanthu, "ocr", "--format", "json", str(f)]).stdout)
        full = parse(a.vanthu, [cache / f"{f.stem}.json" for f in files], [])
    else:
        full = parse(a.vanthu, files, [])
    plain = parse(a.vanthu, files, ["--no-handwriting"])
    truths = {n: json.load(open(real_dev / f"{n}.json")) for names in GROUPS.values() for n in names}

    for group, names in GROUPS.items():
        print(f"## {group}")
        for label, docs in (("full", full), ("plain", plain)):
            print(f"### {label} route")
            for line in score(real_dev, docs, names):
                print("  " + line)
            for field in ("number", "date"):
                report_field(docs, truths, names, field, a.details)
        print()

    print("## calibration (full route, both groups, number and date)")
    print("  confidence   values  right  share right")
    for lo, hi in BANDS:
        n = right = 0
        for name, doc in full.items():
            for field in ("number", "date"):
                ev = ((doc.get("evidence") or {}).get(field) or {})
                value = doc.get(field)
                if value is None:
                    continue
                # A value with no evidence record is printed and clean: the parser's 0.9.
                c = ev.get("confidence", 0.9)
                if lo <= c < hi:
                    n += 1
                    right += accepted(truths[name][field], value, field)
        share = f"{right / n:.3f}" if n else "—"
        print(f"  {lo:.1f}–{min(hi, 1.0):.1f}    {n:6d} {right:6d}  {share}")


if __name__ == "__main__":
    main()

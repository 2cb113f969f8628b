#!/usr/bin/env python3
"""Handwritten number and day: vanthu's reader against the plain OCR route, in one run.

usage: python3 Benchmarks/handwriting_bench.py [--vanthu .build/release/vanthu] [--real-dev ../shared/real-dev]

Two sets of pages:
  - Corpus/scans/*hand-mnist* and *handwritten*: synthetic pages whose number and day are written
    by hand (held-out MNIST digits, or drawn strokes), exact truth beside each;
  - ../shared/real-dev/*.pdf: real signed e-office scans, hand-checked truth (clerk's file names are
    not used: the PDFs are named dNN).
For each, it runs `vanthu ocr --format json --compare-digit-ocr` once (the handwriting fields
carry both readers' readings) and `vanthu parse --json` twice: with the handwriting reader and with `--no-handwriting`
(the plain route: tesseract + the parser's rules). It prints:
  - per reader (classifier top reading, tesseract with a digit whitelist on the same ink, the plain
    OCR text): how often the number's digits and the day are read right;
  - per route (full decision vs plain): number and date accuracy, and the share of wrong values
    given without a warning (the harmful kind), plus ../shared/tools/score.py --fields number,date.
"""
import argparse, json, pathlib, re, subprocess, sys, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent


def canon(n):
    n = unicodedata.normalize("NFC", n or "").replace("\u00d0", "\u0110").replace(" ", "")
    return re.sub(r"[\u2010-\u2015]", "-", n).upper()


def digits_of(number):
    m = re.match(r"(\d+)", number or "")
    return m.group(1) if m else None


def pages_sets(real_dev):
    corpus = sorted(p for p in (ROOT / "Corpus" / "scans").iterdir()
                    if ("hand-mnist" in p.name or "handwritten" in p.name) and p.suffix in (".jpg", ".png", ".tif", ".pdf"))
    truth = {}
    for p in corpus:
        t = json.load(open(p.with_suffix(".json")))
        truth[str(p)] = (t["number"], t["date"])
    real = sorted(pathlib.Path(real_dev).glob("d*.pdf"))
    for p in real:
        t = json.load(open(p.with_suffix(".json")))
        truth[str(p)] = (t["number"], t["date"])
    return [("corpus handwritten", [str(p) for p in corpus]), ("real-dev", [str(p) for p in real])], truth


def run_json(cmd):
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.startswith("{")]


def options(truth_value):
    return truth_value if isinstance(truth_value, list) else [truth_value]


def reader_scores(vanthu, files, truth):
    """Top reading of each reader for the number digits and the day, right or not."""
    counts = {}
    for doc in run_json([vanthu, "ocr", "--format", "json", "--compare-digit-ocr", *files]):
        number, date = truth[doc["path"]]
        want = {"number": {digits_of(canon(n)) for n in options(number)}, "day": {str(int(d[8:10])) for d in options(date) if d}}
        page = doc["pages"][0]
        fields = {f["kind"]: f for f in page.get("handwriting") or []}
        for kind in ("number", "day"):
            f = fields.get(kind)
            for method in ("classifier", "ocr-digits"):
                r = next((r for r in (f or {}).get("readings", []) if r["method"] == method), None)
                got = r["digits"] if r else None
                ok = bool(got) and got.isdigit() and any(w and int(w) == int(got) for w in want[kind])
                key = (kind, method)
                counts.setdefault(key, [0, 0])
                counts[key][0] += ok
                counts[key][1] += 1
    return counts


def route_scores(parsed, truth):
    """number/date accuracy and wrong-without-warning for parse output."""
    res = {"number": [0, 0, 0], "date": [0, 0, 0]}  # right, wrong silently, total
    for doc in parsed:
        number, date = truth[doc["source"]["path"]]
        warnings = " ".join(doc.get("warnings", []))
        for field, want, got in (("number", {canon(n) for n in options(number)}, canon(doc.get("number")) if doc.get("number") else None),
                                 ("date", set(options(date)), doc.get("date"))):
            res[field][2] += 1
            if got in want:
                res[field][0] += 1
            else:
                warned = ("number" in warnings) if field == "number" else ("date" in warnings or "day" in warnings)
                if got is not None and not warned:
                    res[field][1] += 1
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vanthu", default=str(ROOT / ".build" / "release" / "vanthu"))
    ap.add_argument("--real-dev", default=str(ROOT.parent / "shared" / "real-dev"))
    a = ap.parse_args()
    sets, truth = pages_sets(a.real_dev)
    for name, files in sets:
        if not files:
            continue
        print(f"== {name}: {len(files)} files")
        counts = reader_scores(a.vanthu, files, truth)
        for (kind, method), (ok, n) in sorted(counts.items()):
            print(f"  reader {method:<11} {kind:<6} right {ok}/{n}")
        full = run_json([a.vanthu, "parse", "--json", *files])
        plain = run_json([a.vanthu, "parse", "--json", "--no-handwriting", *files])
        for label, parsed in (("vanthu", full), ("plain OCR", plain)):
            s = route_scores(parsed, truth)
            for field in ("number", "date"):
                right, silent, total = s[field]
                print(f"  route {label:<10} {field:<6} right {right}/{total} ({right / max(1, total):.2f}), "
                      f"wrong without warning {silent}/{total}")
        if name == "real-dev":
            tmp = pathlib.Path("/tmp/vanthu-hw-dev.jsonl")
            tmp.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in full))
            subprocess.run([sys.executable, str(ROOT.parent / "shared" / "tools" / "score.py"), a.real_dev, str(tmp),
                            "--fields", "number,date"])


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Which documents still stand: the acts read from the Corpus scenario (Corpus/status/, four text
documents that act on each other, truth in Corpus/status/truth.json), the status each archived
number ends with after ingest in both orders, the stale-basis notices; and the acts found on the
real-dev scans' OCR (listed for a person to check: their truth files carry no acts).

usage: python3 Benchmarks/relation_accuracy.py [--vanthu .build/release/vanthu] [--ocr-cache DIR]
"""
import argparse, json, pathlib, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "Corpus" / "status"


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vanthu", default=str(ROOT / ".build" / "release" / "vanthu"))
    ap.add_argument("--ocr-cache", help="saved `vanthu ocr --format json` of the real-dev scans (dNN.json)")
    a = ap.parse_args()
    truth = json.load(open(SCENARIO / "truth.json"))
    files = sorted(SCENARIO.glob("*.txt"))
    parsed = {}
    for line in run([a.vanthu, "parse", "--json", *map(str, files)]).stdout.splitlines():
        if line.startswith("{"):
            o = json.loads(line)
            parsed[pathlib.Path(o["source"]["path"]).stem] = o
    right = total = 0
    for name, want in truth["documents"].items():
        got = {c["number"]: c for c in parsed[name]["citations"] if c.get("number")}
        for number, act in want["acts"].items():
            total += 1
            c = got.get(number, {})
            have = [c.get("action"), c.get("affectedPart")] if c.get("action") else None
            ok = have == act
            right += ok
            if not ok:
                print(f"  {name} {number}: want {act}, got {have}")
        total += 1
        ok = parsed[name].get("effectiveDate") == want["effectiveDate"]
        right += ok
        if not ok:
            print(f"  {name} effectiveDate: want {want['effectiveDate']}, got {parsed[name].get('effectiveDate')}")
    spurious = sum(1 for name, o in parsed.items() for c in o["citations"]
                   if c.get("action") and c.get("number") not in truth["documents"][name]["acts"])
    print(f"scenario acts and effective dates: {right}/{total} right, {spurious} acts on numbers the truth does not list")

    for order in ("forward", "reverse"):
        with tempfile.TemporaryDirectory() as tmp:
            index = str(pathlib.Path(tmp) / "a.sqlite")
            for f in (files if order == "forward" else list(reversed(files))):
                run([a.vanthu, "ingest", str(f), "--index", index])
            good = 0
            for number, state in truth["status"].items():
                out = run([a.vanthu, "show", number, "--index", index]).stdout
                line = next((l for l in out.splitlines() if l.startswith("Hiệu lực")), "")
                expected = {"replaced": "Đã bị thay thế", "in-force": "Còn hiệu lực"}[state]
                good += expected in line
                if expected not in line:
                    print(f"  {order}: {number}: want {state}, got '{line}'")
            stale = 0
            for name, numbers in truth["staleBasis"].items():
                number = parsed[name]["number"]
                out = run([a.vanthu, "show", number, "--index", index]).stdout
                stale += all(any("Căn cứ văn bản đã bị" in l and n in l for l in out.splitlines()) for n in numbers)
            print(f"status after ingest ({order}): {good}/{len(truth['status'])} right; stale-basis notices {stale}/{len(truth['staleBasis'])}")

    if a.ocr_cache:
        found = []
        for line in run([a.vanthu, "parse", "--json", *map(str, sorted(pathlib.Path(a.ocr_cache).glob("d*.json")))]).stdout.splitlines():
            if line.startswith("{"):
                o = json.loads(line)
                for c in o["citations"]:
                    if c.get("action"):
                        found.append((pathlib.Path(o["source"]["path"]).stem, c.get("number") or c.get("name"), c["action"], c.get("affectedPart")))
                if o.get("effectiveDate"):
                    found.append((pathlib.Path(o["source"]["path"]).stem, "effectiveDate", o["effectiveDate"], None))
        print(f"real-dev: {len(found)} acts and effective dates found:")
        for row in found:
            print("  " + " · ".join(str(x) for x in row if x is not None))
        # Scored against the hand-read truth (Benchmarks/relation-truth-realdev.tsv). A number is
        # matched by its serial and first code letters (OCR spells codes badly: "06/TTr-SGŒTTT").
        truth_rows = [l.split("\t") for l in (ROOT / "Benchmarks" / "relation-truth-realdev.tsv").read_text().splitlines()
                      if l and not l.startswith("#")]
        def same(t, f):
            if t[0] != f[0]:
                return False
            if t[1] == "effectiveDate" or f[1] == "effectiveDate":
                return t[1] == f[1]
            head = lambda n: str(n).split("/")[0]
            return head(t[1]) == head(f[1])
        right = 0
        matched = set()
        for f in found:
            t = next((t for i, t in enumerate(truth_rows) if i not in matched and same(t, f)), None)
            if t is None:
                print(f"  wrong (no such act): {' · '.join(str(x) for x in f if x is not None)}")
                continue
            matched.add(truth_rows.index(t))
            ok = t[2] == f[2] and ((len(t) > 3 and t[3] == "part") == (f[3] is not None) or f[1] == "effectiveDate")
            right += ok
            if not ok:
                print(f"  wrong: {' · '.join(str(x) for x in f if x is not None)} (truth {' · '.join(t[1:])})")
        for i, t in enumerate(truth_rows):
            if i not in matched:
                print(f"  missed: {' · '.join(t)}")
        print(f"real-dev acts and effective dates: {right}/{len(found)} found right (precision {right / max(1, len(found)):.2f}), "
              f"{right}/{len(truth_rows)} of the truth (recall {right / max(1, len(truth_rows)):.2f})")


if __name__ == "__main__":
    sys.exit(main())

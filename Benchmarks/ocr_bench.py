#!/usr/bin/env python3
"""OCR benchmark: vanthu against the `tesseract` command on the same pages, in one run.

usage: python3 Benchmarks/ocr_bench.py [--pages N] [--big-pdf 300] [--ablation]

Prints, for the same N page images of Corpus/ (files with a .gt.txt beside them):
  - throughput: vanthu (release build, one engine per core, one OpenMP thread each) in pages/s;
    `tesseract PAGE - -l vie` page by page with its default threading; `OMP_THREAD_LIMIT=1
    tesseract` with one process per core (xargs -P); the ratios; CPU time; peak RSS.
  - accuracy: CER and WER per corpus profile for vanthu and for the tesseract command.
  - with --ablation: CER per profile with each pre-processing step switched off.
  - with --big-pdf N: peak RSS of vanthu on an N-page scanned PDF (made from corpus pages).
Needs: a release build (`swift build -c release`), tesseract-ocr-vie, GNU time, Pillow for --big-pdf.
"""
import argparse, json, os, pathlib, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Corpus"))
from cer import cer_wer  # noqa: E402

VANTHU = ROOT / ".build" / "release" / "vanthu"
GNU_TIME = "/usr/bin/time"


def timed(cmd, env=None, stdout=None):
    """Runs cmd under GNU time; returns (wall s, cpu s, peak RSS MiB, stdout)."""
    fmt = "%e %U %S %M"
    with tempfile.NamedTemporaryFile("r") as report:
        proc = subprocess.run([GNU_TIME, "-f", fmt, "-o", report.name] + cmd, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
        wall, user, system, rss = report.read().split()[-4:]
    return float(wall), float(user) + float(system), int(rss) / 1024, proc.stdout


def corpus_pages(limit):
    """(image, ground truth, profile, pages) for the corpus images the tesseract command can read too."""
    data = json.load(open(ROOT / "Corpus" / "manifest.json"))
    entries = []
    for item in data["files"]:
        path = ROOT / "Corpus" / item["file"]
        if item["format"] in ("png", "jpeg", "tiff") and item.get("gt"):
            entries.append((path, ROOT / "Corpus" / item["gt"], item["profile"], item.get("pages", 1)))
    return entries[:limit]


def vanthu_texts(files, extra=()):
    """Per-file text from one vanthu run (JSON lines)."""
    wall, cpu, rss, out = timed([str(VANTHU), "ocr", "--format", "json", *extra, *map(str, files)])
    texts = {}
    for line in out.splitlines():
        if line.startswith("{"):
            doc = json.loads(line)
            texts[doc["path"]] = "\n".join(p["text"] for p in doc["pages"])
    return wall, cpu, rss, texts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=12)
    ap.add_argument("--big-pdf", type=int, default=0)
    ap.add_argument("--ablation", action="store_true")
    a = ap.parse_args()
    if not VANTHU.exists():
        sys.exit("build first: swift build -c release")
    pages = corpus_pages(a.pages)
    if not pages:
        sys.exit("no corpus pages with ground truth found (Corpus/manifest.json)")
    files = [p for p, _, _, _ in pages]
    cores = os.cpu_count() or 1
    print(f"{len(files)} files ({sum(c for _, _, _, c in pages)} pages) of Corpus/, {cores} cores")

    env_default = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    env_one = dict(env_default, OMP_THREAD_LIMIT="1")

    wall_v, cpu_v, rss_v, ours = vanthu_texts(files)
    start = time.time(); cpu_d = 0.0; rss_d = 0.0; theirs = {}
    for f in files:
        w, c, r, out = timed(["tesseract", str(f), "-", "-l", "vie"], env=env_default)
        cpu_d += c; rss_d = max(rss_d, r); theirs[str(f)] = out
    wall_d = time.time() - start
    listing = "\n".join(map(str, files))
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as lst, tempfile.TemporaryDirectory() as outdir:
        lst.write(listing); lst.flush()
        cmd = ["sh", "-c", f"xargs -P {cores} -I{{}} sh -c 'tesseract \"$1\" {outdir}/$(basename \"$1\") -l vie >/dev/null 2>&1' _ {{}} < {lst.name}"]
        wall_p, cpu_p, rss_p, _ = timed(cmd, env=env_one)

    n = sum(count for _, _, _, count in pages)
    print("\nthroughput (pages/s; higher is better)")
    print(f"  vanthu --jobs {cores}                      {n / wall_v:6.2f}  wall {wall_v:6.1f} s  cpu {cpu_v:6.1f} s  peak RSS {rss_v:6.0f} MiB")
    print(f"  tesseract, default threading, serial     {n / wall_d:6.2f}  wall {wall_d:6.1f} s  cpu {cpu_d:6.1f} s")
    print(f"  OMP_THREAD_LIMIT=1 tesseract, xargs -P{cores}  {n / wall_p:6.2f}  wall {wall_p:6.1f} s  cpu {cpu_p:6.1f} s")
    print(f"  ratio vanthu / default command:  {wall_d / wall_v:5.2f}x  (target >= 2.5x)")
    print(f"  ratio vanthu / parallel command: {wall_p / wall_v:5.2f}x  (target >= 1.0x)")
    print(f"  vanthu CPU per page {cpu_v / n:.2f} s vs default command {cpu_d / n:.2f} s: one OpenMP thread per engine")

    def report(label, texts):
        """Mean order-free CER and WER per profile (the header's columns may be read in either order)."""
        per = {}
        for path, gt, profile, _ in pages:
            scores = cer_wer(gt.read_text(), texts.get(str(path), ""))
            per.setdefault(profile, []).append((scores["cer_order_free"], scores["wer_order_free"]))
        return {k: (sum(c for c, _ in v) / len(v), sum(w for _, w in v) / len(v)) for k, v in per.items()}

    ours_r, theirs_r = report("vanthu", ours), report("tesseract", theirs)
    print("\naccuracy per profile (order-free CER / WER, lower is better)")
    print(f"  {'profile':12s} {'vanthu CER':>10s} {'cmd CER':>9s} {'vanthu WER':>10s} {'cmd WER':>9s}")
    for profile in sorted(ours_r):
        print(f"  {profile:12s} {ours_r[profile][0]:10.4f} {theirs_r[profile][0]:9.4f} {ours_r[profile][1]:10.4f} {theirs_r[profile][1]:9.4f}")
    mean = lambda r: sum(c for c, _ in r.values()) / len(r)
    print(f"  {'mean':12s} {mean(ours_r):10.4f} {mean(theirs_r):9.4f}")

    if a.ablation:
        print("\nablation: CER per profile with one pre-processing step off")
        variants = {"all on": [], "no colour dropout": ["--no-color-dropout"], "no orientation": ["--no-orientation"],
                    "no deskew": ["--no-deskew"], "no even background": ["--no-even-background"], "psm 6 (C API default)": ["--psm", "6"],
                    "psm 4": ["--psm", "4"]}
        results = {}
        for name, flags in variants.items():
            results[name] = report(name, vanthu_texts(files, flags)[3]) if flags else ours_r
        print(f"  {'profile':12s} " + " ".join(f"{k:>18s}" for k in variants))
        for profile in sorted(ours_r):
            print(f"  {profile:12s} " + " ".join(f"{results[k][profile][0]:18.4f}" for k in variants))

    if a.big_pdf:
        from PIL import Image
        with tempfile.TemporaryDirectory() as tmp:
            pdf = pathlib.Path(tmp) / "big.pdf"
            images = [Image.open(p).convert("L") for p, _, profile, count in pages if count == 1][:4]
            frames = [images[i % len(images)] for i in range(a.big_pdf)]
            frames[0].save(pdf, save_all=True, append_images=frames[1:], resolution=300)
            del frames
            w, c, r, _ = timed([str(VANTHU), "ocr", "--format", "text", str(pdf)])
            print(f"\n{a.big_pdf}-page scanned PDF: {a.big_pdf / w:.2f} pages/s, peak RSS {r:.0f} MiB (target < 1024 MiB)")


if __name__ == "__main__":
    main()

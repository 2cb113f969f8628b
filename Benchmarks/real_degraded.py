#!/usr/bin/env python3
"""The 18 real-dev scans as other scanners would have made them: each page rasterised at 300 dpi,
then degraded the way office scanners and phones degrade (lower resolution, heavy JPEG, pages
stored sideways or upside down, skew, a phone photo's uneven light, blur and noise), saved as a
PDF of JPEG pages (what scanner apps write) and read by the full route. score.py on each variant,
in the two groups, with the wrong numbers and dates given without a warning. Nothing is tuned on
these pages: they measure whether a reading that holds on the scan as filed also holds on the
same page from a worse machine.

usage: python3 Benchmarks/real_degraded.py [--vanthu .build/release/vanthu] [--real-dev ../shared/real-dev]
                                           [--work /tmp/real-degraded] [--variants a,b,...] [--details]

Needs poppler-utils (pdftoppm) and Pillow. The OCR of each variant is kept in WORK/<variant>/ocr and
reused on later runs; delete it after changing the OCR stage.
"""
import argparse, json, math, pathlib, random, subprocess, sys, tempfile

from PIL import Image, ImageFilter, ImageChops

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import real_accuracy as ra  # noqa: E402


def gradient(size, low, high, seed):
    """A light falloff across the page from a random corner, as a phone's flash or a window gives."""
    w, h = size
    rng = random.Random(seed)
    cx, cy = rng.choice([(0, 0), (w, 0), (0, h), (w, h)])
    small = Image.new("L", (64, 64))
    diag = math.hypot(64, 64)
    small.putdata([int(255 * (high - (high - low) * math.hypot(x - cx * 64 / w, y - cy * 64 / h) / diag))
                   for y in range(64) for x in range(64)])
    return small.resize(size, Image.BILINEAR)


def noisy(img, sigma, seed):
    rng = random.Random(seed)
    noise = Image.effect_noise(img.size, sigma)  # Gaussian, centred on 128
    noise = ImageChops.offset(noise, rng.randrange(50), rng.randrange(50))
    return Image.merge("RGB", [ImageChops.add(ch, noise, 1, -128) for ch in img.split()])


def degrade(variant, img, index, page):
    """(image, dpi, jpeg quality) of one 300-dpi page under a variant."""
    seed = index * 100 + page
    if variant == "asis-300":
        return img, 300, 90
    if variant == "150dpi":
        return img.resize((img.width // 2, img.height // 2), Image.LANCZOS), 150, 75
    if variant == "jpeg25":
        return img.resize((img.width * 2 // 3, img.height * 2 // 3), Image.LANCZOS), 200, 25
    if variant == "sideways":
        # Alternate the three wrong ways a page is stored: 90° either way and upside down.
        turn = [Image.ROTATE_90, Image.ROTATE_270, Image.ROTATE_180][index % 3]
        return img.resize((img.width * 2 // 3, img.height * 2 // 3), Image.LANCZOS).transpose(turn), 200, 85
    if variant == "skew":
        angle = 2.5 if index % 2 else -2.0
        return img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor="white"), 300, 85
    if variant == "phone":
        # About 130 dpi, light falling off to 70 % across the page, a warm cast, a soft lens, sensor
        # grain (σ 8 grey levels), a hand's 1.5° tilt and a phone's JPEG.
        small = img.resize((img.width * 13 // 30, img.height * 13 // 30), Image.LANCZOS)
        light = gradient(small.size, 0.70, 1.0, seed)
        lit = Image.merge("RGB", [ImageChops.multiply(ch, light) for ch in small.split()])
        warm = Image.merge("RGB", [ch.point(lambda v, k=k: int(v * k)) for ch, k in zip(lit.split(), (1.0, 0.96, 0.86))])
        soft = warm.filter(ImageFilter.GaussianBlur(0.8))
        tilted = noisy(soft, 8, seed).rotate(1.5 if index % 2 else -1.5, resample=Image.BICUBIC, expand=True,
                                             fillcolor=(150, 140, 120))
        return tilted, 130, 60
    raise SystemExit(f"unknown variant {variant}")


VARIANTS = ["asis-300", "150dpi", "jpeg25", "sideways", "skew", "phone"]


def pages_of(scan, tmp):
    if scan.suffix == ".jpg":
        # A photo carries no page size: taken as an A4 page across its shorter side, brought to 300 dpi.
        img = Image.open(scan).convert("RGB")
        scale = 300 * 8.27 / min(img.size)
        return [img.resize((round(img.width * scale), round(img.height * scale)), Image.LANCZOS)]
    prefix = pathlib.Path(tmp) / scan.stem
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(scan), str(prefix)], check=True)
    return [Image.open(p).convert("RGB") for p in sorted(pathlib.Path(tmp).glob(f"{scan.stem}-*.png"))]


def make(variant, scans, out):
    out.mkdir(parents=True, exist_ok=True)
    for index, scan in enumerate(scans):
        target = out / f"{scan.stem}.pdf"
        if target.exists():
            continue
        with tempfile.TemporaryDirectory() as tmp:
            pages = [degrade(variant, img, index, k) for k, img in enumerate(pages_of(scan, tmp))]
            first, dpi, quality = pages[0]
            first.save(target, save_all=True, append_images=[p for p, _, _ in pages[1:]], resolution=dpi,
                       quality=quality)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vanthu", default=str(ra.ROOT / ".build" / "release" / "vanthu"))
    ap.add_argument("--real-dev", default=str(ra.ROOT.parent / "shared" / "real-dev"))
    ap.add_argument("--work", default="/tmp/real-degraded")
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--details", action="store_true")
    a = ap.parse_args()
    real_dev = pathlib.Path(a.real_dev).resolve()
    scans = ra.scans(real_dev)
    truths = {s.stem: json.load(open(real_dev / f"{s.stem}.json")) for s in scans}
    summary = []
    for variant in a.variants.split(","):
        base = pathlib.Path(a.work) / variant
        make(variant, scans, base / "pdf")
        cache = base / "ocr"
        cache.mkdir(parents=True, exist_ok=True)
        for s in scans:
            target = cache / f"{s.stem}.json"
            if not target.exists():
                target.write_text(ra.run([a.vanthu, "ocr", "--format", "json", str(base / "pdf" / f"{s.stem}.pdf")]).stdout)
        docs = ra.parse(a.vanthu, [cache / f"{s.stem}.json" for s in scans], [])
        print(f"## {variant}")
        for group, names in ra.GROUPS.items():
            print(f"### {group}")
            for line in ra.score(real_dev, docs, names):
                print("  " + line)
            for field in ("number", "date"):
                right, silent = ra.report_field(docs, truths, names, field, a.details)
                summary.append((variant, group, field, right, len(names), silent))
        print()
    print("## summary: right / all, and wrong without a warning")
    for variant, group, field, right, total, silent in summary:
        print(f"  {variant:9s} {group:26s} {field:6s} {right:2d}/{total}  silent {len(silent)}" + (f" {','.join(silent)}" if silent else ""))


if __name__ == "__main__":
    main()

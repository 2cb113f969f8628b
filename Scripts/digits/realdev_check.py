"""Experiment, not a test: read the handwritten number and day on the real-dev scans with the
trained model, from hand-picked boxes (page 1 at 300 dpi). The real pages are the dev set: they
tune the augmentation, they are never trained on.

    python3 Scripts/digits/realdev_check.py [weights.npz]   # default: the committed DigitWeights.swift
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image
from scipy import ndimage

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import model  # noqa: E402
from normalize import normalize  # noqa: E402

REAL_DEV = os.path.join(HERE, "..", "..", "..", "shared", "real-dev")
# (scan, field, truth, x0, x1, y centre): the region holding the handwritten digits (and a bit
# of the printed text around it) at 300 dpi, then the x range inside it where digits start.
FIELDS = [
    ("d01", "number", "01", 560, 745, 420, 40, 140), ("d01", "day", "04", 1625, 1810, 450, 45, 140),
    ("d02", "number", "09", 494, 655, 570, 40, 110), ("d02", "day", "20", 1655, 1810, 579, 35, 110),
    ("d03", "number", "22", 440, 595, 525, 35, 120), ("d03", "day", "05", 1511, 1660, 519, 40, 120),
    ("d04", "number", "280", 509, 700, 426, 40, 145), ("d04", "day", "22", 1589, 1750, 429, 40, 120),
    ("d05", "number", "574", 419, 610, 534, 40, 155), ("d05", "day", "04", 1580, 1735, 525, 45, 120),
    ("d07", "number", "47", 515, 670, 519, 40, 125), ("d07", "day", "17", 1625, 1780, 519, 35, 120),
    ("d08", "number", "88", 521, 676, 504, 40, 120), ("d08", "day", "05", 1655, 1825, 531, 35, 135),
]


def page(scan: str, cache: str) -> np.ndarray:
    out = os.path.join(cache, scan)
    if not os.path.exists(out + "-1.pgm"):
        subprocess.run(["pdftoppm", "-r", "300", "-f", "1", "-l", "1", "-gray", os.path.join(REAL_DEV, scan + ".pdf"), out], check=True)
    return np.asarray(Image.open(out + "-1.pgm"))


def candidates(grey: np.ndarray, xa: int, xb: int, count: int) -> list[np.ndarray]:
    """Connected components tall enough to be digits, starting in [xa, xb); a merged component is
    split at its thinnest column while there are fewer components than digits."""
    ink = grey < 140
    labels, _ = ndimage.label(ink, structure=np.ones((3, 3)))
    parts = []
    for i, box in enumerate(ndimage.find_objects(labels)):
        h = box[0].stop - box[0].start
        if h >= 35 and xa <= box[1].start < xb:
            parts.append((box[1].start, (labels[box] == i + 1)))
    parts.sort(key=lambda p: p[0])
    masks = [m for _, m in parts]
    while 0 < len(masks) < count:
        widest = max(range(len(masks)), key=lambda i: masks[i].shape[1])
        m = masks[widest]
        w = m.shape[1]
        cut = w // 3 + int(np.argmin(m[:, w // 3:2 * w // 3].sum(axis=0)))
        masks[widest:widest + 1] = [m[:, :cut], m[:, cut:]]
    return masks


def printed_neighbours(grey: np.ndarray, xa: int, xb: int) -> list[np.ndarray]:
    """The other components of the region (printed letters, colon, slash, dust) at least 15 px
    tall and not cut by the region's edge: what the classifier should call "not a digit"."""
    labels, _ = ndimage.label(grey < 140, structure=np.ones((3, 3)))
    out = []
    for i, box in enumerate(ndimage.find_objects(labels)):
        h = box[0].stop - box[0].start
        handwritten = h >= 35 and xa <= box[1].start < xb
        cut = box[1].start == 0 or box[1].stop == grey.shape[1] or box[0].start == 0 or box[0].stop == grey.shape[0]
        if h >= 15 and not handwritten and not cut:
            out.append(labels[box] == i + 1)
    return out


def main() -> None:
    if len(sys.argv) > 1:
        params = {k: v for k, v in np.load(sys.argv[1]).items()}
    else:
        params = model.load_swift(os.path.join(HERE, "..", "..", "Sources", "HandwrittenDigits", "DigitWeights.swift"))
    cache = os.path.join(tempfile.gettempdir(), "vanthu-realdev-pages")
    os.makedirs(cache, exist_ok=True)
    digits_right = digits_total = fields_right = printed_rejected = printed_total = 0
    for scan, field, truth, x0, x1, yc, xa, xb in FIELDS:
        grey = page(scan, cache)[yc - 60:yc + 60, x0:x1]
        masks = candidates(grey, xa, xb, len(truth))
        glyphs = np.stack([normalize(m) for m in masks])[:, None] if masks else np.zeros((0, 1, 28, 28), np.float32)
        probs = model.predict(params, glyphs)
        read = "".join("?" if p.argmax() == 10 else str(p.argmax()) for p in probs)
        detail = " ".join(f"{'?' if p.argmax() == 10 else p.argmax()}:{p.max():.2f}" for p in probs)
        right = sum(a == b for a, b in zip(read, truth)) if len(read) == len(truth) else 0
        digits_right += right
        digits_total += len(truth)
        fields_right += read == truth
        others = printed_neighbours(grey, xa, xb)
        if others:
            verdicts = model.predict(params, np.stack([normalize(m) for m in others])[:, None]).argmax(1)
            printed_rejected += int((verdicts == 10).sum())
            printed_total += len(others)
        print(f"{scan} {field:6} truth {truth:>3} read {read:>3}  {'ok ' if read == truth else 'BAD'}  [{detail}]")
    print(f"real-dev: {digits_right}/{digits_total} digits, {fields_right}/{len(FIELDS)} fields; "
          f"printed neighbours rejected {printed_rejected}/{printed_total}")


if __name__ == "__main__":
    main()

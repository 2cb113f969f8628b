#!/usr/bin/env python3
"""Held-out check of reading a field with the writer's slant (`InkMask.slant`, `writerSlant` in
`HandwritingReader`): fields of 2–3 digits written by MNIST's test writers (never trained on),
office-pen augmented as in training, as they are and leaning further right (an extra shear of
0.35–0.8: hands past the training's pens), read with the classifier's pen variants alone and with
the field's median slant as one more variant. Also: a printed-slash-like stroke inside a field
must still be rejected.

usage: python3 Benchmarks/digits_slant.py [FIELDS] [--weights A.npz [B.npz ...]]
       (needs Scripts/digits/requirements.txt; --weights reads those members, as an ensemble,
       instead of the committed ones: one member alone beside the ensemble, same fields)

It mirrors the Swift code (shear, dilation, moments, median over glyphs of ≥ 0.6 of the tallest
height, the 0.25 threshold) in numpy; the network is the committed `DigitWeights.swift`.
"""
import sys
from pathlib import Path

import numpy as np
from scipy import ndimage

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Scripts" / "digits"))
import augment  # noqa: E402
import digits_data  # noqa: E402
import model  # noqa: E402
from normalize import normalize  # noqa: E402

UPRIGHT = 0.25
P = model.load_swift(str(ROOT / "Sources" / "HandwrittenDigits" / "DigitWeights.swift"))


def shear(m, f):
    h, w = m.shape
    mid = (h - 1) / 2
    s = int(np.ceil(abs(f) * mid))
    out = np.zeros((h, w + 2 * s), bool)
    ys, xs = np.nonzero(m)
    out[ys, xs + np.round(f * (ys - mid)).astype(int) + s] = True
    return out


def thick(m):
    return ndimage.binary_dilation(np.pad(m, 1), structure=np.ones((3, 3)))


def slant(m):
    ys, xs = np.nonzero(m)
    if len(ys) < 5:
        return 0.0
    y, x = ys - ys.mean(), xs - xs.mean()
    yy = (y * y).sum()
    return 0.0 if yy == 0 else float((x * y).sum() / yy)


def field_slant(field):
    tallest = max(np.ptp(np.nonzero(m)[0]) + 1 for m in field)
    return float(np.median([slant(m) for m in field if (np.ptp(np.nonzero(m)[0]) + 1) * 10 >= 6 * tallest]))


def read(fields, with_slant):
    out = []
    for f in fields:
        s = field_slant(f) if with_slant else 0.0
        for m in f:
            v = [m, shear(m, 0.22), shear(m, -0.22), thick(m)]
            if abs(s) > UPRIGHT:
                v.append(shear(m, -max(-1.0, min(1.0, s))))
            out.append(model.predict(P, np.stack([normalize(x) for x in v])[:, None]).mean(0))
    return np.array(out)


def main():
    global P
    args = sys.argv[1:]
    if "--weights" in args:
        at = args.index("--weights")
        P = [dict(np.load(path)) for path in args[at + 1:]]
        args = args[:at]
    n = int(args[0]) if args else 700
    print(f"network: {len(P) if isinstance(P, list) else 1} member(s)")
    _, _, te_x, te_y = digits_data.writer_split()
    rng = np.random.default_rng(12)
    plain, leaning, labels = [], [], []
    for _ in range(n):
        idx = rng.choice(len(te_y), int(rng.integers(2, 4)))
        masks = [augment.digit_sample(te_x[i], int(te_y[i]), te_x[(i + 7) % len(te_y)], rng) for i in idx]
        plain.append(masks)
        extra = -rng.uniform(0.35, 0.8)
        leaning.append([shear(m, extra) for m in masks])
        labels += [int(te_y[i]) for i in idx]
    labels = np.array(labels)
    slashed = [f[:-1] + [augment.junk_sample(te_x, rng, "slash")] for f in plain[:300]]
    last = np.cumsum([len(f) for f in slashed]) - 1

    def fields_right(p, fields):
        ok, o, right = p.argmax(1) == labels, 0, 0
        for f in fields:
            right += all(ok[o:o + len(f)])
            o += len(f)
        return right / len(fields)

    print(f"{n} fields, {len(labels)} digits of MNIST's test writers")
    print("| reading | digits as written | fields as written | digits leaning | fields leaning | slash in a field rejected |")
    print("|---|---|---|---|---|---|")
    for name, flag in (("pen variants", False), ("+ writer's slant", True)):
        pn, pl, ps = read(plain, flag), read(leaning, flag), read(slashed, flag)
        print(f"| {name} | {np.mean(pn.argmax(1) == labels):.4f} | {fields_right(pn, plain):.3f} | "
              f"{np.mean(pl.argmax(1) == labels):.4f} | {fields_right(pl, leaning):.3f} | {np.mean(ps[last].argmax(1) == 10):.3f} |", flush=True)


if __name__ == "__main__":
    main()

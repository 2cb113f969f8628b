"""The one normalisation of an ink mask into a 28x28 MNIST-like glyph.

Mirrored line by line in Sources/HandwrittenDigits/DigitGlyph.swift; change both or neither.

1. Crop the mask to the bounding box of its ink (w x h).
2. Scale so the longer side is 20 px, keeping the aspect ratio: ow = max(1, floor(w*20/m + 0.5)),
   oh likewise, m = max(w, h). Each output pixel is the area average of the source pixels it
   covers (separable box weights), so values are in 0...1.
3. Place the ow x oh image in 28x28 by an integer shift that brings its centre of mass (pixel
   centres at x + 0.5) to (14, 14): ox = floor(14 - cx + 0.5 + 1e-6) clamped to [0, 28 - ow]; same for y.
"""
from __future__ import annotations

import math

import numpy as np

SIZE = 28
BOX = 20


def _box_weights(src: int, dst: int) -> np.ndarray:
    """dst x src matrix: share of each source pixel in each output pixel (rows sum to 1)."""
    step = src / dst
    weights = np.zeros((dst, src), dtype=np.float64)
    for j in range(dst):
        lo, hi = j * step, (j + 1) * step
        for x in range(int(math.floor(lo)), min(src, int(math.ceil(hi)))):
            overlap = min(hi, x + 1) - max(lo, x)
            if overlap > 0:
                weights[j, x] = overlap / step
    return weights


def normalize(mask: np.ndarray) -> np.ndarray:
    """Binary ink mask (any size, non-zero = ink) -> 28x28 float32 in 0...1."""
    ink = np.asarray(mask) != 0
    out = np.zeros((SIZE, SIZE), dtype=np.float32)
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    if len(rows) == 0:
        return out
    crop = ink[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1].astype(np.float64)
    h, w = crop.shape
    m = max(w, h)
    ow = max(1, int(math.floor(w * BOX / m + 0.5)))
    oh = max(1, int(math.floor(h * BOX / m + 0.5)))
    small = _box_weights(h, oh) @ crop @ _box_weights(w, ow).T
    total = small.sum()
    cy = float((small.sum(axis=1) * (np.arange(oh) + 0.5)).sum() / total)
    cx = float((small.sum(axis=0) * (np.arange(ow) + 0.5)).sum() / total)
    # + 1e-6: a centre exactly on a half pixel rounds the same way whatever the summation order.
    ox = min(max(int(math.floor(SIZE / 2 - cx + 0.5 + 1e-6)), 0), SIZE - ow)
    oy = min(max(int(math.floor(SIZE / 2 - cy + 0.5 + 1e-6)), 0), SIZE - oh)
    out[oy:oy + oh, ox:ox + ow] = small
    return out

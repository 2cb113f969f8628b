"""Turn MNIST digits into candidates like the ones the locator cuts from a 300 dpi office scan,
and make the "not a digit" candidates (class 10) it must reject.

Every sample ends as a binary ink mask of a realistic pixel size, which then goes through the same
normalize() as at inference. Office-pen styles added on top of MNIST: slant and rotation, thick
and thin strokes, the crossbar 7, the flagged 1, fragments of touching neighbours and of the
underline or dot leader, blur then binarisation.
"""
from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from scipy import ndimage

JUNK = 10
FONT_FILES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
]
# Printed letters around the fields ("Số:", "/QĐ-UBND", "ngày", "tháng"), without those a digit
# can honestly look like (O o ô ơ D Q I l i S s B Z z g q b G T).
LETTERS = "ACEFHKMNPRUVWXYĐđacdehkmnprtuvwxyáàạảãâấầậăắằúùụưứừýỳ"
_fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    key = (path, size)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(path, size)
    return _fonts[key]


def _upscale(gray28: np.ndarray, k: int) -> np.ndarray:
    """MNIST grey digit -> float grey (0..1) at k x resolution, padded for later transforms."""
    padded = np.zeros((40, 40), dtype=np.uint8)
    padded[6:34, 6:34] = gray28
    img = Image.fromarray(padded).resize((40 * k, 40 * k), Image.BILINEAR)
    return np.asarray(img, dtype=np.float32) / 255.0


def _bbox(mask: np.ndarray) -> tuple[int, int, int, int] | None:
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if len(rows) == 0:
        return None
    return rows[0], rows[-1] + 1, cols[0], cols[-1] + 1


def _stroke_width(mask: np.ndarray) -> float:
    """Rough stroke width: twice the mean distance to background over the skeleton-ish core."""
    dist = ndimage.distance_transform_edt(mask)
    core = dist[dist >= np.percentile(dist[mask], 70)] if mask.any() else np.array([1.0])
    return max(1.0, 2.0 * float(core.mean()))


def _draw_line(mask: np.ndarray, p0, p1, width: float) -> None:
    img = Image.fromarray(mask.astype(np.uint8) * 255)
    ImageDraw.Draw(img).line([tuple(p0), tuple(p1)], fill=255, width=max(1, int(round(width))))
    mask[:] = np.asarray(img) > 127


def _crossbar_7(mask: np.ndarray, rng: np.random.Generator) -> None:
    box = _bbox(mask)
    if box is None:
        return
    r0, r1, c0, c1 = box
    y = int(r0 + (r1 - r0) * rng.uniform(0.45, 0.62))
    xs = np.flatnonzero(mask[y])
    if len(xs) == 0:
        return
    x = xs.mean()
    half = (c1 - c0) * rng.uniform(0.22, 0.38)
    tilt = (r1 - r0) * rng.uniform(-0.05, 0.03)
    _draw_line(mask, (x - half, y - tilt), (x + half * rng.uniform(0.8, 1.1), y + tilt), _stroke_width(mask) * rng.uniform(0.7, 1.1))


def _flag_1(mask: np.ndarray, rng: np.random.Generator) -> None:
    box = _bbox(mask)
    if box is None:
        return
    r0, r1, c0, c1 = box
    xs = np.flatnonzero(mask[r0 + 1]) if r0 + 1 < r1 else np.flatnonzero(mask[r0])
    if len(xs) == 0:
        return
    top = (xs.mean(), r0 + 1)
    h = r1 - r0
    end = (top[0] - h * rng.uniform(0.18, 0.5), top[1] + h * rng.uniform(0.12, 0.4))
    width = _stroke_width(mask) * rng.uniform(0.7, 1.1)
    _draw_line(mask, top, end, width)
    if rng.random() < 0.25:  # foot serif
        bx = np.flatnonzero(mask[r1 - 2]).mean() if mask[r1 - 2].any() else top[0]
        _draw_line(mask, (bx - h * 0.15, r1 - 2), (bx + h * 0.15, r1 - 2), width)


def _long_bar_4(mask: np.ndarray, rng: np.random.Generator) -> None:
    """Run the crossbar of a 4 on past the stem, as many office hands do."""
    box = _bbox(mask)
    if box is None:
        return
    r0, r1, c0, c1 = box
    h = r1 - r0
    rows = range(r0 + int(0.4 * h), r0 + int(0.8 * h))
    spans = [(np.flatnonzero(mask[r]), r) for r in rows if mask[r].any()]
    if not spans:
        return
    xs, row = max(spans, key=lambda sr: sr[0][-1] - sr[0][0])
    end = xs[-1] + (c1 - c0) * rng.uniform(0.1, 0.35)
    _draw_line(mask, (xs[-1], row), (end, row + h * rng.uniform(-0.05, 0.03)), _stroke_width(mask) * rng.uniform(0.7, 1.0))


def _affine(gray: np.ndarray, rng: np.random.Generator, strength: float = 1.0) -> np.ndarray:
    """Rotation ±10°, shear (slant), anisotropic scale; about the image centre."""
    h, w = gray.shape
    angle = math.radians(rng.uniform(-10, 10) * strength)
    shear = rng.uniform(-0.15, 0.45) * strength  # office hands slant right more often
    sx = rng.uniform(0.75, 1.2)
    sy = rng.uniform(0.9, 1.1)
    ca, sa = math.cos(angle), math.sin(angle)
    # forward map: x' = A x; PIL wants the inverse
    a = np.array([[ca, -sa], [sa, ca]]) @ np.array([[1, -shear], [0, 1]]) @ np.diag([sx, sy])
    inv = np.linalg.inv(a)
    cx, cy = w / 2, h / 2
    off = np.array([cx, cy]) - inv @ np.array([cx, cy])
    img = Image.fromarray((gray * 255).astype(np.uint8))
    out = img.transform((w, h), Image.AFFINE, (inv[0, 0], inv[0, 1], off[0], inv[1, 0], inv[1, 1], off[1]), Image.BILINEAR)
    return np.asarray(out, dtype=np.float32) / 255.0


def _thickness(mask: np.ndarray, rng: np.random.Generator, k: int) -> np.ndarray:
    r = rng.choice([-2, -1, 0, 0, 1, 1, 2, 3]) * max(1, k // 2)
    if r > 0:
        return ndimage.binary_dilation(mask, iterations=int(r))
    if r < 0:
        thin = ndimage.binary_erosion(mask, iterations=int(-r))
        return thin if thin.sum() > 0.35 * mask.sum() else mask
    return mask


def _add_neighbour(mask: np.ndarray, other: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Glue a sliver of another glyph (touching neighbour) to the left or right edge."""
    box, obox = _bbox(mask), _bbox(other)
    if box is None or obox is None:
        return mask
    r0, r1, c0, c1 = box
    o0, o1, p0, p1 = obox
    frag_w = max(2, int((c1 - c0) * rng.uniform(0.08, 0.3)))
    frag = other[o0:o1, (p1 - frag_w if rng.random() < 0.5 else p0):][:, :frag_w]
    fh = min(frag.shape[0], mask.shape[0] - r0)
    out = mask.copy()
    if rng.random() < 0.5 and c0 >= frag_w:
        out[r0:r0 + fh, c0 - frag_w + 1:c0 + 1] |= frag[:fh, -frag_w:]
    elif c1 + frag_w <= mask.shape[1]:
        out[r0:r0 + fh, c1 - 1:c1 - 1 + frag.shape[1]] |= frag[:fh]
    return out


def _add_line(mask: np.ndarray, rng: np.random.Generator, k: int) -> np.ndarray:
    """A piece of the printed underline or dot leader crossing the bottom of the glyph."""
    box = _bbox(mask)
    if box is None:
        return mask
    r0, r1, c0, c1 = box
    y = int(r1 - (r1 - r0) * rng.uniform(-0.02, 0.12))
    y = min(max(y, 0), mask.shape[0] - 2)
    out = mask.copy()
    thick = max(1, int(k * rng.uniform(0.4, 1.0)))
    if rng.random() < 0.5:
        out[y:y + thick, c0:c1] = True
    else:
        step = max(3, int(k * rng.uniform(2, 4)))
        for x in range(c0, c1, step):
            out[y:y + thick + 1, x:x + thick + 1] = True
    return out


def _finish(mask: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Blur, binarise, then scan at a realistic size (glyph 16-70 px tall) and binarise again."""
    soft = ndimage.gaussian_filter(mask.astype(np.float32), sigma=rng.uniform(0.3, 1.5))
    mask = soft > rng.uniform(0.35, 0.6)
    box = _bbox(mask)
    if box is None:
        return mask
    r0, r1, c0, c1 = box
    mask = mask[r0:r1, c0:c1]
    target_h = rng.uniform(16, 70)
    scale = target_h / max(1, mask.shape[0])
    if scale < 1:
        nw, nh = max(1, int(round(mask.shape[1] * scale))), max(1, int(round(mask.shape[0] * scale)))
        grey = Image.fromarray(mask.astype(np.uint8) * 255).resize((nw, nh), Image.BOX)
        small = np.asarray(grey) > rng.uniform(90, 160)
        if small.any():
            mask = small
    return mask


def digit_sample(gray28: np.ndarray, label: int, other28: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """One augmented binary ink mask of the given MNIST digit (redrawn when the draw wiped it out)."""
    for _ in range(4):
        mask = _digit_sample(gray28, label, other28, rng)
        box = _bbox(mask)
        if box is not None and box[1] - box[0] >= 10 and mask.sum() >= 25:
            return mask
    return mask


def _digit_sample(gray28: np.ndarray, label: int, other28: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    k = int(rng.integers(2, 5))
    grey = _upscale(gray28, k)
    mask = grey > rng.uniform(0.3, 0.65)
    if label == 7 and rng.random() < 0.45:
        _crossbar_7(mask, rng)
    if label == 1 and rng.random() < 0.5:
        _flag_1(mask, rng)
    if label == 4 and rng.random() < 0.3:
        _long_bar_4(mask, rng)
    grey = _affine(mask.astype(np.float32), rng)
    mask = grey > 0.5
    mask = _thickness(mask, rng, k)
    if rng.random() < 0.3:
        other = _upscale(other28, k) > 0.5
        mask = _add_neighbour(mask, other, rng)
    if rng.random() < 0.08:
        mask = _add_line(mask, rng, k)
    return _finish(mask, rng)


def _text_mask(text: str, rng: np.random.Generator) -> np.ndarray:
    font = _font(FONT_FILES[int(rng.integers(len(FONT_FILES)))], int(rng.integers(40, 90)))
    img = Image.new("L", (60 * max(1, len(text)) + 80, 160), 0)
    ImageDraw.Draw(img).text((20, 20), text, fill=255, font=font)
    return np.asarray(img) > 127


JUNK_KINDS = ["slash", "dot", "dash", "underline", "letters", "fragment", "blob", "half", "pair", "colon"]
JUNK_SHARES = [0.12, 0.07, 0.1, 0.08, 0.22, 0.1, 0.06, 0.1, 0.1, 0.05]


def junk_sample(digits: np.ndarray, rng: np.random.Generator, kind: str | None = None) -> np.ndarray:
    """One binary ink mask of something that is not a single digit (of the given kind, or drawn)."""
    if kind is None:
        kind = str(rng.choice(JUNK_KINDS, p=JUNK_SHARES))
    size = 120
    mask = np.zeros((size, size * 2), dtype=bool)
    if kind == "slash":
        if rng.random() < 0.5:
            mask = _text_mask("/", rng)
        else:
            h = rng.uniform(60, 100)
            lean = h * math.tan(math.radians(rng.uniform(18, 35)))
            _draw_line(mask, (80, 10 + h), (80 + lean, 10), rng.uniform(3, 9))
    elif kind == "dot":
        r = rng.uniform(3, 10)
        cx, cy = 100 + rng.uniform(-5, 5), 60
        yy, xx = np.mgrid[0:size, 0:size * 2]
        mask = (xx - cx) ** 2 / (r * rng.uniform(0.6, 1.5)) ** 2 + (yy - cy) ** 2 / r ** 2 <= 1
    elif kind == "dash":
        w = rng.uniform(20, 80)
        t = rng.uniform(3, 10)
        tilt = rng.uniform(-6, 6)
        _draw_line(mask, (40, 60), (40 + w, 60 + tilt), t)
    elif kind == "underline":
        w = rng.uniform(80, 220)
        mask = np.zeros((size, 260), dtype=bool)
        _draw_line(mask, (10, 60), (10 + w, 60 + rng.uniform(-2, 2)), rng.uniform(2, 5))
        if rng.random() < 0.5:  # a dot leader instead of a line
            keep = (np.arange(mask.shape[1]) // int(rng.integers(6, 14))) % 2 == 0
            mask &= keep[None, :]
    elif kind == "letters":
        n = int(rng.integers(1, 3))
        text = "".join(LETTERS[int(i)] for i in rng.integers(0, len(LETTERS), n))
        mask = _text_mask(text, rng)
        if rng.random() < 0.3:
            mask = _affine(mask.astype(np.float32), rng, 0.5) > 0.5
    elif kind == "fragment":
        mask = _text_mask(LETTERS[int(rng.integers(len(LETTERS)))], rng)
        box = _bbox(mask)
        if box is not None:
            r0, r1, c0, c1 = box
            cut = int(r0 + (r1 - r0) * rng.uniform(0.3, 0.6))
            if rng.random() < 0.5:
                mask[:cut] = False
            else:
                mask[cut:] = False
    elif kind == "blob":
        yy, xx = np.mgrid[0:size, 0:size]
        mask = np.zeros((size, size), dtype=bool)
        for _ in range(int(rng.integers(2, 6))):
            cx, cy, r = rng.uniform(40, 80), rng.uniform(40, 80), rng.uniform(8, 25)
            mask |= (xx - cx) ** 2 + (yy - cy) ** 2 <= r ** 2
    elif kind == "colon":
        mask = _text_mask(":" if rng.random() < 0.6 else "-", rng)
    elif kind in ("half", "pair"):
        i, j = rng.integers(0, len(digits), 2)
        k = 3
        a = _affine(_upscale(digits[i], k), rng) > 0.5
        if kind == "half":
            box = _bbox(a)
            if box is not None:
                r0, r1, c0, c1 = box
                if rng.random() < 0.5:
                    cut = int(c0 + (c1 - c0) * rng.uniform(0.3, 0.55))
                    a[:, cut:] = False if rng.random() < 0.5 else a[:, cut:]
                    if a[:, cut:].any():
                        a[:, :cut] = False
                else:
                    cut = int(r0 + (r1 - r0) * rng.uniform(0.35, 0.55))
                    a[cut:] = False
            mask = a
        else:
            b = _affine(_upscale(digits[j], k), rng) > 0.5
            ba, bb = _bbox(a), _bbox(b)
            if ba is not None and bb is not None:
                wa = ba[3] - ba[2]
                gap = int(rng.uniform(-0.15, 0.02) * wa)
                mask = np.zeros((a.shape[0], a.shape[1] * 2 + 40), dtype=bool)
                mask[:, :a.shape[1]] |= a
                start = ba[3] + gap - bb[2]
                mask[:, max(0, start):max(0, start) + b.shape[1]] |= b[:, :mask.shape[1] - max(0, start)]
            else:
                mask = a
    if not mask.any():
        mask = np.zeros((10, 10), dtype=bool)
        mask[4:6, 2:8] = True
    return _finish(mask, rng)

"""Turn MNIST digits into candidates like the ones the locator cuts from a 300 dpi office scan,
and make the "not a digit" candidates (class 10) it must reject.

Every sample ends as a binary ink mask of a realistic pixel size, which then goes through the same
normalize() as at inference. Office-pen styles added on top of MNIST: slant and rotation, thick
and thin strokes, the crossbar 7, the flagged 1, fragments of touching neighbours and of the
underline or dot leader, blur then binarisation; stroke-drawn office forms that MNIST lacks
(open-top 4, looped 2 and 3, narrow 9 with a straight stem, crossbar 7, flagged 1); thin
ballpoint to thick felt strokes; and a simulated scan: black, blue or faint grey ink on paper,
pen texture, 150 dpi blur, JPEG artefacts, then an Otsu-like threshold as the reader uses.
"""
from __future__ import annotations

import io
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
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-BoldItalic.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf",
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


def _otsu(grey: np.ndarray) -> int:
    """Otsu's split of a uint8 histogram, clamped to 60...170 like InkImage.threshold in Swift."""
    hist = np.bincount(grey.ravel(), minlength=256).astype(np.float64)
    levels = np.arange(256)
    w0 = np.cumsum(hist)
    s0 = np.cumsum(hist * levels)
    total, ssum = w0[-1], s0[-1]
    w1 = total - w0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = w0 * w1 * (s0 / w0 - (ssum - s0) / w1) ** 2
    between[~np.isfinite(between)] = -1
    return int(min(170, max(60, int(np.argmax(between)))))


def _scan(mask: np.ndarray, rng: np.random.Generator, plain: float = 0.25) -> np.ndarray:
    """Put the ink on paper and scan it: pen blur and texture, black / blue / faint grey ink, glyph
    16-70 px tall at 300 dpi (sometimes scanned at 150 dpi and upscaled), sensor noise, JPEG,
    then a threshold (Otsu of the glyph, or a fixed one as when dark print shares the region)."""
    if rng.random() < plain:
        return _finish(mask, rng)
    box = _bbox(mask)
    if box is None:
        return mask
    r0, r1, c0, c1 = box
    pad = max(2, (r1 - r0) // 8)
    src = np.zeros((r1 - r0 + 2 * pad, c1 - c0 + 2 * pad), np.float32)
    src[pad:-pad, pad:-pad] = mask[r0:r1, c0:c1]
    cover = ndimage.gaussian_filter(src, sigma=rng.uniform(0.3, 1.5))
    if rng.random() < 0.5:  # ballpoint: uneven ink along the stroke
        noise = ndimage.gaussian_filter(rng.standard_normal(src.shape).astype(np.float32), rng.uniform(1, 4))
        noise /= noise.std() + 1e-6
        cover *= np.clip(1 - rng.uniform(0.1, 0.45) * np.abs(noise), 0, 1)
    target_h = rng.uniform(16, 70)
    scale = min(1.0, target_h / (r1 - r0))  # scanned smaller, never blown up (a dash stays a dash)
    low = rng.random() < 0.25  # 150 dpi scan, upscaled to 300
    s = scale / 2 if low else scale
    nw, nh = max(2, int(round(src.shape[1] * s))), max(2, int(round(src.shape[0] * s)))
    small = np.asarray(Image.fromarray(cover).resize((nw, nh), Image.BOX), np.float32)
    paper = rng.uniform(205, 252)
    ink_kind = rng.random()
    if ink_kind < 0.5:
        ink = rng.uniform(10, 70)  # black pen
    elif ink_kind < 0.8:
        ink = rng.uniform(60, 135)  # blue ballpoint seen in grey
    else:
        ink = rng.uniform(120, 175)  # faint grey / worn-out pen
    grey = paper - (paper - ink) * np.clip(small, 0, 1)
    grey += rng.standard_normal(grey.shape).astype(np.float32) * rng.uniform(0, 7)
    img = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8))
    if low:
        img = img.resize((nw * 2, nh * 2), Image.BILINEAR)
    if rng.random() < 0.45:
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=int(rng.integers(25, 90)))
        buf.seek(0)
        img = Image.open(buf).convert("L")
    g = np.asarray(img)
    t = _otsu(g)
    if rng.random() < 0.35:  # the region's threshold, set by darker print beside the digit
        t = int(min(t, rng.uniform(90, 170)))
    out = g <= t
    # A stroke the threshold broke up is realistic; a glyph it mostly wiped out (a 7 reduced to
    # its stem) would be a wrong label: then the plain path.
    ref = small > 0.5
    if low:
        ref = np.asarray(Image.fromarray(ref.astype(np.uint8) * 255).resize((nw * 2, nh * 2), Image.BILINEAR)) > 127
    rb, ob = _bbox(ref), _bbox(out)
    if ob is None or rb is None:
        return _finish(mask, rng)
    if (ob[1] - ob[0]) < 0.85 * (rb[1] - rb[0]) or (ob[3] - ob[2]) < 0.8 * (rb[3] - rb[2]) or out.sum() < 0.4 * ref.sum():
        return _finish(mask, rng)
    return out


# Stroke-drawn office forms, in a unit box (x right, y down, height 1). Each is a list of strokes;
# each stroke a list of (x, y) points or ("arc", cx, cy, rx, ry, t0, t1) in degrees, y down.
def _arc(cx, cy, rx, ry, t0, t1, n=14):
    ts = np.radians(np.linspace(t0, t1, n))
    return [(cx + rx * math.cos(t), cy + ry * math.sin(t)) for t in ts]


def _templates(label: int, rng: np.random.Generator) -> list[list[tuple[float, float]]]:
    u = rng.uniform
    if label == 1:
        top = (u(0.35, 0.45), 0.0)
        strokes = [[(top[0] - u(0.12, 0.3), u(0.12, 0.35)), top, (top[0] + u(-0.04, 0.04), 1.0)]]
        if rng.random() < 0.3:
            strokes.append([(top[0] - u(0.12, 0.2), 1.0), (top[0] + u(0.12, 0.2), 1.0)])
        return strokes
    if label == 7:
        x1 = u(0.5, 0.7)
        bottom = (u(0.15, 0.35), 1.0)
        head = [(0.0, u(0.12, 0.25)), (0.02, 0.02)] if rng.random() < 0.3 else [(0.02, 0.02)]
        strokes = [head + [(x1, u(0.0, 0.06)), bottom]]
        if rng.random() < 0.75:
            y = u(0.45, 0.6)
            xm = x1 + (bottom[0] - x1) * y
            strokes.append([(xm - u(0.12, 0.22), y + u(-0.03, 0.03)), (xm + u(0.1, 0.2), y + u(-0.03, 0.03))])
        return strokes
    if label == 4:
        bar = u(0.55, 0.7)
        stem = u(0.4, 0.5)
        if rng.random() < 0.6:  # open top: the left stroke does not meet the stem
            return [[(u(0.05, 0.2), 0.0), (u(0.0, 0.08), bar), (u(0.6, 0.72), bar + u(-0.03, 0.02))],
                    [(stem, u(0.0, 0.25)), (stem + u(-0.05, 0.02), 1.0)]]
        return [[(stem, 1.0), (stem, 0.0), (0.0, bar), (u(0.6, 0.72), bar)]]
    if label == 2:
        r = u(0.22, 0.3)
        arc = _arc(0.3, r, 0.28, r, -170, u(20, 50))
        strokes = [arc + [(u(0.02, 0.1), u(0.86, 0.94))]]
        if rng.random() < 0.7:  # looped bottom
            c = (u(0.1, 0.16), u(0.86, 0.92))
            strokes[0] += _arc(c[0], c[1], u(0.05, 0.09), u(0.04, 0.07), 180, 540, 12)[1:]
        strokes[0].append((u(0.55, 0.7), u(0.92, 1.0)))
        return strokes
    if label == 3:
        if rng.random() < 0.35:  # flat top
            top = [(0.02, 0.0), (u(0.5, 0.6), 0.0), (u(0.2, 0.3), u(0.35, 0.42))]
            return [top + _arc(0.3, 0.68, u(0.25, 0.3), 0.3, -100, 150)[1:]]
        upper = _arc(0.3, 0.24, u(0.22, 0.28), 0.24, -160, 90)
        mid = (0.28, 0.49)
        loop = _arc(mid[0] - 0.05, mid[1], 0.05, 0.04, 0, 360, 10) if rng.random() < 0.6 else [mid]
        lower = _arc(0.3, 0.74, u(0.25, 0.32), 0.26, -100, 155)
        return [upper + loop + lower]
    if label == 9:
        rx = u(0.16, 0.26)
        ry = u(0.16, 0.22)
        cx = 0.45 - rx
        loop = _arc(cx, ry, rx, ry, -10, 350, 18)
        x = cx + rx
        return [loop + [(x, ry), (x + u(-0.06, 0.02), 1.0)]]
    raise ValueError(label)


TEMPLATE_LABELS = (1, 2, 3, 4, 7, 9)


def _stroke_digit(label: int, rng: np.random.Generator, k: int) -> np.ndarray:
    """A stroke-drawn office-pen digit, jittered, as a mask in the 40k x 40k frame of _upscale."""
    side = 40 * k
    h = 20 * k * rng.uniform(0.9, 1.1)
    x0, y0 = side / 2 - h * 0.3, side / 2 - h / 2
    jitter = rng.uniform(0.01, 0.035)
    img = Image.new("L", (side, side), 0)
    draw = ImageDraw.Draw(img)
    width = max(1, int(round(h * rng.uniform(0.05, 0.13))))
    for stroke in _templates(label, rng):
        pts = [(x0 + (x + rng.normal(0, jitter)) * h, y0 + (y + rng.normal(0, jitter)) * h) for x, y in stroke]
        draw.line(pts, fill=255, width=width, joint="curve")
        for p in (pts[0], pts[-1]):
            r = width / 2
            draw.ellipse([p[0] - r, p[1] - r, p[0] + r, p[1] + r], fill=255)
    return np.asarray(img) > 127


def _join_stroke(mask: np.ndarray, rng: np.random.Generator) -> None:
    """The pen's run-in or run-out to a neighbour: a short tail from the glyph's side."""
    box = _bbox(mask)
    if box is None:
        return
    r0, r1, c0, c1 = box
    h = r1 - r0
    y = int(r0 + h * rng.uniform(0.6, 0.95))
    xs = np.flatnonzero(mask[y])
    if len(xs) == 0:
        return
    right = rng.random() < 0.6
    x = xs[-1] if right else xs[0]
    dx = h * rng.uniform(0.1, 0.25) * (1 if right else -1)
    _draw_line(mask, (x, y), (x + dx, y + h * rng.uniform(-0.15, 0.05)), _stroke_width(mask) * rng.uniform(0.6, 1.0))


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
    if label in TEMPLATE_LABELS and rng.random() < 0.22:
        mask = _stroke_digit(label, rng, k)
    else:
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
        _join_stroke(mask, rng)
    if rng.random() < 0.08:
        mask = _add_line(mask, rng, k)
    return _scan(mask, rng)


def _text_mask(text: str, rng: np.random.Generator) -> np.ndarray:
    font = _font(FONT_FILES[int(rng.integers(len(FONT_FILES)))], int(rng.integers(40, 90)))
    img = Image.new("L", (60 * max(1, len(text)) + 80, 160), 0)
    ImageDraw.Draw(img).text((20, 20), text, fill=255, font=font)
    return np.asarray(img) > 127


# How deep two digits of a "pair" junk sample run into each other, in the first one's widths (the
# wider one's for a pair holding a "1", PAIR_ONE_SHARE): 0.15
# for the ensemble's first 12 epochs, 0.35 for its 3 fine-tuning epochs (train.py --pair-overlap),
# as clerks write digits into each other (Benchmarks/hand_fields.py, pen "touching").
PAIR_OVERLAP = 0.35
# The share of "pair" junk samples one of whose digits is a "1" (first two times in three, as in
# "15", "182"), written into the other as deep as PAIR_OVERLAP of the wider one's width: a narrow
# "1" run into a "5" reads as the "5" alone otherwise. 0 (random pairs only) for the ensemble's
# first two steps; train.py --pair-one-share sets it for the third. Needs ONES.
PAIR_ONE_SHARE = 0.0
# Training images of the digit "1", for PAIR_ONE_SHARE (train.py sets it).
ONES: np.ndarray | None = None
JUNK_KINDS = ["slash", "dot", "dash", "underline", "letters", "fragment", "blob", "half", "pair", "colon", "t"]
JUNK_SHARES = [0.11, 0.06, 0.08, 0.07, 0.2, 0.1, 0.05, 0.1, 0.1, 0.05, 0.08]
# Printed words around the handwritten fields ("tháng", "năm", "ngày") whose letters the locator
# may cut out with the digits: the "t" first among them, it is the one most like a "1".
T_WORDS = ["t", "t", "t", "th", "tr", "tá", "tt"]


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
    elif kind == "t":
        word = T_WORDS[int(rng.integers(len(T_WORDS)))]
        mask = _text_mask(word, rng)
        box = _bbox(mask)
        if box is not None and len(word) > 1:  # keep the "t" and a sliver of the next letter
            r0, r1, c0, c1 = box
            cut = c0 + int((c1 - c0) * rng.uniform(0.4, 0.6))
            mask[:, cut:] = False
        if rng.random() < 0.4:
            mask = _affine(mask.astype(np.float32), rng, 0.5) > 0.5
    elif kind == "colon":
        mask = _text_mask(":" if rng.random() < 0.6 else "-", rng)
    elif kind in ("half", "pair"):
        i, j = rng.integers(0, len(digits), 2)
        k = 3
        one_pair = kind == "pair" and PAIR_ONE_SHARE > 0 and ONES is not None and len(ONES) > 0 and rng.random() < PAIR_ONE_SHARE
        first, second = digits[i], digits[j]
        if one_pair:
            one = ONES[int(rng.integers(len(ONES)))]
            if rng.random() < 2 / 3:
                first = one
            else:
                second = one
        a = _affine(_upscale(first, k), rng) > 0.5
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
            b = _affine(_upscale(second, k), rng) > 0.5
            ba, bb = _bbox(a), _bbox(b)
            if ba is not None and bb is not None:
                wa = max(ba[3] - ba[2], bb[3] - bb[2]) if one_pair else ba[3] - ba[2]
                # Written into each other as deep as PAIR_OVERLAP of the first digit's width (the
                # wider one's when a "1" is one of them: its own width would hardly overlap).
                gap = int(rng.uniform(-PAIR_OVERLAP, 0.02) * wa)
                mask = np.zeros((a.shape[0], a.shape[1] * 2 + 40), dtype=bool)
                mask[:, :a.shape[1]] |= a
                start = ba[3] + gap - bb[2]
                mask[:, max(0, start):max(0, start) + b.shape[1]] |= b[:, :mask.shape[1] - max(0, start)]
            else:
                mask = a
    if not mask.any():
        mask = np.zeros((10, 10), dtype=bool)
        mask[4:6, 2:8] = True
    return _scan(mask, rng)

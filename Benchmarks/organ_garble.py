#!/usr/bin/env python3
"""Garbled organ names: how often the parser names the right issuer when OCR misread its name.

    python3 Benchmarks/organ_garble.py --vanthu .build/release/vanthu [--seed 18] [--per-kind 200]

Held-out, synthetic: names are drawn (seeded) from the generated table
Sources/DocumentParser/Issuers/OrganNames.swift, written in capitals in a header as an office
prints them, and corrupted the way OCR corrupts capitals (marks lost or changed, a letter misread
"I"→"l", "O"→"Q", "C"→"G", a letter lost or doubled, a word split, two words run together). Each
header is a text file; `vanthu parse --json` reads them. Reported per group: issuer right once
folded (what shared/tools/score.py compares), spelled exactly as the list spells it, and named as
another organ of the list (a wrong repair).

A control group takes names that are NOT in the table (a listed university's name with another
province, a listed department's field changed) and garbles them the same way: none of them may come
out as an organ of the list. Nothing here is tuned on real scans; run it with the binary of any
commit to compare.
"""
import argparse, json, pathlib, random, re, subprocess, sys, tempfile, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
TABLE = ROOT / "Sources/DocumentParser/Issuers/OrganNames.swift"
PROVINCES = ["Quảng Ngãi", "Bình Định", "Nghệ An", "Hà Tĩnh", "Lâm Đồng", "Bạc Liêu", "Cà Mau", "Đắk Lắk",
             "Gia Lai", "Sơn La", "Lào Cai", "Tuyên Quang", "Hưng Yên", "Ninh Bình", "Long An", "An Giang"]
# OCR confusions of capitals (after the marks): a letter read as another.
CONFUSIONS = {"I": "l1", "O": "Q0", "C": "GE", "E": "F", "H": "N", "N": "H", "U": "V", "G": "C", "B": "8",
              "D": "O", "T": "I", "M": "N", "A": "Ả", "Đ": "D"}
MARKS = {"À": "A", "Á": "Ả", "Ạ": "Ả", "Ả": "Á", "Ấ": "Â", "Ầ": "Ẫ", "Ậ": "Ấ", "Ắ": "Ă", "Ằ": "Ẳ", "Ặ": "Ắ",
         "Ề": "Ê", "Ế": "Ể", "Ệ": "Ế", "Ể": "Ề", "Ì": "Í", "Í": "Ỉ", "Ị": "Í", "Ỉ": "Ì", "Ò": "Ó", "Ó": "Ỏ",
         "Ọ": "Ó", "Ồ": "Ô", "Ố": "Ổ", "Ộ": "Ố", "Ổ": "Ỗ", "Ờ": "Ở", "Ớ": "Ơ", "Ợ": "Ớ", "Ở": "Ỡ", "Ù": "Ú",
         "Ú": "Ủ", "Ụ": "Ú", "Ủ": "Ù", "Ừ": "Ư", "Ứ": "Ử", "Ự": "Ứ", "Ử": "Ữ", "Ỳ": "Ý", "Ý": "Ỷ", "Ỷ": "Y",
         "Ư": "U", "Ơ": "O", "Ô": "O", "Â": "A", "Ă": "A", "Ê": "E"}


def fold(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", s).replace("\u00d0", "\u0110").lower().replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s).strip(" .;,:")


def letters(s):
    return re.sub(r"[^a-z0-9]", "", fold(s) or "")


def table():
    names = set(re.findall(r'^        "[^"]+": "([^"]+)",$', TABLE.read_text(encoding="utf-8"), re.M))
    return sorted(names)


def kind(name):
    f = fold(name)
    if f.startswith(("bo ", "ngan hang", "thanh tra chinh phu", "van phong chinh phu", "uy ban dan toc")):
        return "ministry"
    if f.startswith("so "):
        return "department"
    if f.startswith(("truong dai hoc", "dai hoc", "hoc vien", "truong cao dang", "cao dang")):
        return "school"
    return None


def garble(name, rng, errors):
    """The name in capitals with marks slipped and `errors` letter-level OCR errors."""
    s = unicodedata.normalize("NFC", name.upper())
    chars = [MARKS.get(c, c) if c in MARKS and rng.random() < 0.25 else c for c in s]
    for _ in range(errors):
        spots = [i for i, c in enumerate(chars) if c.isalpha()]
        if not spots:
            break
        i = rng.choice(spots)
        op = rng.random()
        base = unicodedata.normalize("NFD", chars[i])[0]
        if op < 0.55 and base in CONFUSIONS:
            chars[i] = rng.choice(CONFUSIONS[base])
        elif op < 0.7:
            del chars[i]
        elif op < 0.8:
            chars.insert(i, chars[i])
        elif op < 0.9 and 0 < i < len(chars) - 1 and chars[i - 1] != " ":
            chars.insert(i, " ")  # a word split
        else:
            j = "".join(chars).find(" ", i)
            if j > 0:
                del chars[j]  # two words run together
            else:
                chars[i] = rng.choice("lIJ")
    return "".join(chars)


def header(organ_line, parent_line):
    lines = []
    if parent_line:
        lines.append(parent_line + " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        lines.append(organ_line + " Độc lập - Tự do - Hạnh phúc")
    else:
        lines.append(organ_line + " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        lines.append("Độc lập - Tự do - Hạnh phúc")
    lines += ["Số: 12/TB-VP Hà Nội, ngày 05 tháng 3 năm 2024", "THÔNG BÁO", "Về việc tổ chức hội nghị tổng kết năm",
              "Thực hiện kế hoạch công tác năm 2024, cơ quan thông báo như sau:", ""]
    return "\n".join(lines)


def decision(organ_line, parent_line, authority):
    """A Quyết định whose authority line (title and organ) sits under the subject."""
    lines = [(parent_line or organ_line) + " CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             (organ_line if parent_line else "") + " Độc lập - Tự do - Hạnh phúc",
             "Số: 12/QĐ-VP Hà Nội, ngày 05 tháng 3 năm 2024", "QUYẾT ĐỊNH", "Về việc tổ chức hội nghị tổng kết năm",
             authority, "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
             "Điều 1. Tổ chức hội nghị tổng kết năm.", ""]
    return "\n".join(lines)


def controls(names, rng):
    """Names of the same shapes that are not in the table."""
    known = {letters(n) for n in names}
    out = []
    for n in names:
        k = kind(n)
        if k == "school":
            words = n.split(" ")
            candidate = " ".join(words[:-2] + rng.choice(PROVINCES).split(" ")) if len(words) > 4 else n + " " + rng.choice(PROVINCES)
        elif k == "department":
            candidate = n.replace("Sở", "Sở Quản lý", 1)
        elif k == "ministry":
            candidate = n + " và Phát triển"
        else:
            continue
        if letters(candidate) not in known:
            out.append(candidate)
    return sorted(set(out))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vanthu", default=str(ROOT / ".build/release/vanthu"))
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--per-kind", type=int, default=200)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    names = table()
    known = {letters(n): n for n in names}
    cases = []  # (group, file stem, truth, listed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        for k in ("ministry", "department", "school"):
            pool = [n for n in names if kind(n) == k]
            for i in range(args.per_kind):
                name = rng.choice(pool)
                errors = 0 if i % 4 == 0 else (1 if i % 4 in (1, 2) else 2)
                parent = {"ministry": None, "department": "ỦY BAN NHÂN DÂN TỈNH " + rng.choice(PROVINCES).upper(),
                          "school": "BỘ GIÁO DỤC VÀ ĐÀO TẠO"}[k]
                stem = f"{k}-{i:03d}"
                (folder / f"{stem}.txt").write_text(header(garble(name, rng, errors), parent), encoding="utf-8")
                cases.append((f"{k} ({['exact', '1 error', '1 error', '2 errors'][i % 4]})", stem, name, True))
        # Authority lines: the organ block read well, the title and organ under the subject garbled.
        for k, title, spelled in (("ministry", "BỘ TRƯỞNG", "Bộ trưởng"), ("school", "HIỆU TRƯỞNG", "Hiệu trưởng")):
            pool = [n for n in names if kind(n) == k and fold(n).startswith(("bo ", "truong dai hoc"))]
            for i in range(args.per_kind // 2):
                name = rng.choice(pool)
                # A title of eight letters ("BỘ TRƯỞNG") tolerates slipped marks only, a longer one a letter.
                written = garble(title, rng, 0 if len(letters(title)) < 9 else 1)
                authority = written + " " + garble(name, rng, 1)
                parent = "BỘ GIÁO DỤC VÀ ĐÀO TẠO" if k == "school" else None
                stem = f"authority-{k}-{i:03d}"
                (folder / f"{stem}.txt").write_text(decision(name.upper(), parent, authority), encoding="utf-8")
                cases.append((f"authority line, {k} (title and organ garbled)", stem, f"{spelled} {name}", True))
        for i, name in enumerate(controls(names, rng)[: args.per_kind]):
            stem = f"control-{i:03d}"
            (folder / f"{stem}.txt").write_text(header(garble(name, rng, 1), None), encoding="utf-8")
            cases.append(("control (not in the list, 1 error)", stem, name, False))
        out = subprocess.run([args.vanthu, "parse", "--json", str(folder)], capture_output=True, text=True)
        issuers = {}
        for line in out.stdout.splitlines():
            if line.startswith("{"):
                o = json.loads(line)
                issuers[pathlib.Path(o["source"]["path"]).stem] = o.get("issuer")
    groups = {}
    for group, stem, truth, listed in cases:
        g = groups.setdefault(group, {"n": 0, "right": 0, "exact": 0, "other organ": 0})
        got = issuers.get(stem)
        g["n"] += 1
        if fold(got) == fold(truth):
            g["right"] += 1
        if got == truth:
            g["exact"] += 1
        # The organ named, without a title before it ("Hiệu trưởng Trường …" names the school).
        organ = re.sub(r"^(hieu truong|bo truong) ", "", fold(got) or "")
        other = known.get(letters(organ))
        if other is not None and letters(other) != letters(re.sub(r"^(hieu truong|bo truong) ", "", fold(truth))):
            g["other organ"] += 1
    print(f"seed {args.seed}, {len(cases)} headers, binary {args.vanthu}")
    print(f"{'group':40} {'n':>4} {'right (folded)':>15} {'spelled as listed':>18} {'another organ':>14}")
    for group in sorted(groups):
        g = groups[group]
        print(f"{group:40} {g['n']:4d} {g['right']:9d} {g['right'] / g['n']:5.2f} {g['exact']:12d} {g['exact'] / g['n']:5.2f} {g['other organ']:14d}")


if __name__ == "__main__":
    sys.exit(main())

"""The documents of the corpus: the seed plan and templates for generated dispatches.

Every document is a dict with the header fields, body blocks and the ground truth ("truth") in
the format of shared/real-dev/d01.json. Bodies use a tiny markup: **bold**, __italic__.
Body block kinds: p (justified paragraph, first-line indent), pi (italic paragraph), h (bold
heading paragraph), hc (bold centred line), li (left-aligned indented line).
Citations and deadlines are registered while the text is written (Builder.cite / .deadline), so
the truth always matches what is drawn.
"""
import datetime as dt
import os
import random
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_FILE = os.path.join(HERE, "sources", "000_2394030464bafa6d.txt")


def vdate(iso, fmt="long"):
    """'2023-08-14' -> 'ngày 14 tháng 8 năm 2023' and other printed forms."""
    d = dt.date.fromisoformat(iso)
    if fmt == "long":      # leading zero for day < 10 and months 1, 2 (NĐ 30/2020)
        m = f"{d.month:02d}" if d.month < 3 else str(d.month)
        return f"ngày {d.day:02d} tháng {m} năm {d.year}"
    if fmt == "long0":
        return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    if fmt == "slash":
        return f"ngày {d.day}/{d.month}/{d.year}"
    if fmt == "slash0":
        return f"ngày {d.day:02d}/{d.month:02d}/{d.year}"
    if fmt == "dash":
        return f"ngày {d.day:02d}-{d.month:02d}-{d.year}"
    if fmt == "dot":
        return f"ngày {d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(fmt)


def place_date(place, iso):
    d = dt.date.fromisoformat(iso)
    m = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{place}, ngày {d.day:02d} tháng {m} năm {d.year}"


class Builder:
    def __init__(self, doc_id):
        self.id = doc_id
        self.cits = []
        self.dls = []

    def cite(self, typ, number, date, issuer, about="", fmt="long", rel="reference", name=None,
             with_so=True, truth_issuer=None):
        """Return the citation phrase as printed, and record it in the truth."""
        parts = []
        if name:
            parts.append(name)
            if number:
                parts.append(f"số {number}")
        else:
            parts.append(f"{typ} số {number}" if with_so else f"{typ} {number}")
        if date:
            parts.append(vdate(date, fmt))
        if issuer:
            parts.append(f"của {issuer}")
        if about:
            parts.append(about)
        phrase = " ".join(parts)
        self.add(typ, number, date, truth_issuer or issuer, rel, phrase, name)
        return phrase

    def add(self, typ, number, date, issuer, rel, text, name=None):
        key = number or name
        for c in self.cits:
            if (c["number"] or c.get("name")) == key:
                if rel == "basis":
                    c["relation"] = "basis"
                return
        c = {"type": typ, "number": number, "date": date, "issuer": issuer, "relation": rel, "text": text}
        if name:
            c["name"] = name
        self.cits.append(c)

    def deadline(self, date, text, time=None, task=None, responsible=None):
        d = {"date": date, "text": text}
        if time:
            d["time"] = time
        if task:
            d["task"] = task
        if responsible:
            d["responsible"] = responsible
        self.dls.append(d)
        return text


def finish(doc, b, **truth):
    t = {"number": None, "type": None, "date": None, "place": None, "issuer": None,
         "parentIssuer": None, "subject": None, "signer": doc["signer_name"],
         "signerTitle": " / ".join(doc["signer_lines"]),
         "recipients": [r.lstrip("- ").rstrip(";.") for r in doc["recipients"]]}
    t.update(truth)
    t["citations"] = b.cits
    t["deadlines"] = b.dls
    doc["truth"] = t
    return doc


# ----------------------------------------------------------------------------------------------
# The seed plan
# ----------------------------------------------------------------------------------------------

def seed_plan():
    raw = open(SEED_FILE, encoding="utf-8").read()
    raw = unicodedata.normalize("NFC", raw)
    lines = [l.strip() for l in raw.split("\n")]
    start = next(i for i, l in enumerate(lines) if l.startswith("Căn cứ"))
    end = next(i for i, l in enumerate(lines) if "Nơi nhận" in l)
    blocks = []
    for l in lines[start:end]:
        if not l:
            continue
        l = l.replace("~~yêu~~", "vận")            # struck-out word in the seed: the intended word
        heading = "**" in l
        l = re.sub(r"^#+\s*", "", l).replace("**", "").strip()
        if heading:
            blocks.append(["h", l])
        elif re.search(r": gửi trước ngày \d", l):
            blocks.append(["li", l])
        elif (blocks and blocks[-1][0] == "p" and not re.search(r"[.;:!?”\")]$", blocks[-1][1])):
            blocks[-1][1] += " " + l                 # paragraph broken by a page break in the seed
        else:
            blocks.append(["p", l])
    doc = {
        "id": "seed-kh63",
        "parent_lines": ["ỦY BAN NHÂN DÂN QUẬN 6"],
        "issuer_lines": ["TRƯỜNG TIỂU HỌC NGUYỄN HUỆ"],
        "number_text": "Số: 63/KH-THNH",
        "place_date": place_date("Quận 6", "2024-02-29"),
        "type_line": "KẾ HOẠCH",
        "subject_lines": ["Triển khai thực hiện công tác dân vận của chính quyền",
                          "và quy chế dân chủ ở cơ sở năm 2024"],
        "body": blocks,
        "recipients": ["- Phòng GDĐT;", "- Lưu: VT."],
        "signer_lines": ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"],
        "signer_name": "Nguyễn Thanh Hải",
        "seal_text": "TRƯỜNG TIỂU HỌC NGUYỄN HUỆ * QUẬN 6 * TP. HỒ CHÍ MINH *",
        "seal_centre": "Q.6",
    }
    b = Builder(doc["id"])
    B, R = "basis", "reference"
    b.add("Kế hoạch", "71/KH-UBND", "2024-02-07", "Ủy ban nhân dân Quận 6", B, "Kế hoạch số 71/KH-UBND ngày 07 tháng 02 năm 2024 của Ủy ban nhân dân Quận 6")
    b.add("Công văn", "163/NV", "2024-02-21", "Phòng Nội vụ", B, "Công văn số 163/NV ngày 21 tháng 02 năm 2024 của Phòng Nội vụ")
    b.add("Kế hoạch", "07/KH-GDĐT", "2024-02-22", "Phòng Giáo dục và Đào tạo", B, "Kế hoạch số 07/KH-GDĐT ngày 22 tháng 02 năm 2024 của Phòng Giáo dục và Đào tạo")
    b.add("Nghị quyết", "98/2023/QH15", None, "Quốc hội", R, "Nghị quyết số 98/2023/QH15 của Quốc hội")
    b.add("Kế hoạch", "246/KH-UBND", "2022-01-21", "Ủy ban nhân dân thành phố Hồ Chí Minh", R, "Kế hoạch số 246/KH-UBND ngày 21 tháng 01 năm 2022 của Ủy ban nhân dân thành phố Hồ Chí Minh")
    b.add("Chương trình phối hợp", "01-CTr/BDVQU-UBND", "2022-03-22", "Ban Dân vận Quận ủy Quận 6 và Ủy ban nhân dân Quận 6", R, "Chương trình phối hợp số 01-CTr/BDVQU-UBND ngày 22 tháng 3 năm 2022")
    b.add("Quyết định", "3855/QĐ-UBND", "2023-09-12", "Ủy ban nhân dân Thành phố Hồ Chí Minh", R, "Quyết định số 3855/QĐ-UBND ngày 12 tháng 9 năm 2023 của Ủy ban nhân dân Thành phố Hồ Chí Minh")
    b.add("Quyết định", "4452/QĐ-UBND", "2023-11-06", "Chủ tịch Ủy ban nhân dân Quận 6", R, "Quyết định số 4452/QĐ-UBND ngày 06 tháng 11 năm 2023 của Chủ tịch Ủy ban nhân dân Quận 6")
    b.add("Chỉ thị", "16/CT-TTg", "2016-05-16", "Thủ tướng Chính phủ", R, "Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016")
    b.add("Chỉ thị", "33/CT-TTg", "2021-11-26", "Thủ tướng Chính phủ", R, "Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ")
    b.add("Nghị định", "04/2015/NĐ-CP", "2015-01-09", "Chính phủ", R, "Nghị định số 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015 của Chính phủ")
    b.add("Thông tư", "01/2016/TT-BNV", "2016-01-13", "Bộ Nội vụ", R, "Thông tư số 01/2016/TT-BNV ngày 13 tháng 01 năm 2016 của Bộ Nội vụ")
    b.add("Nghị định", "59/2023/NĐ-CP", "2023-08-14", "Chính phủ", R, "Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ")
    b.add("Luật", None, None, None, R, "Luật thực hiện dân chủ ở cơ sở", name="Luật thực hiện dân chủ ở cơ sở")
    b.add("Chỉ thị", "03-CT/QU", "2021-07-06", "Ban Thường vụ Quận ủy Quận 6", R, "Chỉ thị số 03-CT/QU ngày 06 tháng 7 năm 2021 của Ban Thường vụ Quận ủy Quận 6")
    b.add("Kết luận", "01-KL/TW", "2021-05-18", "Bộ Chính trị", R, "Kết luận số 01-KL/TW ngày 18 tháng 5 năm 2021 của Bộ Chính trị")
    b.add("Chỉ thị", "05-CT/TW", "2016-05-15", "Bộ Chính trị", R, "Chỉ thị số 05-CT/TW ngày 15 tháng 5 năm 2016 của Bộ Chính trị")
    b.add("Công văn", "1151-CV/QU", "2023-08-01", "Ban Thường vụ Quận ủy Quận 6", R, "Công văn số 1151-CV/QU ngày 01 tháng 8 năm 2023 của Ban Thường vụ Quận ủy Quận 6")
    b.add("Nghị quyết", None, None, None, R, "Nghị quyết Đại hội Đảng bộ Quận lần thứ XII", name="Nghị quyết Đại hội Đảng bộ Quận lần thứ XII")
    b.add("Quyết định", "2193/QĐ-UBND", "2022-03-24", "Ủy ban nhân dân Quận 6", R, "Quyết định số 2193/QĐ-UBND ngày 24 tháng 03 năm 2022 của Ủy ban nhân dân Quận 6")
    b.add("Quyết định", "842/QĐ-UBND", "2021-03-10", "Ủy ban nhân dân Quận 6", R, "Quyết định số 842/QĐ-UBND ngày 10 tháng 3 năm 2021 của Ủy ban nhân dân Quận 6")
    b.add("Quyết định", "3318/QĐ-UBND", "2021-07-13", "Chủ tịch Ủy ban nhân dân Quận 6", R, "Quyết định số 3318/QĐ-UBND ngày 13 tháng 7 năm 2021 của Chủ tịch Ủy ban nhân dân Quận 6")
    b.add("Quyết định", "242/QĐ-UBND", "2024-01-26", "Chủ tịch Ủy ban nhân dân Quận 6", R, "Quyết định số 242/QĐ-UBND ngày 26 tháng 01 năm 2024 của Chủ tịch Ủy ban nhân dân quận")
    b.add("Quyết định", "67/2017/QĐ-UBND", "2017-12-29", "Ủy ban nhân dân Thành phố Hồ Chí Minh", R, "Quyết định số 67/2017/QĐ-UBND ngày 29 tháng 12 năm 2017 của Ủy ban nhân dân Thành phố")
    b.add("Quyết định", "2679/QĐ-UBND", "2022-08-08", "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh", R, "Quyết định số 2679/QĐ-UBND ngày 08 tháng 8 năm 2022 của Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh")
    for d, t in [("2024-03-26", "Kế hoạch thực hiện năm 2024: gửi trước ngày 26/03/2024"),
                 ("2024-03-28", "Báo cáo quý 1 năm 2024: gửi trước ngày 28/03/2024"),
                 ("2024-04-25", "Báo cáo 6 tháng năm 2024: gửi trước ngày 25/04/2024"),
                 ("2024-07-25", "Báo cáo 9 tháng năm 2024: gửi trước ngày 25/07/2024"),
                 ("2024-10-25", "Báo cáo tổng kết năm 2024: gửi trước ngày 25/10/2024")]:
        b.deadline(d, t, task=t.split(":")[0], responsible="Phó Hiệu trưởng")
    return finish(doc, b, number="63/KH-THNH", type="Kế hoạch", date="2024-02-29", place="Quận 6",
                  issuer="Trường Tiểu học Nguyễn Huệ", parentIssuer="Ủy ban nhân dân Quận 6",
                  subject="Triển khai thực hiện công tác dân vận của chính quyền và quy chế dân chủ ở cơ sở năm 2024",
                  notes="The seed plan (shared/seeds/000_2394030464bafa6d.txt) with its header restored; "
                        "markdown removed, '~~yêu~~' rendered as 'vận', paragraphs broken by the seed's page "
                        "breaks joined. 'thực hiện 04 Chương trình', 'TCVN ISO 9001:2015', 'giai đoạn 2021 - 2030' "
                        "are false friends. Named-only citations have number null.")


# ----------------------------------------------------------------------------------------------
# Generated documents
# ----------------------------------------------------------------------------------------------

PROVINCES = [
    # province, district, commune, short code for seals
    ("Bình Định", "Phù Cát", "Cát Hanh"),
    ("Quảng Nam", "Duy Xuyên", "Duy Phước"),
    ("Nghệ An", "Nghi Lộc", "Nghi Phong"),
    ("Thái Bình", "Kiến Xương", "Vũ Quý"),
    ("Phú Yên", "Tuy An", "An Ninh Đông"),
    ("Hà Tĩnh", "Cẩm Xuyên", "Cẩm Bình"),
]
NAMES = ["Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Lê Minh Tuấn", "Phạm Quốc Bảo", "Võ Thị Kim Oanh",
         "Đặng Ngọc Lâm", "Huỳnh Tấn Phát", "Bùi Thị Hồng Nhung", "Đỗ Xuân Trường", "Hoàng Văn Đức",
         "Phan Thị Mỹ Lệ", "Ngô Đức Thịnh", "Lương Thị Ánh Tuyết", "Trương Công Định"]


def ob(name):
    """'Ông' or 'Bà' for a name."""
    return "Bà" if " Thị " in name else "Ông"


def up(s):
    return s.upper()


def rdate(rng, start, end):
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return (a + dt.timedelta(days=rng.randint(0, (b - a).days))).isoformat()


def quyet_dinh(rng):
    prov, dist, com = rng.choice(PROVINCES)
    names = rng.sample(NAMES, 6)
    date = rdate(rng, "2024-03-04", "2024-05-31")
    num = f"{rng.randint(500, 1999)}/QĐ-UBND"
    b = Builder("qd")
    plan_no = f"{rng.randint(20, 140)}/KH-UBND"
    plan_date = rdate(rng, "2024-01-08", "2024-02-20")
    ttr_no = f"{rng.randint(10, 90)}/TTr-VP"
    body = [
        ["pi", "Căn cứ " + b.cite("Luật", None, "2015-06-19", None, name="Luật Tổ chức chính quyền địa phương", rel="basis")
         + "; " + b.cite("Luật", None, "2019-11-22", None, name="Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", rel="basis") + ";"],
        ["pi", "Căn cứ " + b.cite("Quyết định", "19/2014/QĐ-TTg", "2014-03-05", "Thủ tướng Chính phủ",
                                  "về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước", rel="basis") + ";"],
        ["pi", "Căn cứ " + b.cite("Thông tư", "26/2014/TT-BKHCN", "2014-10-10", "Bộ trưởng Bộ Khoa học và Công nghệ",
                                  "quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg", rel="basis") + ";"],
        ["pi", "Căn cứ " + b.cite("Kế hoạch", plan_no, plan_date, f"Ủy ban nhân dân tỉnh",
                                  f"về cải cách hành chính tỉnh {prov} năm 2024", fmt="slash0", rel="basis") + ";"],
        ["pi", "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại " + b.cite("Tờ trình", ttr_no, rdate(rng, plan_date, date), None, fmt="slash") + "."],
        ["hc", "QUYẾT ĐỊNH:"],
        ["p", f"**Điều 1.** Thành lập Tổ công tác triển khai, duy trì và cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại Văn phòng Ủy ban nhân dân tỉnh {prov} (sau đây gọi tắt là Tổ công tác), gồm các ông, bà có tên sau:"],
        ["li", f"1. {ob(names[0])} {names[0]}, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh - Tổ trưởng;"],
        ["li", f"2. {ob(names[1])} {names[1]}, Trưởng phòng Hành chính - Tổ chức - Tổ phó;"],
        ["li", f"3. {ob(names[2])} {names[2]}, Phó Trưởng phòng Kiểm soát thủ tục hành chính - Thành viên;"],
        ["li", f"4. {ob(names[3])} {names[3]}, Chuyên viên Phòng Tổng hợp - Thành viên, Thư ký."],
        ["p", "**Điều 2.** Nhiệm vụ của Tổ công tác:"],
        ["p", "a) Xây dựng, cập nhật hệ thống tài liệu, quy trình giải quyết công việc phù hợp với yêu cầu của tiêu chuẩn quốc gia TCVN ISO 9001:2015 và quy định tại Điều 5 " + "Thông tư số 26/2014/TT-BKHCN; đánh giá nội bộ ít nhất 01 lần trong năm."],
        ["p", "b) Tổ chức xem xét của lãnh đạo, khắc phục các điểm không phù hợp; "
              + b.deadline("2024-11-15", "báo cáo kết quả thực hiện về Chủ tịch Ủy ban nhân dân tỉnh trước ngày 15/11/2024",
                           task="báo cáo kết quả thực hiện", responsible="Tổ công tác") + "."],
        ["p", "c) Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ. Kinh phí hoạt động của Tổ công tác được bố trí trong dự toán chi thường xuyên năm 2024 của Văn phòng Ủy ban nhân dân tỉnh."],
        ["p", f"**Điều 3.** Quyết định này có hiệu lực thi hành kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ, Thủ trưởng các cơ quan, đơn vị có liên quan và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."],
    ]
    doc = {
        "id": "qd-iso",
        "parent_lines": [],
        "issuer_lines": ["ỦY BAN NHÂN DÂN", up("tỉnh " + prov)],
        "number_text": f"Số: {num}",
        "place_date": place_date(prov, date),
        "type_line": "QUYẾT ĐỊNH",
        "subject_lines": ["Về việc thành lập Tổ công tác triển khai, duy trì và cải tiến",
                          "Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015",
                          f"tại Văn phòng Ủy ban nhân dân tỉnh {prov}"],
        "authority_line": up(f"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH {prov}"),
        "body": body,
        "recipients": ["- Như Điều 3;", "- CT, các PCT UBND tỉnh;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT, HCTC."],
        "signer_lines": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        "signer_name": names[4],
        "seal_text": up(f"ỦY BAN NHÂN DÂN TỈNH {prov} *"),
        "seal_centre": "",
    }
    return finish(doc, b, number=num, type="Quyết định", date=date, place=prov,
                  issuer=f"Chủ tịch Ủy ban nhân dân tỉnh {prov}", parentIssuer=f"Ủy ban nhân dân tỉnh {prov}",
                  subject=" ".join(doc["subject_lines"]),
                  notes="Authority line names the Chủ tịch (issuer); the left header is the committee (parent). "
                        "'TCVN ISO 9001:2015', 'TCVN ISO 9001:2008' and 'Điều 5', 'Điều 1' are false friends.")


def cong_van(rng):
    prov, dist, com = rng.choice(PROVINCES)
    names = rng.sample(NAMES, 3)
    date = rdate(rng, "2024-03-01", "2024-03-25")
    num = f"{rng.randint(300, 1500)}/SNV-CCVC"
    b = Builder("cv")
    bnv = f"{rng.randint(1000, 1800)}/BNV-CCVC"
    bnv_date = rdate(rng, "2024-02-01", "2024-02-28")
    due = rdate(rng, "2024-04-05", "2024-04-20")
    dd = dt.date.fromisoformat(due)
    phone = f"0{rng.randint(230, 299)}.{rng.randint(3800000, 3899999)}"
    body = [
        ["p", "Thực hiện " + b.cite("Công văn", bnv, bnv_date, "Bộ Nội vụ",
                                    "về việc báo cáo số lượng, chất lượng cán bộ, công chức, viên chức và danh sách tiền lương năm 2024", fmt="slash")
         + "; " + b.cite("Nghị định", "62/2020/NĐ-CP", "2020-06-01", "Chính phủ", "về vị trí việc làm và biên chế công chức", fmt="slash")
         + " và " + b.cite("Nghị định", "106/2020/NĐ-CP", "2020-09-10", "Chính phủ", "về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập", fmt="slash") + ","],
        ["p", "Sở Nội vụ đề nghị các cơ quan, đơn vị, địa phương thực hiện một số nội dung sau:"],
        ["p", "1. Rà soát, tổng hợp số lượng, chất lượng cán bộ, công chức, viên chức, người lao động có mặt đến ngày 31/12/2023 theo các biểu mẫu ban hành kèm theo "
         + b.cite("Thông tư", "02/2023/TT-BNV", "2023-03-23", "Bộ trưởng Bộ Nội vụ", fmt="slash") + " (Biểu số 01, 02, 03 và 05)."],
        ["p", "2. Báo cáo tình hình thực hiện tinh giản biên chế theo " + b.cite("Nghị định", "29/2023/NĐ-CP", "2023-06-03", "Chính phủ", fmt="slash")
         + "; kết quả sắp xếp tổ chức bộ máy theo " + b.cite("Nghị quyết", "18-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "khóa XII", fmt="slash") + "."],
        ["p", "3. Báo cáo (bằng văn bản và file điện tử định dạng .xlsx) gửi về Sở Nội vụ (qua Phòng Công chức, viên chức) "
         + b.deadline(due, f"trước ngày {dd.day:02d}/{dd.month:02d}/{dd.year}", task="gửi báo cáo số lượng, chất lượng cán bộ, công chức, viên chức",
                      responsible="các cơ quan, đơn vị, địa phương")
         + " để tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ theo quy định. Đối với các đơn vị có số liệu thay đổi sau thời điểm báo cáo, "
         + b.deadline(None, "trong thời hạn 05 ngày làm việc kể từ ngày có quyết định điều chỉnh", task="báo cáo bổ sung")
         + ", đơn vị gửi báo cáo bổ sung."],
        ["p", f"Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng Công chức, viên chức, Sở Nội vụ ({ob(names[0]).lower()} {names[0]}, điện thoại: {phone}) để được hướng dẫn./."],
    ]
    doc = {
        "id": "cv-snv",
        "parent_lines": [up(f"ỦY BAN NHÂN DÂN TỈNH {prov}")],
        "issuer_lines": ["SỞ NỘI VỤ"],
        "number_text": f"Số: {num}",
        "vv_lines": ["V/v báo cáo số lượng, chất lượng cán bộ,", "công chức, viên chức năm 2024"],
        "place_date": place_date(prov, date),
        "type_line": None,
        "kinh_gui": ["Kính gửi:", "- Các sở, ban, ngành thuộc tỉnh;", "- Ủy ban nhân dân các huyện, thị xã, thành phố;",
                     "- Các đơn vị sự nghiệp công lập thuộc tỉnh."],
        "body": body,
        "recipients": ["- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, CCVC."],
        "signer_lines": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        "signer_name": names[1],
        "seal_text": up(f"SỞ NỘI VỤ * TỈNH {prov} *"),
        "seal_centre": "",
    }
    return finish(doc, b, number=num, type="Công văn", date=date, place=prov, issuer="Sở Nội vụ",
                  parentIssuer=f"Ủy ban nhân dân tỉnh {prov}",
                  subject="Báo cáo số lượng, chất lượng cán bộ, công chức, viên chức năm 2024",
                  notes="Công văn: no type line, 'V/v' subject under the number, 'Kính gửi' list. A phone number "
                        "and 'ngày 31/12/2023' (a reporting cut-off, not a deadline) are false friends; one relative deadline.")


def bao_cao(rng):
    prov, dist, com = rng.choice(PROVINCES)
    names = rng.sample(NAMES, 2)
    date = rdate(rng, "2024-03-15", "2024-03-27")
    num = f"{rng.randint(40, 160)}/BC-UBND"
    b = Builder("bc")
    kh = f"{rng.randint(10, 60)}/KH-UBND"
    khd = rdate(rng, "2024-01-05", "2024-01-30")
    pct = f"{rng.randint(960, 999) / 10:.1f}".replace(".", ",")
    score = f"{rng.randint(8000, 8999) / 100:.2f}".replace(".", ",")
    tthc = rng.randint(1100, 1900)
    body = [
        ["p", "Thực hiện " + b.cite("Kế hoạch", kh, khd, f"Ủy ban nhân dân huyện {dist}", f"về cải cách hành chính năm 2024", fmt="long")
         + "; " + b.cite("Quyết định", "3014/QĐ-UBND", "2023-12-22", f"Ủy ban nhân dân tỉnh {prov}",
                         "ban hành Kế hoạch cải cách hành chính nhà nước tỉnh năm 2024", fmt="slash")
         + f", Ủy ban nhân dân huyện {dist} báo cáo kết quả công tác cải cách hành chính quý I năm 2024 như sau:"],
        ["h", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
        ["p", "Ủy ban nhân dân huyện tiếp tục triển khai thực hiện " + b.cite("Nghị quyết", "76/NQ-CP", "2021-07-15", "Chính phủ",
                                                                               "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030", fmt="slash")
         + "; ban hành 04 văn bản chỉ đạo, điều hành về cải cách hành chính; tổ chức 02 đợt kiểm tra tại 06 cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn."],
        ["h", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH"],
        ["h", "1. Cải cách thủ tục hành chính"],
        ["p", f"Bộ phận Một cửa huyện và các xã, thị trấn tiếp nhận {tthc:,} hồ sơ".replace(",", ".")
         + f", đã giải quyết đúng hạn đạt tỷ lệ {pct}%; thực hiện cơ chế một cửa, một cửa liên thông theo "
         + b.cite("Nghị định", "61/2018/NĐ-CP", "2018-04-23", "Chính phủ", fmt="slash")
         + " và " + b.cite("Nghị định", "107/2021/NĐ-CP", "2021-12-06", "Chính phủ", "sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP", fmt="slash") + "."],
        ["h", "2. Hiện đại hóa nền hành chính"],
        ["p", "Duy trì áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại 100% cơ quan chuyên môn; triển khai Đề án 06 theo "
         + b.cite("Quyết định", "06/QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ", fmt="long")
         + f". Chỉ số cải cách hành chính năm 2023 của huyện đạt {score} điểm."],
        ["h", "III. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024"],
        ["p", "1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; "
         + b.deadline(None, "hoàn thành trong quý II/2024", task="số hóa hồ sơ, kết quả giải quyết thủ tục hành chính") + " việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính."],
        ["p", "2. Các cơ quan, đơn vị báo cáo kết quả cải cách hành chính 6 tháng đầu năm "
         + b.deadline("2024-06-10", "chậm nhất ngày 10/6/2024", task="báo cáo kết quả cải cách hành chính 6 tháng",
                      responsible="các cơ quan, đơn vị") + " qua Phòng Nội vụ để tổng hợp."],
        ["p", f"Trên đây là báo cáo kết quả công tác cải cách hành chính quý I năm 2024 của Ủy ban nhân dân huyện {dist}./."],
    ]
    doc = {
        "id": "bc-cchc",
        "parent_lines": [],
        "issuer_lines": ["ỦY BAN NHÂN DÂN", up(f"huyện {dist}")],
        "number_text": f"Số: {num}",
        "place_date": place_date(dist, date),
        "type_line": "BÁO CÁO",
        "subject_lines": ["Kết quả công tác cải cách hành chính quý I năm 2024"],
        "body": body,
        "recipients": ["- Sở Nội vụ tỉnh;", "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;", "- Lưu: VT, NV."],
        "signer_lines": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        "signer_name": names[0],
        "seal_text": up(f"ỦY BAN NHÂN DÂN HUYỆN {dist} * TỈNH {prov} *"),
        "seal_centre": "",
    }
    return finish(doc, b, number=num, type="Báo cáo", date=date, place=dist,
                  issuer=f"Ủy ban nhân dân huyện {dist}", parentIssuer=None,
                  subject="Kết quả công tác cải cách hành chính quý I năm 2024",
                  notes="'Đề án 06', 'giai đoạn 2021 - 2030', percentages and the CCHC score are false friends; "
                        "'hoàn thành trong quý II/2024' is a deadline without a date.")


def to_trinh(rng):
    prov, dist, com = rng.choice(PROVINCES)
    names = rng.sample(NAMES, 2)
    date = rdate(rng, "2024-04-22", "2024-05-08")
    num = f"{rng.randint(10, 99)}/TTr-GDĐT"
    b = Builder("ttr")
    sgd = f"{rng.randint(400, 1200)}/SGDĐT-GDTrH"
    sgd_date = rdate(rng, "2024-04-01", "2024-04-18")
    n1, n6 = rng.randint(1800, 2600), rng.randint(1700, 2500)
    body = [
        ["p", "Căn cứ " + b.cite("Thông tư", "28/2020/TT-BGDĐT", "2020-09-04", "Bộ trưởng Bộ Giáo dục và Đào tạo", "ban hành Điều lệ Trường tiểu học", fmt="slash", rel="basis") + ";"],
        ["p", "Căn cứ " + b.cite("Thông tư", "32/2020/TT-BGDĐT", "2020-09-15", "Bộ trưởng Bộ Giáo dục và Đào tạo",
                                 "ban hành Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học", fmt="slash", rel="basis") + ";"],
        ["p", "Căn cứ " + b.cite("Công văn", sgd, sgd_date, f"Sở Giáo dục và Đào tạo tỉnh {prov}", "về việc hướng dẫn tuyển sinh năm học 2024 - 2025", fmt="dash", rel="basis") + ","],
        ["p", f"Phòng Giáo dục và Đào tạo kính trình Ủy ban nhân dân huyện {dist} xem xét, phê duyệt Kế hoạch tuyển sinh vào lớp 1, lớp 6 năm học 2024 - 2025 với các nội dung chính như sau:"],
        ["h", "1. Chỉ tiêu tuyển sinh"],
        ["p", f"Lớp 1: {n1:,} học sinh".replace(",", ".") + f", bố trí 68 lớp tại 19 trường tiểu học; lớp 6: {n6:,} học sinh".replace(",", ".")
         + ", bố trí 55 lớp tại 14 trường trung học cơ sở. Tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 100%."],
        ["h", "2. Phương thức và thời gian tuyển sinh"],
        ["p", "Tuyển sinh theo phương thức xét tuyển, đúng tuyến theo địa bàn cư trú. Thời gian nhận hồ sơ từ ngày 01/7/2024 đến "
         + b.deadline("2024-07-15", "17 giờ 00 ngày 15/7/2024", time="17:00", task="nộp hồ sơ tuyển sinh")
         + "; các trường công bố kết quả và báo cáo về Phòng Giáo dục và Đào tạo "
         + b.deadline("2024-07-25", "trước ngày 25/7/2024", task="công bố kết quả và báo cáo tuyển sinh", responsible="các trường") + "."],
        ["h", "3. Tổ chức thực hiện"],
        ["p", "Hiệu trưởng các trường thành lập Hội đồng tuyển sinh, niêm yết công khai kế hoạch, chỉ tiêu tại trụ sở và trên trang thông tin điện tử của trường theo "
         + b.cite("Thông tư", "36/2017/TT-BGDĐT", "2017-12-28", "Bộ trưởng Bộ Giáo dục và Đào tạo", "ban hành Quy chế thực hiện công khai đối với cơ sở giáo dục và đào tạo thuộc hệ thống giáo dục quốc dân", fmt="long0") + "."],
        ["p", f"Phòng Giáo dục và Đào tạo kính trình Ủy ban nhân dân huyện xem xét, phê duyệt "
         + b.deadline("2024-05-20", "trước ngày 20/5/2024", task="phê duyệt Kế hoạch tuyển sinh", responsible=f"Ủy ban nhân dân huyện {dist}") + " để kịp triển khai./."],
    ]
    doc = {
        "id": "ttr-ts",
        "parent_lines": [up(f"ỦY BAN NHÂN DÂN HUYỆN {dist}")],
        "issuer_lines": ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
        "number_text": f"Số: {num}",
        "place_date": place_date(dist, date),
        "type_line": "TỜ TRÌNH",
        "subject_lines": ["Về việc đề nghị phê duyệt Kế hoạch tuyển sinh vào lớp 1, lớp 6", "năm học 2024 - 2025"],
        "kinh_gui": [f"Kính gửi: Ủy ban nhân dân huyện {dist}."],
        "body": body,
        "recipients": ["- Như trên;", "- Lưu: VT, GDTrH."],
        "signer_lines": ["TRƯỞNG PHÒNG"],
        "signer_name": names[0],
        "seal_text": up(f"PHÒNG GIÁO DỤC VÀ ĐÀO TẠO * HUYỆN {dist} *"),
        "seal_centre": "",
    }
    return finish(doc, b, number=num, type="Tờ trình", date=date, place=dist, issuer="Phòng Giáo dục và Đào tạo",
                  parentIssuer=f"Ủy ban nhân dân huyện {dist}", subject=" ".join(doc["subject_lines"]).removeprefix("Về việc ").strip(),
                  notes="'năm học 2024 - 2025' and 'từ ngày 01/7/2024' are not deadlines; one deadline carries a time (17:00).")


def thong_bao(rng):
    prov, dist, com = rng.choice(PROVINCES)
    names = rng.sample(NAMES, 2)
    date = rdate(rng, "2024-03-11", "2024-03-15")
    num = f"{rng.randint(10, 60)}/TB-UBND"
    b = Builder("tb")
    body = [
        ["p", "Căn cứ " + b.cite("Luật", "42/2013/QH13", "2013-11-25", None, name="Luật Tiếp công dân", rel="basis") + ";"],
        ["p", "Căn cứ " + b.cite("Nghị định", "64/2014/NĐ-CP", "2014-06-26", "Chính phủ", "quy định chi tiết thi hành một số điều của Luật Tiếp công dân", fmt="slash", rel="basis") + ";"],
        ["p", f"Thực hiện " + b.cite("Thông báo", f"{rng.randint(100, 400)}/TB-UBND", "2024-03-04", f"Ủy ban nhân dân huyện {dist}", "về lịch tiếp công dân định kỳ năm 2024", fmt="dot")
         + f", Ủy ban nhân dân xã {com} thông báo lịch tiếp công dân và một số nội dung như sau:"],
        ["p", f"1. Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở tiếp công dân xã (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp)."],
        ["p", "2. Các tổ chức, cá nhân có kiến nghị, phản ánh liên quan đến công tác bồi thường, giải phóng mặt bằng dự án đường ven biển gửi đơn về Bộ phận Tiếp nhận và trả kết quả xã "
         + b.deadline("2024-03-20", "trước 17 giờ 00 ngày 20 tháng 3 năm 2024", time="17:00", task="gửi đơn kiến nghị, phản ánh")
         + " để tổng hợp, trình Hội đồng bồi thường huyện xem xét."],
        ["p", "3. Các thôn báo cáo tình hình an ninh trật tự, đơn thư trên địa bàn "
         + b.deadline(None, "định kỳ hằng tháng, trước ngày 25", task="báo cáo tình hình an ninh trật tự, đơn thư", responsible="các thôn")
         + "; trường hợp đột xuất báo cáo ngay cho Chủ tịch Ủy ban nhân dân xã."],
        ["p", f"Ủy ban nhân dân xã {com} thông báo để các tổ chức, cá nhân biết, thực hiện./."],
    ]
    doc = {
        "id": "tb-tcd",
        "parent_lines": [],
        "issuer_lines": ["ỦY BAN NHÂN DÂN", up(f"xã {com}")],
        "number_text": f"Số: {num}",
        "place_date": place_date(com, date),
        "type_line": "THÔNG BÁO",
        "subject_lines": ["Lịch tiếp công dân định kỳ và tiếp nhận kiến nghị, phản ánh", "của Nhân dân"],
        "body": body,
        "recipients": ["- UBND huyện (b/c);", "- TT Đảng ủy, HĐND xã;", "- Các thôn;", "- Lưu: VT."],
        "signer_lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        "signer_name": names[0],
        "seal_text": up(f"ỦY BAN NHÂN DÂN XÃ {com} * H. {dist} *"),
        "seal_centre": "",
    }
    return finish(doc, b, number=num, type="Thông báo", date=date, place=com, issuer=f"Ủy ban nhân dân xã {com}",
                  parentIssuer=None, subject=" ".join(doc["subject_lines"]),
                  notes="'ngày 15 hằng tháng' is a schedule, not a deadline; 'trước ngày 25' is recurring (date null).")


def ke_hoach(rng):
    prov, dist, com = rng.choice(PROVINCES)
    names = rng.sample(NAMES, 2)
    date = rdate(rng, "2024-09-03", "2024-09-20")
    num = f"{rng.randint(1, 9):02d}/KH-SGDĐT"
    b = Builder("kh")
    ub = f"{rng.randint(200, 700)}/KH-UBND"
    tu = f"{rng.randint(1, 9):02d}-NQ/TU"
    body = [
        ["p", "Căn cứ " + b.cite("Quyết định", "749/QĐ-TTg", "2020-06-03", "Thủ tướng Chính phủ",
                                 "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030", rel="basis") + ";"],
        ["p", "Căn cứ " + b.cite("Quyết định", "131/QĐ-TTg", "2022-01-25", "Thủ tướng Chính phủ",
                                 "phê duyệt Đề án “Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - 2025, định hướng đến năm 2030”", fmt="slash", rel="basis") + ";"],
        ["p", "Căn cứ " + b.cite("Nghị quyết", tu, "2021-12-20", f"Ban Chấp hành Đảng bộ tỉnh {prov}", "về chuyển đổi số tỉnh đến năm 2025, định hướng đến năm 2030", fmt="long", rel="basis")
         + " và " + b.cite("Kế hoạch", ub, "2024-02-26", f"Ủy ban nhân dân tỉnh", "triển khai Nghị quyết", fmt="slash", rel="basis") + ";"],
        ["p", "Căn cứ " + b.cite("Chương trình phối hợp", "02-CTr/BDVTU-SGDĐT", "2023-05-19", None, fmt="long", rel="basis",
                                 truth_issuer=f"Ban Dân vận Tỉnh ủy và Sở Giáo dục và Đào tạo tỉnh {prov}")
         + f" giữa Ban Dân vận Tỉnh ủy và Sở Giáo dục và Đào tạo tỉnh {prov},"],
        ["p", "Sở Giáo dục và Đào tạo xây dựng Kế hoạch triển khai chuyển đổi số trong ngành Giáo dục năm học 2024 - 2025 như sau:"],
        ["h", "I. MỤC ĐÍCH, YÊU CẦU"],
        ["p", "Triển khai đồng bộ, hiệu quả các nhiệm vụ chuyển đổi số; gắn với việc tiếp tục thực hiện "
         + b.cite("Chỉ thị", "05-CT/TW", "2016-05-15", "Bộ Chính trị", fmt="slash") + " và "
         + b.cite("Kết luận", "01-KL/TW", "2021-05-18", "Bộ Chính trị", fmt="slash")
         + "; bảo đảm an toàn thông tin theo " + b.cite("Nghị định", "13/2023/NĐ-CP", "2023-04-17", "Chính phủ", "về bảo vệ dữ liệu cá nhân", fmt="slash") + "."],
        ["h", "II. NHIỆM VỤ TRỌNG TÂM"],
        ["p", "1. Kế hoạch gồm 05 nhóm nhiệm vụ, thực hiện 04 Chương trình trọng điểm giai đoạn 2021-2030; 100% cơ sở giáo dục sử dụng hồ sơ điện tử, học bạ số và thanh toán không dùng tiền mặt."],
        ["p", "2. Cập nhật cơ sở dữ liệu ngành trước ngày khai giảng; kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư theo Đề án 06."],
        ["h", "III. TỔ CHỨC THỰC HIỆN"],
        ["p", "Các phòng giáo dục và đào tạo, các trường trung học phổ thông trực thuộc xây dựng kế hoạch của đơn vị và thực hiện chế độ báo cáo như sau:"],
        ["li", b.deadline("2024-10-15", "Kế hoạch của đơn vị: gửi trước ngày 15/10/2024", task="Kế hoạch của đơn vị", responsible="các đơn vị")],
        ["li", b.deadline("2025-01-10", "Báo cáo sơ kết học kỳ I: gửi trước ngày 10/01/2025", task="Báo cáo sơ kết học kỳ I", responsible="các đơn vị")],
        ["li", b.deadline("2025-05-31", "Báo cáo tổng kết năm học: chậm nhất ngày 31/5/2025", task="Báo cáo tổng kết năm học", responsible="các đơn vị")],
        ["p", "Trên đây là Kế hoạch triển khai chuyển đổi số trong ngành Giáo dục năm học 2024 - 2025. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở (qua Phòng Kế hoạch - Tài chính) để được hướng dẫn./."],
    ]
    doc = {
        "id": "kh-cds",
        "parent_lines": [up(f"ỦY BAN NHÂN DÂN TỈNH {prov}")],
        "issuer_lines": ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
        "number_text": f"Số: {num}",
        "place_date": place_date(prov, date),
        "type_line": "KẾ HOẠCH",
        "subject_lines": ["Triển khai chuyển đổi số trong ngành Giáo dục", "năm học 2024 - 2025"],
        "body": body,
        "recipients": ["- Bộ GDĐT (b/c);", "- UBND tỉnh (b/c);", "- Các phòng GDĐT;", "- Các trường THPT;", "- Lưu: VT, KHTC."],
        "signer_lines": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        "signer_name": names[0],
        "seal_text": up(f"SỞ GIÁO DỤC VÀ ĐÀO TẠO * TỈNH {prov} *"),
        "seal_centre": "",
    }
    return finish(doc, b, number=num, type="Kế hoạch", date=date, place=prov, issuer="Sở Giáo dục và Đào tạo",
                  parentIssuer=f"Ủy ban nhân dân tỉnh {prov}", subject=" ".join(doc["subject_lines"]),
                  notes="'thực hiện 04 Chương trình', '05 nhóm nhiệm vụ', 'giai đoạn 2021-2030', 'Đề án 06' are false "
                        "friends; 02-CTr/BDVTU-SGDĐT is a joint number.")


def all_documents(seed):
    docs = [seed_plan()]
    for k, fn in enumerate([quyet_dinh, cong_van, bao_cao, to_trinh, thong_bao, ke_hoach]):
        docs.append(fn(random.Random(seed * 100 + k)))
    return docs

#!/usr/bin/env python3
"""Makes the small broken and edge-case inputs the OCR tests feed to vanthu.

Run from this folder: python3 make_fixtures.py   (needs Pillow: pip install pillow; qpdf from Debian)
The outputs are committed, so tests need neither.
"""
import io, struct, subprocess, zlib
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_header(width, height):
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))


def text_page(lines, size=(1240, 600)):
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 36)
    for i, line in enumerate(lines):
        draw.text((60, 60 + i * 70), line, font=font, fill=0)
    return image


# A 40000x40000 image bomb: a valid header, a few bytes of data.
open("bomb.png", "wb").write(png_header(40000, 40000) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))
# A PNG whose header promises a page but whose data is garbage.
open("lying-header.png", "wb").write(png_header(1200, 1600) + chunk(b"IDAT", b"\x13\x37" * 200) + chunk(b"IEND", b""))
# A text file that calls itself a PDF.
open("not-a-pdf.pdf", "w").write("Kính gửi: Phòng Nội vụ\nĐây là văn bản, không phải PDF.\n")
# Zero bytes.
open("empty.pdf", "wb").close()
# A PDF header followed by nothing a reader can repair.
open("broken.pdf", "wb").write(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n" + b"\x00\xff" * 50)

# A small clean page, as PNG and as a truncated JPEG.
page = text_page(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 63/KH-THNH"])
page.save("small-page.png", dpi=(300, 300))
buffer = io.BytesIO()
page.save(buffer, "JPEG", quality=85, dpi=(300, 300))
data = buffer.getvalue()
open("truncated.jpg", "wb").write(data[: len(data) // 2])

# A two-page PDF of page images with a real (empty) structure, then encrypted with a user password.
first = text_page(["Trang một: Kế hoạch số 71/KH-UBND"]).convert("RGB")
second = text_page(["Trang hai: Nghị định số 59/2023/NĐ-CP"]).convert("RGB")
first.save("two-pages.pdf", save_all=True, append_images=[second], resolution=150)
subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--", "two-pages.pdf", "encrypted.pdf"], check=True)

# A PDF with zero pages: a catalog whose page tree is empty.
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
out = io.BytesIO()
out.write(b"%PDF-1.4\n")
offsets = []
for number, body in enumerate(objects, start=1):
    offsets.append(out.tell())
    out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
xref = out.tell()
out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
for offset in offsets:
    out.write(b"%010d 00000 n \n" % offset)
out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
open("zero-pages.pdf", "wb").write(out.getvalue())
print("fixtures written")
# The corpus page scanned sideways (kh-cds_rot90_p2) turned the other way, at 150 dpi: tesseract
# reads it in vertical lines nearly as confidently as upright, so only the lines' shape calls for
# the orientation check.
corpus_page = Image.open("../../../Corpus/scans/kh-cds_rot90_p2.jpg")
turned = corpus_page.transpose(Image.ROTATE_180).resize((corpus_page.width // 2, corpus_page.height // 2), Image.LANCZOS)
turned.save("sideways-150dpi.jpg", quality=85, dpi=(150, 150))
# A corpus hand page (bc-cchc_hand-mnist_p1: number 125, day 18) whose blue ballpoint is made
# faint (halfway and more to the paper: grey 150–200), the print left black: the threshold that
# splits paper from print passes over such a pen. The header and the body's first lines only.
import numpy as np  # noqa: E402
from scipy import ndimage  # noqa: E402

page = np.asarray(Image.open("../../../Corpus/scans/bc-cchc_hand-mnist_p1.jpg").convert("RGB")).astype(np.float32)[:1400]
blue = ndimage.binary_dilation((page[..., 2] - page[..., 0] > 50) & (page[..., 2] < 230), iterations=2)
page[blue] = 255 - (255 - page[blue]) * 0.45
Image.fromarray(page.clip(0, 255).astype(np.uint8)).save("faint-pen.jpg", quality=85, dpi=(300, 300))
# A page of Benchmarks/hand_fields.py (seed 1, page 218, pen "touching": MNIST's test writers,
# never trained on) whose day "16" is written in one stroke, the "1" run into the "6": read whole,
# the classifier sees a "6" with a stroke beside it. The header and the body's first lines only.
import random  # noqa: E402
import sys  # noqa: E402

sys.path.insert(0, "../../../Benchmarks")
import hand_fields  # noqa: E402

touching, _, _ = hand_fields.page(218, hand_fields.Writers(), random.Random("1/218/touching"), "touching")
touching.crop((0, 0, touching.width, 1400)).save("touching-pen.jpg", quality=85, dpi=(300, 300))
# Two pages of Benchmarks/hand_fields.py's seed 6 (held-out writers) whose fields run against the
# printed words: page 33 ("touching"), the month "2" after a "tháng" whose "g" reaches past the
# width its letter height gives it (the "g"'s end read "1": month 12); page 6 ("broken"), the day
# "23" with its "3" written against "tháng" and taken into that word's box (read "2").
for number, pen, name in [(33, "touching", "month-after-g.jpg"), (6, "broken", "day-into-thang.jpg")]:
    im, _, _ = hand_fields.page(number, hand_fields.Writers(), random.Random(f"6/{number}/{pen}"), pen)
    im.crop((0, 0, im.width, 1400)).save(name, quality=85, dpi=(300, 300))
# Two more pages of seed 6 (fourteenth session): page 98 ("touching"), the month "11" written in
# one stroke, which reads as no digit whole and "11" cut along the slant (the faint threshold's
# reading, which joins more ink, read "1"); page 208 ("touching"), the day "15" whose "1" touches
# the "5"'s flag and reads "1" barely less than no digit.
for number, pen, name in [(98, "touching", "month-eleven-touching.jpg"), (208, "touching", "day-leading-one.jpg")]:
    im, _, _ = hand_fields.page(number, hand_fields.Writers(), random.Random(f"6/{number}/{pen}"), pen)
    im.crop((0, 0, im.width, 1400)).save(name, quality=85, dpi=(300, 300))

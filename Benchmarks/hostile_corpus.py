#!/usr/bin/env python3
"""Hostile files, queries and faults (issue 13): builds a hostile corpus from a seed in a temporary
folder (nothing large is committed), runs `vanthu` on every case with a timeout, and prints per
category: tried / ok / clear error / crash / hang / lost.

    python3 Benchmarks/hostile_corpus.py [--seed 13] [--vanthu .build/debug/vanthu] [--timeout 60]

ok: exit 0; clear error: exit 1 or 2 with a `vanthu: ...` line on standard error; crash: killed by
a signal, an exit status above 2 or a Swift fatal error; hang: still running at the timeout; lost:
a document that should be in the archive is missing, or is there twice.
"""
import argparse, os, random, shutil, sqlite3, stat, subprocess, sys, tempfile, time, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pdf(objects):
    """A PDF from object bodies (bytes), with a correct xref table."""
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref)


def huge_image_pdf(side, pages=1):
    """Pages each covered by one 1-bit image of side x side pixels, deflated (a few hundred KB)."""
    row = (side + 7) // 8
    data = zlib.compress(b"\xff" * (row * side), 9) if side <= 20000 else zlib.compress(b"\xff" * row * 64, 9)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages]
    content_id = 3 + 2 * pages
    for i in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (4 + 2 * i, content_id))
        objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode /Length %d >>\nstream\n" % (side, side, len(data)) + data + b"\nendstream")
    objects.append(b"<< /Length 30 >>\nstream\nq 612 0 0 792 0 0 cm /Im0 Do Q\nendstream")
    return pdf(objects)


def blank_pdf(pages):
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages]
               + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"] * pages)


def citations(n, rng):
    lines = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Số: 1/QĐ-UBND", "Quảng Ngãi, ngày 2 tháng 3 năm 2024"]
    for i in range(n):
        lines.append("Căn cứ Quyết định số %d/QĐ-UBND ngày %d/1/2024 của UBND tỉnh; QĐ %d và Quyết định số %d đã nêu;" % (i + 2, 1 + rng.randrange(28), i + 2, i + 2))
    return "\n".join(lines)


class Runner:
    def __init__(self, vanthu, timeout):
        self.vanthu, self.timeout, self.rows = vanthu, timeout, {}

    def record(self, category, outcome):
        row = self.rows.setdefault(category, {"tried": 0, "ok": 0, "clear error": 0, "crash": 0, "hang": 0, "lost": 0})
        row["tried"] += 1
        row[outcome] += 1

    def run(self, category, args, expect_error=None, count=True, cwd=None):
        """Runs vanthu; returns (outcome, stdout, stderr, seconds)."""
        started = time.time()
        try:
            p = subprocess.run([self.vanthu] + args, capture_output=True, timeout=self.timeout, cwd=cwd)
        except subprocess.TimeoutExpired:
            if count:
                self.record(category, "hang")
            return "hang", b"", b"", self.timeout
        seconds = time.time() - started
        err = p.stderr.decode("utf-8", "replace")
        if p.returncode < 0 or p.returncode > 2 or "Fatal error" in err:
            outcome = "crash"
        elif p.returncode == 0:
            outcome = "ok"
        else:
            outcome = "clear error" if ("vanthu:" in err or "Error:" in err) else "crash"
        if count:
            self.record(category, outcome)
        return outcome, p.stdout, p.stderr, seconds


def documents(index):
    if not os.path.exists(index):
        return []
    with sqlite3.connect("file:%s?mode=ro" % index, uri=True) as db:
        return [r[0] for r in db.execute("SELECT sha256 FROM documents")]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--vanthu", default=os.path.join(ROOT, ".build/debug/vanthu"))
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    r = Runner(os.path.abspath(args.vanthu), args.timeout)
    work = tempfile.mkdtemp(prefix="vanthu-hostile-")
    notes = []
    try:
        d = os.path.join(work, "files")
        os.makedirs(d)
        # Pipes and devices, named and in a folder.
        os.mkfifo(os.path.join(d, "pipe.pdf"))
        with open(os.path.join(d, "ok.txt"), "w") as f:
            f.write("Công văn số 12/UBND-VX ngày 3 tháng 4 năm 2024\nVề việc thử.\n")
        for target in [os.path.join(d, "pipe.pdf"), "/dev/zero", "/dev/urandom", d]:
            for command in ["ocr", "parse"]:
                r.run("pipes and devices", [command, target])
        # Names that are not UTF-8.
        bad = os.path.join(d.encode(), b"caf\xe9.txt")
        with open(bad, "w") as f:
            f.write("Công văn số 13/UBND-VX\n")
        r.run("names not UTF-8", ["parse", d])
        r.run("names not UTF-8", ["parse", os.fsdecode(bad)])
        os.remove(bad)
        os.remove(os.path.join(d, "pipe.pdf"))
        # Huge embedded images and page counts.
        for side, pages in [(40000, 1), (40000, 3), (12000, 1)]:
            path = os.path.join(work, "huge-%d-%d.pdf" % (side, pages))
            with open(path, "wb") as f:
                f.write(huge_image_pdf(side, pages))
            outcome, _, _, seconds = r.run("huge embedded images", ["ocr", path])
            notes.append("huge image %dx%d, %d pages, %d KB: %s in %.1f s" % (side, side, pages, os.path.getsize(path) // 1024, outcome, seconds))
        many = os.path.join(work, "pages-5000.pdf")
        with open(many, "wb") as f:
            f.write(blank_pdf(5000))
        outcome, _, _, seconds = r.run("page limit", ["ocr", many])
        notes.append("5,000-page PDF: %s in %.1f s" % (outcome, seconds))
        # Damaged scans: corpus files truncated and scribbled over at random.
        scans = sorted(f for f in os.listdir(os.path.join(ROOT, "Corpus/scans")) if f.endswith((".png", ".jpg", ".tif", ".pdf")))
        for name in rng.sample(scans, min(6, len(scans))):
            data = open(os.path.join(ROOT, "Corpus/scans", name), "rb").read()
            cut = data[: rng.randrange(16, max(17, len(data)))]
            scribbled = bytearray(data)
            for _ in range(20):
                i = rng.randrange(len(scribbled))
                scribbled[i] = rng.randrange(256)
            for kind, body in [("cut", cut), ("scribbled", bytes(scribbled)), ("magic+noise", data[:16] + os.urandom(4096))]:
                path = os.path.join(work, "%s-%s" % (kind, name))
                with open(path, "wb") as f:
                    f.write(body)
                r.run("damaged scans", ["ocr", "--jobs", "1", path])
        # Text: UTF-16, bidi marks, citation-heavy.
        for enc, bom in [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")]:
            path = os.path.join(work, "%s.txt" % enc)
            with open(path, "wb") as f:
                f.write(bom + "Công văn số 12/UBND-VX ngày 3 tháng 4 năm 2024\n".encode(enc))
            r.run("text encodings and marks", ["parse", "--json", path])
        path = os.path.join(work, "bidi.txt")
        with open(path, "w") as f:
            f.write("Căn cứ Quyết định số 12\u200f/QĐ-UBND ngày \u200e3 tháng 4 năm 2024 của UBND tỉnh;\n")
        outcome, out, _, _ = r.run("text encodings and marks", ["parse", "--json", path])
        notes.append("bidi marks: number read = %s" % ("12/QĐ-UBND" in out.decode("utf-8", "replace")))
        for n in [1000, 4000, 20000]:
            path = os.path.join(work, "citations-%d.txt" % n)
            with open(path, "w") as f:
                f.write(citations(n, rng))
            outcome, _, _, seconds = r.run("citation-heavy text", ["parse", path])
            notes.append("%d distinct citations (%.1f MB): parse %s in %.2f s" % (n, os.path.getsize(path) / 1e6, outcome, seconds))
        # Archives: concurrent creators, read-only, missing folders, long queries.
        texts = os.path.join(work, "texts")
        os.makedirs(texts)
        for i in range(6):
            with open(os.path.join(texts, "t%d.txt" % i), "w") as f:
                f.write("Công văn số %d/UBND-VX về việc thử %d\n" % (i + 1, rng.randrange(10 ** 9)))
        names = sorted(os.listdir(texts))
        for attempt in range(8):
            index = os.path.join(work, "concurrent-%d.sqlite" % attempt)
            a = subprocess.Popen([r.vanthu, "ingest", "--index", index] + [os.path.join(texts, n) for n in names[:4]], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            b = subprocess.Popen([r.vanthu, "ingest", "--index", index] + [os.path.join(texts, n) for n in names[2:]], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for p in (a, b):
                try:
                    p.wait(timeout=args.timeout)
                    r.record("concurrent ingest", "ok" if p.returncode == 0 else ("crash" if p.returncode < 0 or p.returncode > 2 else "clear error"))
                except subprocess.TimeoutExpired:
                    p.kill()
                    r.record("concurrent ingest", "hang")
            stored = documents(index)
            if len(stored) != 6 or len(set(stored)) != len(stored):
                r.record("concurrent ingest", "lost")
                r.rows["concurrent ingest"]["tried"] -= 1
        index = os.path.join(work, "concurrent-0.sqlite")
        r.run("archives", ["ingest", "--index", os.path.join(work, "typo/dir/a.sqlite"), texts])
        notes.append("missing folder created: %s" % os.path.exists(os.path.join(work, "typo")))
        ro = os.path.join(work, "ro")
        os.makedirs(ro)
        shutil.copy(index, os.path.join(ro, "a.sqlite"))
        os.chmod(os.path.join(ro, "a.sqlite"), 0o444)
        os.chmod(ro, 0o555)
        as_nobody = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 and shutil.which("runuser") else []
        if as_nobody:
            os.chmod(work, 0o755)
        for command in [["search", "--index", os.path.join(ro, "a.sqlite"), "thử"], ["show", "--index", os.path.join(ro, "a.sqlite"), "1"]]:
            started = time.time()
            p = subprocess.run(as_nobody + [r.vanthu] + command, capture_output=True, timeout=args.timeout)
            r.record("archives", "ok" if p.returncode == 0 else "clear error")
        for words in [64, 2000]:
            query = " ".join(["1 / 2024 /"] * (words // 3))
            outcome, _, _, seconds = r.run("long queries", ["search", "--index", index, query])
            notes.append("query of %d words: %s in %.2f s" % (words, outcome, seconds))
        for bad in [["--from", "2024-13-45"], ["--to", "2024-02-30"], ["--limit", "0"], ["--issuer", " "]]:
            outcome, _, err, _ = r.run("usage errors", ["search", "--index", index, "x"] + bad)
        os.chmod(ro, 0o755)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%-26s %6s %6s %12s %6s %5s %5s" % ("category", "tried", "ok", "clear error", "crash", "hang", "lost"))
    totals = {}
    for category, row in r.rows.items():
        print("%-26s %6d %6d %12d %6d %5d %5d" % (category, row["tried"], row["ok"], row["clear error"], row["crash"], row["hang"], row["lost"]))
        for k, v in row.items():
            totals[k] = totals.get(k, 0) + v
    print("%-26s %6d %6d %12d %6d %5d %5d" % ("total", totals["tried"], totals["ok"], totals["clear error"], totals["crash"], totals["hang"], totals["lost"]))
    for note in notes:
        print("  " + note)
    return 1 if totals["crash"] or totals["hang"] or totals["lost"] else 0


if __name__ == "__main__":
    sys.exit(main())

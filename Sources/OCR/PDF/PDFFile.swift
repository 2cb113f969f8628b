import CPoppler
import CTesseract
import Foundation

/// An open PDF, read through poppler-glib (linked in-process via the `CPoppler` C target).
///
/// Not thread-safe: each engine worker opens its own.
final class PDFFile {
    private let handle: OpaquePointer
    let path: String
    /// Number of pages, at least 1.
    let pageCount: Int
    /// The limits the embedded images were last checked against (`PDFImageSizes`).
    private var checkedLimits: ImageLimits?

    /// Opens a PDF with `vanthu_pdf_open`.
    /// - Throws: `OCRError` for encrypted, damaged or empty PDFs.
    init(path: String) throws {
        var status = VANTHU_PDF_OK
        var message = [CChar](repeating: 0, count: 512)
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let opened = vanthu_pdf_open(FileName.systemPath(absolute), &status, &message, message.count) else {
            let detail = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            switch status {
            case VANTHU_PDF_ENCRYPTED:
                throw OCRError(.encryptedPDF, path: path, reason: "the PDF is encrypted and needs a password")
            case VANTHU_PDF_NO_PAGES:
                throw OCRError(.noPages, path: path, reason: "the PDF has no pages")
            default:
                throw OCRError(.brokenPDF, path: path, reason: "the PDF is damaged and cannot be opened (\(detail))")
            }
        }
        handle = opened
        self.path = path
        pageCount = Int(vanthu_pdf_page_count(opened))
    }

    deinit {
        vanthu_pdf_close(handle)
    }

    /// The page's text layer (`vanthu_pdf_page_text`), or an empty string. `index` is 0-based.
    func text(page index: Int) -> String {
        guard let raw = vanthu_pdf_page_text(handle, Int32(index)) else { return "" }
        defer { vanthu_free(raw) }
        return String(cString: raw)
    }

    /// The page's digital signatures (`vanthu_pdf_page_signatures`), oldest first, written the way
    /// e-office boxes write them: "Ký bởi: …" / "Thời gian ký: dd/MM/yyyy HH:mm:ss +07:00". The
    /// e-office centre's publication stamp ("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC") is kept apart as the
    /// stamp it is, not as a signer. `nil` when the page has no signature.
    func signatureText(page index: Int) -> String? {
        guard let raw = vanthu_pdf_page_signatures(handle, Int32(index)) else { return nil }
        defer { vanthu_free(raw) }
        let blocks = String(cString: raw).split(separator: "\n").map { line -> String in
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            let signer = parts.first.map(String.init) ?? ""
            let time = parts.count > 1 ? Self.boxTime(String(parts[1])) : ""
            if signer.uppercased().contains("CÔNG BÁO") {
                return "\(signer)\n\(time.replacingOccurrences(of: "/", with: "."))"
            }
            return "Ký bởi: \(signer)\nThời gian ký: \(time)"
        }
        return blocks.isEmpty ? nil : blocks.joined(separator: "\n")
    }

    /// "2024-11-26T10:40:48+07:00" → "26/11/2024 10:40:48 +07:00".
    private static func boxTime(_ iso: String) -> String {
        let scalars = Array(iso)
        guard scalars.count >= 19 else { return iso }
        let year = String(scalars[0..<4])
        let month = String(scalars[5..<7])
        let day = String(scalars[8..<10])
        let clock = String(scalars[11..<19])
        let offset = String(scalars[19...])
        return "\(day)/\(month)/\(year) \(clock)" + (offset.isEmpty ? "" : " \(offset)")
    }

    /// Page size in points.
    func size(page index: Int) -> (width: Double, height: Double)? {
        var width = 0.0
        var height = 0.0
        guard vanthu_pdf_page_size(handle, Int32(index), &width, &height) == 0 else { return nil }
        return (width, height)
    }

    /// The text layer with each character's box (`vanthu_pdf_page_glyphs`), or `nil` when poppler's
    /// layout does not match its text.
    func glyphs(page index: Int) -> [PageLayout.Piece]? {
        var text: UnsafeMutablePointer<CChar>?
        var rects: UnsafeMutablePointer<Double>?
        let count = vanthu_pdf_page_glyphs(handle, Int32(index), &text, &rects)
        defer {
            vanthu_free(text)
            vanthu_free(rects)
        }
        guard count >= 0, let text, let rects else { return nil }
        let boxes = Array(UnsafeBufferPointer(start: rects, count: count * 4))
        return PageLayout.glyphs(text: String(cString: text), rects: boxes)
    }

    /// Boxes of the page's signature widgets (`vanthu_pdf_page_widgets`), in points from the top left.
    func widgets(page index: Int) -> [PageLayout.Piece] {
        var rects: UnsafeMutablePointer<Double>?
        let count = Int(vanthu_pdf_page_widgets(handle, Int32(index), &rects))
        defer { vanthu_free(rects) }
        guard count > 0, let rects else { return [] }
        return (0..<count).map { i in
            PageLayout.Piece(text: "", x1: rects[4 * i], y1: rects[4 * i + 1], x2: rects[4 * i + 2], y2: rects[4 * i + 3])
        }
    }

    /// What a widget adds to the page: its area rendered (`vanthu_pdf_render_area`), with the
    /// text layer's own characters in it painted out, so that only the stamped text remains.
    func renderWidget(page index: Int, area: PageLayout.Piece, covering glyphs: [PageLayout.Piece], dpi: Int) -> PageImage? {
        guard
            let image = PageImage.wrap(
                vanthu_pdf_render_area(
                    handle,
                    Int32(index),
                    area.x1,
                    area.y1,
                    area.x2 - area.x1,
                    area.y2 - area.y1,
                    Double(dpi)
                )
            )
        else { return nil }
        let scale = Double(dpi) / 72.0
        for glyph in glyphs where glyph.x2 > area.x1 && glyph.x1 < area.x2 && glyph.y2 > area.y1 && glyph.y1 < area.y2 {
            let x = Int32(((glyph.x1 - area.x1) * scale).rounded(.down)) - 2
            let y = Int32(((glyph.y1 - area.y1) * scale).rounded(.down)) - 2
            let width = Int32(((glyph.x2 - glyph.x1) * scale).rounded(.up)) + 4
            let height = Int32(((glyph.y2 - glyph.y1) * scale).rounded(.up)) + 4
            if let box = boxCreate(x, y, width, height) {
                pixSetInRectArbitrary(image.pix, box, 0xFFFF_FF00)
                var pointer: UnsafeMutablePointer<BOX>? = box
                boxDestroy(&pointer)
            }
        }
        return Self.withoutRules(image)
    }

    /// Grey, with table and header rules (rows more than half dark) painted out and a white margin
    /// added: a stamped number sits on or near the header's rules, which tesseract would read as text.
    private static func withoutRules(_ image: PageImage) -> PageImage {
        guard let grey = PageImage.wrap(pixConvertTo8(image.pix, 0)) else { return image }
        let width = grey.width
        for row in 0..<grey.height {
            var dark = 0
            var value: UInt32 = 0
            for column in 0..<width {
                pixGetPixel(grey.pix, Int32(column), Int32(row), &value)
                if value < 128 { dark += 1 }
            }
            if dark * 2 > width {
                for column in 0..<width { pixSetPixel(grey.pix, Int32(column), Int32(row), 255) }
            }
        }
        return PageImage.wrap(pixAddBorder(grey.pix, 24, 255)) ?? grey
    }

    /// True when one image covers most of the page: a scanned page (`vanthu_pdf_page_image_coverage`,
    /// which decodes nothing).
    func hasScan(page index: Int) -> Bool {
        vanthu_pdf_page_image_coverage(handle, Int32(index)) > 0.5
    }

    /// The page as an image: the embedded scan itself when one image covers the page (no seal or
    /// signature overlays, native resolution), otherwise a rendering at `dpi`.
    /// - Returns: the image and the resolution it has.
    func image(page index: Int, dpi: Int, limits: ImageLimits) throws -> (image: PageImage, dpi: Int) {
        // Embedded images' sizes from their dictionaries, once per file, before poppler decodes one.
        if checkedLimits != limits {
            try PDFImageSizes.check(path: path, limits: limits)
            checkedLimits = limits
        }
        guard let size = size(page: index), size.width > 0, size.height > 0 else {
            throw OCRError(.brokenPDF, path: path, reason: "page \(index + 1) has no size")
        }
        if vanthu_pdf_page_image_coverage(handle, Int32(index)) > 0.85,
            let image = PageImage.wrap(vanthu_pdf_extract_main_image(handle, Int32(index))),
            // A page stored sideways (/Rotate 90 or 270) shows its image turned: the image is
            // landscape where the page is portrait, or the other way. Rendering turns it as a
            // reader would, so the OCR sees the page upright without guessing the direction.
            (image.width > image.height) == (size.width > size.height)
        {
            try limits.check(width: image.width, height: image.height, path: path)
            // Image metadata lies (72 dpi); the page size in points tells the truth.
            let native = Int((Double(image.width) / (size.width / 72.0)).rounded())
            image.setResolution(native)
            return (image, native)
        }
        let pixels = size.width / 72.0 * Double(dpi) * size.height / 72.0 * Double(dpi)
        try limits.check(width: Int(size.width / 72.0 * Double(dpi)), height: Int(size.height / 72.0 * Double(dpi)), path: path)
        guard let image = PageImage.wrap(vanthu_pdf_render_page(handle, Int32(index), Double(dpi), pixels + 1)) else {
            throw OCRError(.brokenPDF, path: path, reason: "page \(index + 1) cannot be rendered")
        }
        return (image, dpi)
    }
}

/// SHA-256 of a file (GLib's streaming checksum through the `CPoppler` target).
public enum FileDigest {
    /// 64 lowercase hex digits, or `nil` when the file cannot be read.
    public static func sha256(path: String) -> String? {
        guard let raw = vanthu_sha256_file(FileName.systemPath(path)) else { return nil }
        defer { vanthu_free(raw) }
        return String(cString: raw)
    }
}

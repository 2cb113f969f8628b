public import Foundation

/// A file format recognised by content (magic bytes), never by extension.
public enum InputFormat: String, Sendable, Hashable, Codable {
    case png
    case jpeg
    case tiff
    case pdf
    /// UTF-8 text (a `.txt` dispatch or OCR output): no OCR needed.
    case text

    /// Identifies a file's format from its first bytes.
    /// - Parameter path: the file to look at.
    /// - Returns: the format.
    /// - Throws: `OCRError` when the file is missing, not a regular file, empty or of no supported kind.
    public static func sniff(path: String) throws -> InputFormat {
        // A bounded prefix of a regular file only: a FIFO or /dev/zero is refused before any read.
        let head = try RegularFile.prefix(of: path, count: 4096)
        guard !head.isEmpty else {
            throw OCRError(.emptyFile, path: path, reason: "the file is empty (0 bytes)")
        }
        if let format = sniff(head) { return format }
        if let reason = refusedKind(head) { throw OCRError(.unsupportedFormat, path: path, reason: reason) }
        throw OCRError(
            .unsupportedFormat,
            path: path,
            reason:
                "not a PNG, JPEG, TIFF, PDF or text file (starts with bytes \(head.prefix(4).map { String(format: "%02x", $0) }.joined(separator: " ")))"
        )
    }

    /// Why a known kind of file that is not a scan is refused, with what to do instead: a Word file
    /// (a ZIP starting `PK` with entries under `word/`) or another ZIP; `nil` for other bytes.
    public static func refusedKind(_ head: Data) -> String? {
        guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return nil }
        if head.range(of: Data("word/".utf8)) != nil {
            return "a Word file (.docx), not a scan: export it to PDF (Word: File > Save As > PDF) and give the PDF"
        }
        return "a ZIP archive, not a scan: unpack it and give its files"
    }

    /// Identifies a format from leading bytes, or `nil` when none matches.
    public static func sniff(_ head: Data) -> InputFormat? {
        let bytes = [UInt8](head.prefix(8))
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        // PDF readers accept the header anywhere in the first 1024 bytes.
        let pdfMagic = Data("%PDF-".utf8)
        if head.prefix(1024).range(of: pdfMagic) != nil { return .pdf }
        if looksLikeText(head) { return .text }
        // UTF-16 with its byte-order mark (Notepad's "Unicode"): decoded as text.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let even = head.prefix(head.count & ~1)
            if let text = decodeText(even), !text.unicodeScalars.contains(where: { $0.value < 0x20 && !"\n\r\t\u{0C}".unicodeScalars.contains($0) }) {
                return .text
            }
        }
        return nil
    }

    /// The text of a text file: UTF-8 (a leading byte-order mark dropped), or UTF-16 little- or
    /// big-endian when it starts with its byte-order mark.
    /// - Returns: the text, or `nil` when the bytes are none of these.
    public static func decodeText(_ data: Data) -> String? {
        let bytes = data.prefix(3)
        if bytes.starts(with: [0xFF, 0xFE]) { return String(data: data.dropFirst(2), encoding: .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(data: data.dropFirst(2), encoding: .utf16BigEndian) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(data: data.dropFirst(3), encoding: .utf8) }
        return String(data: data, encoding: .utf8)
    }

    /// UTF-8 without NUL bytes or stray control characters.
    private static func looksLikeText(_ head: Data) -> Bool {
        var sample = head
        // A multi-byte character may be cut at the end of the sample: drop up to 3 trailing bytes.
        for _ in 0..<4 {
            if String(data: sample, encoding: .utf8) != nil { break }
            sample = sample.dropLast()
        }
        guard let text = String(data: sample, encoding: .utf8), !text.isEmpty else { return false }
        return !text.unicodeScalars.contains { $0.value < 0x20 && !"\n\r\t\u{0C}".unicodeScalars.contains($0) }
    }
}

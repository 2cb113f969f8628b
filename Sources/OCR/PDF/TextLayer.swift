import Foundation

/// A PDF page's text layer, split into the document's own text and the e-signature / e-office
/// stamp boxes that signing adds, and judged on whether it can stand in for OCR.
///
/// Scanner software often embeds an invisible layer made by an OCR that does not know
/// Vietnamese ("CONG Hcok xA HQI CHiJ NGHiA"); such a layer is worse than fresh OCR. A layer is
/// trusted only when it reads like Vietnamese: enough words, and most syllables with their marks.
public struct TextLayer: Sendable, Hashable {
    /// The layer's text without the signature and stamp boxes.
    public var body: String
    /// The e-signature and e-office stamp lines ("Ký bởi: ...", "Thời gian ký: ..."), or `nil`.
    public var signature: String?

    /// Splits a page's raw text layer.
    public init(raw: String) {
        var body: [Substring] = []
        var signature: [Substring] = []
        var inBox = false
        for line in raw.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if Self.isSignatureLine(trimmed) {
                signature.append(Substring(trimmed))
                inBox = true
            } else if inBox, Self.continuesSignature(trimmed) {
                signature.append(Substring(trimmed))
            } else {
                inBox = false
                body.append(line)
            }
        }
        self.body = body.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        self.signature = signature.isEmpty ? nil : signature.joined(separator: "\n")
    }

    /// True when the layer can replace OCR: at least `minimumWords` words, and at least 35% of
    /// alphabetic words carry a Vietnamese letter outside ASCII (real Vietnamese runs at 55–75%;
    /// a layer from a non-Vietnamese OCR or a font without a Unicode map runs far lower).
    /// A page that carries no scanned image needs only a few words (`minimumWords: 3`): its layer
    /// is the page's content, as on the short last page of a born-digital dispatch.
    public func isTrustworthy(minimumWords: Int = 25) -> Bool {
        let words: [Substring] = body.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 2 }
        guard words.count >= minimumWords, !words.isEmpty else { return false }
        let marked = words.filter { word in word.unicodeScalars.contains { $0.value > 0x7F } }.count
        return Double(marked) / Double(words.count) >= 0.35
    }

    private static let signatureStarts = [
        "ký bởi", "cơ quan:", "thời gian ký", "người ký", "email:", "trung tâm công", "báo và tin học",
    ]

    /// Lines that start a signature or stamp box.
    static func isSignatureLine(_ line: String) -> Bool {
        let lower = line.lowercased()
        if signatureStarts.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower.contains("@") && lower.contains(".gov.vn") { return true }
        return isTimestamp(lower)
    }

    /// Lines that belong to a box already started: names wrapped onto the next line, times, offsets.
    static func continuesSignature(_ line: String) -> Bool {
        if line.isEmpty { return false }
        if isTimestamp(line) || line.hasPrefix("+0") { return true }
        // A wrapped organ name: short, no sentence punctuation.
        return line.count <= 40 && !line.contains(";") && !line.contains(":") && !line.hasSuffix(".")
    }

    /// "24.01.2025 20:01:14", "26/11/2024 10:40:48", "08:15:24", "+07:00".
    static func isTimestamp(_ line: String) -> Bool {
        let allowed = CharacterSet(charactersIn: "0123456789./:-+ ")
        guard !line.isEmpty, line.unicodeScalars.allSatisfy(allowed.contains) else { return false }
        return line.filter(\.isNumber).count >= 4 && line.contains(":")
    }
}

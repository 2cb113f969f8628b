public import DocumentParser

/// Hand-made parsed documents for the archive tests of both backends (SQLite and PostgreSQL):
/// the fields a test names, a fixed signer and recipients, pages as plain text.
public enum DocumentFixtures {
    /// A 64-hex-digit digest made from a seed string (FNV-1a, repeated).
    public static func sha(_ seed: String) -> String {
        var hash: UInt64 = 1_469_598_103_934_665_603
        for byte in seed.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        let hex = String(hash, radix: 16)
        return String(repeating: String(repeating: "0", count: 16 - hex.count) + hex, count: 4)
    }

    /// A parsed document and the text it was read from.
    /// - Parameters:
    ///   - content: what the digest is made from (default: the path and the pages), so two scans
    ///     of one dispatch can differ in bytes.
    /// - Returns: the parser's value and the pages.
    public static func document(
        path: String,
        number: String?,
        type: String?,
        date: String?,
        issuer: String?,
        subject: String?,
        pages: [String],
        citations: [Citation] = [],
        deadlines: [Deadline] = [],
        content: String? = nil
    ) -> (ParsedDocument, DocumentText) {
        let digest = sha(content ?? (path + pages.joined()))
        let text = DocumentText(
            path: path,
            sha256: digest,
            pages: pages.enumerated().map { DocumentText.Page(number: $0.offset + 1, text: $0.element) }
        )
        let parsed = ParsedDocument(
            source: .init(path: path, sha256: digest, pages: max(1, pages.count), textSource: .plainText),
            number: number.map { DocumentNumber($0) },
            type: type,
            date: date,
            issuer: issuer,
            subject: subject,
            signer: .init(name: "Nguyễn Thanh Hải", title: "HIỆU TRƯỞNG"),
            recipients: ["Như trên"],
            citations: citations,
            deadlines: deadlines
        )
        return (parsed, text)
    }
}

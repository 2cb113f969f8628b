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

    /// The seed's plan: 63/KH-THNH citing 71/KH-UBND and 59/2023/NĐ-CP, with deadlines.
    public static func seedPlan() -> (ParsedDocument, DocumentText) {
        document(
            path: "seeds/63-KH-THNH.txt",
            number: "63/KH-THNH",
            type: "Kế hoạch",
            date: "2024-02-29",
            issuer: "Trường Tiểu học Nguyễn Huệ",
            subject: "Thực hiện dân chủ ở cơ sở năm 2024",
            pages: [
                "Căn cứ Kế hoạch số 71/KH-UBND ngày 07 tháng 02 năm 2024 của Ủy ban nhân dân Quận 6 về thực hiện dân chủ ở cơ sở;",
                "Thực hiện Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết Luật thực hiện dân chủ ở cơ sở. Báo cáo quý 1 năm 2024: gửi trước ngày 28/03/2024.",
            ],
            citations: [
                Citation(
                    type: "Kế hoạch",
                    number: "71/KH-UBND",
                    date: "2024-02-07",
                    issuer: "Ủy ban nhân dân Quận 6",
                    relation: .basis,
                    text: "Kế hoạch số 71/KH-UBND ngày 07 tháng 02 năm 2024 của Ủy ban nhân dân Quận 6",
                    page: 1,
                    mentions: 1
                ),
                Citation(
                    type: "Nghị định",
                    number: "59/2023/NĐ-CP",
                    date: "2023-08-14",
                    issuer: "Chính phủ",
                    relation: .reference,
                    text: "Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ",
                    page: 2,
                    mentions: 2
                ),
                Citation(
                    type: "Luật",
                    number: nil,
                    name: "Luật thực hiện dân chủ ở cơ sở",
                    relation: .reference,
                    text: "Luật thực hiện dân chủ ở cơ sở",
                    page: 2,
                    mentions: 1
                ),
            ],
            deadlines: [
                Deadline(
                    date: "2024-03-28",
                    task: "Báo cáo quý 1 năm 2024",
                    responsible: "Tổ trưởng",
                    text: "Báo cáo quý 1 năm 2024: gửi trước ngày 28/03/2024",
                    page: 2
                ),
                Deadline(date: nil, text: "trong thời hạn 05 ngày làm việc", page: 2),
            ]
        )
    }

    /// Nghị định 59/2023/NĐ-CP itself.
    public static func decree59() -> (ParsedDocument, DocumentText) {
        document(
            path: "laws/59-2023-ND-CP.pdf",
            number: "59/2023/NĐ-CP",
            type: "Nghị định",
            date: "2023-08-14",
            issuer: "Chính phủ",
            subject: "Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở",
            pages: ["Chính phủ ban hành Nghị định quy định chi tiết Luật Thực hiện dân chủ ở cơ sở."]
        )
    }

    /// The issuer of the number cross-check cases (both archives' suites).
    public static let crossCheckIssuer = "Ủy ban nhân dân tỉnh Quảng Ngãi"

    /// A Quyết định of ``crossCheckIssuer`` whose number came `from` a source at `confidence`
    /// (`nil`: unreadable), for the number cross-check against the issuer's series.
    public static func crossCheckDecision(
        _ number: String?,
        date: String,
        from: EvidenceSource,
        confidence: Double,
        path: String
    ) -> (ParsedDocument, DocumentText) {
        var (parsed, text) = document(
            path: path,
            number: number,
            type: "Quyết định",
            date: date,
            issuer: crossCheckIssuer,
            subject: "Về việc thử \(path)",
            pages: ["Quyết định \(path)"]
        )
        parsed.evidence = Evidence(
            number: .init(from: from, confidence: confidence, readings: [.init(value: number ?? "…/QĐ-UBND", from: .printed, confidence: 0)])
        )
        return (parsed, text)
    }

    /// A report of ``crossCheckIssuer`` citing "N/QĐ-UBND ngày D" of the same issuer.
    public static func crossCheckCitingReport(_ number: String, date: String, path: String) -> (ParsedDocument, DocumentText) {
        document(
            path: path,
            number: "12/BC-UBND",
            type: "Báo cáo",
            date: "2025-03-01",
            issuer: crossCheckIssuer,
            subject: "Báo cáo \(path)",
            pages: ["Căn cứ Quyết định số \(number) ngày ..."],
            citations: [
                Citation(
                    type: "Quyết định",
                    number: DocumentNumber(number),
                    date: date,
                    issuer: crossCheckIssuer,
                    relation: .basis,
                    text: "Quyết định số \(number)",
                    page: 1,
                    mentions: 1
                )
            ]
        )
    }
}

import ArchiveSynthetic
import DocumentParser
import Foundation

@testable import Archive

/// A fresh temporary directory per test, removed when the test lets go of it.
final class TemporaryDirectory: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-archive-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

enum Fixtures {
    /// A 64-hex-digit digest made from a seed string.
    static func sha(_ seed: String) -> String { DocumentFixtures.sha(seed) }

    /// A parsed document and its pages (``DocumentFixtures/document(path:number:type:date:issuer:subject:pages:citations:deadlines:content:)``).
    static func document(
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
        DocumentFixtures.document(
            path: path,
            number: number,
            type: type,
            date: date,
            issuer: issuer,
            subject: subject,
            pages: pages,
            citations: citations,
            deadlines: deadlines,
            content: content
        )
    }

    /// The seed's plan: 63/KH-THNH citing 71/KH-UBND and 59/2023/NĐ-CP, with deadlines.
    static func seedPlan() -> (ParsedDocument, DocumentText) {
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
    static func decree59() -> (ParsedDocument, DocumentText) {
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

    /// A store in a new temporary directory.
    static func archive() throws -> (SQLiteArchive, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path("Indexes"), withIntermediateDirectories: true)
        return (try SQLiteArchive(path: directory.path("Indexes/archive.sqlite")), directory)
    }
}

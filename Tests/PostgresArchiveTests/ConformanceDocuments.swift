import ArchiveSynthetic
import DocumentParser
import Foundation
import TestSupport

/// The documents the conformance suite stores, built like the SQLite archive tests' fixtures,
/// plus the parser's output on the seed and on the corpus's ground-truth texts.
enum ConformanceDocuments {
    /// The seed's plan as the archive tests know it, with the decree as a basis and a period
    /// deadline (`dueBy`) besides.
    static func seedPlan() -> (ParsedDocument, DocumentText) {
        let (shared, text) = DocumentFixtures.seedPlan()
        var plan = shared
        if let decree = plan.citations.firstIndex(where: { $0.number == "59/2023/NĐ-CP" }) { plan.citations[decree].relation = .basis }
        plan.deadlines.append(Deadline(date: nil, dueBy: "2024-06-30", text: "hoàn thành trong quý II/2024", page: 2))
        return (plan, text)
    }

    /// A text file parsed by the real parser.
    static func parsed(_ url: URL, path: String) throws -> (ParsedDocument, DocumentText) {
        let body = try String(contentsOf: url, encoding: .utf8)
        let text = DocumentText(path: path, sha256: DocumentFixtures.sha(body), pages: [DocumentText.Page(number: 1, text: body)])
        return (DocumentParser().parse(text), text)
    }

    /// Everything, in store order: fixtures (the decree, a plan citing it, two documents with one
    /// number, a replacing decision, a new version at one path, a rescan, a duplicate), then the
    /// seed and the corpus texts as the parser reads them.
    static func all() throws -> [(ParsedDocument, DocumentText)] {
        var replacing = Citation(
            type: "Quyết định",
            number: "12/QĐ-UBND",
            issuer: "UBND Quận 6",
            relation: .basis,
            text: "Quyết định số 12/QĐ-UBND",
            page: 1
        )
        replacing.action = .replaces
        // Listed procedures of a decision replaced, not the decision: it still stands.
        var partly = Citation(
            type: "Quyết định",
            number: "7/QĐ-UBND",
            issuer: "UBND Quận 6",
            relation: .reference,
            text: "Quyết định số 7/QĐ-UBND",
            page: 1
        )
        partly.action = .replaces
        partly.affectedPart = "03 thủ tục hành chính tại Danh mục"
        var list: [(ParsedDocument, DocumentText)] = [
            DocumentFixtures.document(
                path: "c/7-qd-ubnd.pdf",
                number: "7/QĐ-UBND",
                type: "Quyết định",
                date: "2023-03-01",
                issuer: "UBND Quận 6",
                subject: "Công bố danh mục thủ tục hành chính",
                pages: ["Công bố kèm theo Quyết định này Danh mục thủ tục hành chính."]
            ),
            DocumentFixtures.document(
                path: "c/40-qd-ubnd.pdf",
                number: "40/QĐ-UBND",
                type: "Quyết định",
                date: "2024-07-01",
                issuer: "UBND Quận 6",
                subject: "Công bố thủ tục hành chính được sửa đổi",
                pages: ["Thay thế 03 thủ tục hành chính tại Danh mục ban hành kèm theo Quyết định số 7/QĐ-UBND."],
                citations: [partly]
            ),
            DocumentFixtures.decree59(),
            seedPlan(),
            DocumentFixtures.document(
                path: "a/15-kh-ubnd-q1.pdf",
                number: "15/KH-UBND",
                type: "Kế hoạch",
                date: "2024-03-01",
                issuer: "UBND Quận 1",
                subject: "Chuyển đổi số năm 2024",
                pages: ["Kế hoạch chuyển đổi số của quận."],
                deadlines: [Deadline(date: "2024-12-31", text: "Hoàn thành trước ngày 31/12/2024", page: 1)]
            ),
            DocumentFixtures.document(
                path: "a/15-kh-ubnd-q3.pdf",
                number: "15/KH-UBND",
                type: "Kế hoạch",
                date: "2024-04-01",
                issuer: "UBND Quận 3",
                subject: "Chuyen doi so",
                pages: ["Kế hoạch chuyen doi so không dấu."]
            ),
            DocumentFixtures.document(
                path: "b/report.pdf",
                number: "20/BC-UBND",
                type: "Báo cáo",
                date: "2024-05-01",
                issuer: "UBND Quận 6",
                subject: "Báo cáo thực hiện",
                pages: ["Thực hiện Kế hoạch số 15/KH-UBND về chuyển đổi số."],
                citations: [Citation(type: "Kế hoạch", number: "15/KH-UBND", relation: .reference, text: "Kế hoạch số 15/KH-UBND", page: 1)]
            ),
            DocumentFixtures.document(
                path: "c/12-qd-ubnd.pdf",
                number: "12/QĐ-UBND",
                type: "Quyết định",
                date: "2023-01-10",
                issuer: "UBND Quận 6",
                subject: "Quy định về ISO",
                pages: ["Ban hành quy định áp dụng ISO 9001."],
                deadlines: [Deadline(date: "2023-06-30", text: "Áp dụng trước 30/06/2023", page: 1)]
            ),
            DocumentFixtures.document(
                path: "c/31-qd-ubnd.pdf",
                number: "31/QĐ-UBND",
                type: "Quyết định",
                date: "2024-05-09",
                issuer: "UBND Quận 6",
                subject: "Thay thế quy định về ISO",
                pages: ["Quyết định này thay thế Quyết định số 12/QĐ-UBND."],
                citations: [replacing]
            ),
            DocumentFixtures.document(
                path: "d/note.txt",
                number: "5/TB-UBND",
                type: "Thông báo",
                date: "2024-06-01",
                issuer: "UBND Quận 6",
                subject: "Thông báo lịch họp",
                pages: ["Lịch họp về dân chủ ở cơ sở, phiên bản 1."]
            ),
            DocumentFixtures.document(
                path: "d/note.txt",
                number: "5/TB-UBND",
                type: "Thông báo",
                date: "2024-06-01",
                issuer: "UBND Quận 6",
                subject: "Thông báo lịch họp",
                pages: ["Lịch họp về dân chủ ở cơ sở, phiên bản 2."]
            ),
            DocumentFixtures.document(
                path: "e/rescan.pdf",
                number: "5/TB-UBND",
                type: "Thông báo",
                date: "2024-06-01",
                issuer: "UBND Quận 6",
                subject: "Thông báo lịch họp",
                pages: ["Lịch họp (bản quét lại)."]
            ),
        ]
        list.append(list[0])
        list.append(try parsed(RepositoryPaths.shared("seeds/000_2394030464bafa6d.txt"), path: "seeds/000.txt"))
        let truth = RepositoryPaths.repository("Corpus/truth")
        for name in ["bc-cchc", "cv-snv", "kh-cds", "qd-iso", "tb-tcd", "ttr-ts"] {
            list.append(try parsed(truth.appendingPathComponent("\(name).gt.txt"), path: "corpus/\(name).txt"))
        }
        return list
    }
}

import DocumentParser
import Foundation
import HTTPTypes
import Testing

@testable import WebServer

@Suite("Document provenance")
struct DocumentProvenanceTests {
    @Test("a handwritten number and day are shown as handwritten, with their confidence")
    func handwrittenValuesAreMarked() async throws {
        let server = try TestServer()
        try await server.test { client in
            let job = try await server.ingest(client, name: "63 KH.jpg", data: try TestServer.corpus("scans/seed-kh63_hand-mnist_p1.jpg"))
            let id = try #require(job.documentID)
            let (status, page, _) = try await TestServer.get(client, "/documents/\(id)")
            #expect(status == .ok)
            #expect(page.contains("63/KH-THNH"))
            #expect(page.contains("viết tay"))
        }
    }

    @Test("a cited number written by hand into its blank is marked")
    func handwrittenCitationNumberIsMarked() async throws {
        let server = try TestServer()
        try await server.test { client in
            let job = try await server.ingest(client, name: "d08.pdf", data: try TestServer.realDev("d08.pdf"))
            let id = try #require(job.documentID)
            let (status, page, _) = try await TestServer.get(client, "/documents/\(id)")
            #expect(status == .ok)
            #expect(page.contains("87/QĐ-UBND"))
            #expect(page.contains(">số viết tay</span>"))
            // What to check is open and in Vietnamese, with its code for scripts.
            #expect(page.contains("<h2>Cần kiểm tra"))
            #expect(page.contains("data-code=\"cited-number-handwritten\""))
            #expect(page.contains("viết tay, đọc là"))
            #expect(!page.contains("written by hand"))
            // The scan can be enlarged, and the searchable PDF says it is being made.
            #expect(page.contains("<a href=\"/documents/\(id)/pages/1/image\" target=\"_blank\" rel=\"noopener\">Mở ảnh cỡ lớn</a>"))
            #expect(page.contains("data-wait=\"Đang tạo PDF có lớp chữ"))
        }
    }

    @Test("a replaced decision says by what, with a link")
    func replacedDecisionSaysByWhat() async throws {
        let server = try TestServer()
        try await server.test { client in
            let header = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc\n"
            let old =
                header + "Số: 27/2019/QĐ-UBND Lâm Đồng, ngày 12 tháng 3 năm 2019\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\nĐiều 1. Ban hành quy chế.\n"
            let new =
                header + "Số: 31/QĐ-UBND Lâm Đồng, ngày 09 tháng 5 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành quy chế mới\n"
                + "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 27/2019/QĐ-UBND ngày 12/3/2019 của UBND tỉnh.\n"
            let oldJob = try await server.ingest(client, name: "27.txt", data: Data(old.utf8))
            let newJob = try await server.ingest(client, name: "31.txt", data: Data(new.utf8))
            let oldID = try #require(oldJob.documentID)
            let newID = try #require(newJob.documentID)
            let (_, page, _) = try await TestServer.get(client, "/documents/\(oldID)")
            #expect(page.contains("Đã bị thay thế bởi Quyết định 31/QĐ-UBND ngày 09/05/2025"))
            #expect(page.contains("data-state=\"replaced\""))
            #expect(page.contains("href=\"/documents/\(newID)\""))
            // Search marks it, and the "in force" box leaves it out.
            let (_, results, _) = try await TestServer.get(client, "/?q=quy+che")
            #expect(results.contains("<span class=\"badge standing replaced\">Đã bị thay thế</span>"))
            let (_, current, _) = try await TestServer.get(client, "/?q=quy+che&in_force=1")
            #expect(!current.contains("badge standing replaced"))
            #expect(current.contains("name=\"in_force\" value=\"1\" checked"))
        }
    }

    @Test func printedAndSureValuesCarryNoBadge() {
        #expect(DocumentView.provenance(.init(from: .printed, confidence: 0.9)).description.isEmpty)
        #expect(DocumentView.provenance(.init(from: .handwritten, confidence: 0.4)).description.contains("cần kiểm tra"))
        #expect(DocumentView.provenance(.init(from: .signatureTime, confidence: 0.3)).description.contains("thời gian ký số"))
    }
}

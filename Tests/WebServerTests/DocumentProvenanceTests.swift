import DocumentParser
import Foundation
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

    @Test func printedAndSureValuesCarryNoBadge() {
        #expect(DocumentView.provenance(.init(from: .printed, confidence: 0.9)).description.isEmpty)
        #expect(DocumentView.provenance(.init(from: .handwritten, confidence: 0.4)).description.contains("cần kiểm tra"))
        #expect(DocumentView.provenance(.init(from: .signatureTime, confidence: 0.3)).description.contains("thời gian ký số"))
    }
}

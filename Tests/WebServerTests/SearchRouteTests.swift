import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebServer

@Suite("Search and documents")
struct SearchRouteTests {
    /// The seed plan (63/KH-THNH) and the plan it cites (71/KH-UBND), uploaded as text files.
    static func seeded(_ server: TestServer, _ client: any TestClientProtocol) async throws -> (plan: Int64, cited: Int64) {
        let plan = try await server.ingest(client, name: "63 KH-THNH.txt", data: try TestServer.corpus("truth/seed-kh63.gt.txt"))
        let cited = try await server.ingest(client, name: "71-KH-UBND.txt", data: Data(Self.plan71.utf8))
        return (try #require(plan.documentID), try #require(cited.documentID))
    }

    static let plan71 = """
        ỦY BAN NHÂN DÂN QUẬN 6
        Số: 71/KH-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Quận 6, ngày 07 tháng 02 năm 2024
        KẾ HOẠCH
        Triển khai thực hiện công tác dân vận của chính quyền và quy chế dân chủ ở cơ sở năm 2024
        Các trường học trên địa bàn xây dựng kế hoạch và báo cáo kết quả trước ngày 15/12/2024.
        CHỦ TỊCH
        Nguyễn Văn A
        """

    @Test("a query without diacritics finds the document with them, snippets highlighted")
    func diacriticInsensitive() async throws {
        let server = try TestServer()
        try await server.test { client in
            let ids = try await Self.seeded(server, client)
            let (status, page, _) = try await TestServer.get(client, "/?q=dan+van+chinh+quyen")
            #expect(status == .ok)
            #expect(page.contains("/documents/\(ids.plan)"))
            #expect(page.contains("<mark>dân</mark>") || page.contains("<mark>vận</mark>"))
            let (_, exact, _) = try await TestServer.get(client, "/?q=d%C3%A2n+v%E1%BA%ADn")
            #expect(exact.contains("/documents/\(ids.plan)"))
            let (_, none, _) = try await TestServer.get(client, "/?q=zzzyyyxxx")
            #expect(none.contains("Không có kết quả"))
        }
    }

    @Test("an instrument query returns the instrument, then the documents citing it")
    func instrumentQuery() async throws {
        let server = try TestServer()
        try await server.test { client in
            let ids = try await Self.seeded(server, client)
            let (status, body, _) = try await TestServer.get(client, "/api/search?q=KH+71%2FKH-UBND")
            #expect(status == .ok)
            let reply = try JSONDecoder().decode(SearchJSON.self, from: Data(body.utf8))
            #expect(reply.results.first?.id == ids.cited)
            #expect(reply.results.first?.kind == "instrument")
            #expect(reply.results.contains { $0.id == ids.plan && $0.kind == "cites" })
            let (_, filtered, _) = try await TestServer.get(client, "/api/search?q=dan+van&type=K%E1%BA%BF+ho%E1%BA%A1ch&from=2024-02-20")
            let only = try JSONDecoder().decode(SearchJSON.self, from: Data(filtered.utf8))
            #expect(only.results.map(\.id) == [ids.plan])
        }
    }

    @Test("paging: the second page continues where the first stopped")
    func pagination() async throws {
        let server = try TestServer()
        try await server.test { client in
            _ = try await Self.seeded(server, client)
            let (_, first, _) = try await TestServer.get(client, "/api/search?q=nhan+dan&limit=1")
            let (_, second, _) = try await TestServer.get(client, "/api/search?q=nhan+dan&limit=1&offset=1")
            let a = try JSONDecoder().decode(SearchJSON.self, from: Data(first.utf8))
            let b = try JSONDecoder().decode(SearchJSON.self, from: Data(second.utf8))
            #expect(a.hasMore)
            #expect(a.results.count == 1 && b.results.count == 1)
            #expect(a.results[0].id != b.results[0].id)
            let (_, html, _) = try await TestServer.get(client, "/?q=nhan+dan")
            #expect(!html.contains("rel=\"next\""))
        }
    }

    @Test("a bad date is a readable refusal, not a crash")
    func badDate() async throws {
        let server = try TestServer()
        try await server.test { client in
            let (status, body, _) = try await TestServer.get(client, "/api/search?q=x&from=2024-02-30")
            #expect(status == .badRequest)
            #expect(body.contains("năm-tháng-ngày"))
        }
    }

    @Test("the document page: fields, citations out as links, cited-by, deadlines, download")
    func documentPage() async throws {
        let server = try TestServer()
        try await server.test { client in
            let ids = try await Self.seeded(server, client)
            let (status, page, _) = try await TestServer.get(client, "/documents/\(ids.plan)?q=dan+chu")
            #expect(status == .ok)
            #expect(page.contains("63/KH-THNH"))
            #expect(page.contains("Trường Tiểu học Nguyễn Huệ") || page.contains("TRƯỜNG TIỂU HỌC NGUYỄN HUỆ"))
            #expect(page.contains("href=\"/documents/\(ids.cited)\""), "the citation of 71/KH-UBND links to it")
            #expect(page.contains("26/03/2024"), "deadlines listed")
            #expect(page.contains("<mark>dân</mark>"))
            #expect(page.contains("/documents/\(ids.plan)/original"))
            let (_, cited, _) = try await TestServer.get(client, "/documents/\(ids.cited)")
            #expect(cited.contains("href=\"/documents/\(ids.plan)\""), "cited-by links back")
            let (originalStatus, original, headers) = try await TestServer.get(client, "/documents/\(ids.plan)/original")
            #expect(originalStatus == .ok)
            #expect(original == String(decoding: try TestServer.corpus("truth/seed-kh63.gt.txt"), as: UTF8.self))
            #expect(headers[.contentDisposition]?.contains("63 KH-THNH.txt") == true)
            let (json, _, _) = try await TestServer.get(client, "/api/documents/\(ids.plan)")
            #expect(json == .ok)
            #expect(!page.contains("searchable.pdf"), "a text file has no scan to make a searchable PDF from")
            let (searchable, _, _) = try await TestServer.get(client, "/documents/\(ids.plan)/searchable.pdf")
            #expect(searchable == .notFound)
        }
    }

    @Test("unknown, malformed and path-like document ids are refused")
    func badIDs() async throws {
        let server = try TestServer()
        try await server.test { client in
            let got1 = try await TestServer.get(client, "/documents/999").0
            #expect(got1 == .notFound)
            let got2 = try await TestServer.get(client, "/documents/abc").0
            #expect(got2 == .badRequest)
            let got3 = try await TestServer.get(client, "/documents/..%2F..%2Fetc%2Fpasswd/original").0
            #expect(got3 == .badRequest)
            let got4 = try await TestServer.get(client, "/documents/-1/original").0
            #expect(got4 == .badRequest)
        }
    }

    @Test("deadlines grouped by week, and the iCalendar export")
    func deadlines() async throws {
        let server = try TestServer()
        try await server.test { client in
            _ = try await Self.seeded(server, client)
            let (status, page, _) = try await TestServer.get(client, "/deadlines?today=2024-04-01")
            #expect(status == .ok)
            #expect(page.contains("Quá hạn (2)"), "26/03 and 28/03 are past on 1 April")
            #expect(page.contains("Tuần 25/03/2024 – 31/03/2024"))
            #expect(page.contains("Tuần 22/04/2024 – 28/04/2024"))
            let (icsStatus, ics, headers) = try await TestServer.get(client, "/deadlines.ics")
            #expect(icsStatus == .ok)
            #expect(headers[.contentType]?.hasPrefix("text/calendar") == true)
            #expect(ics.contains("BEGIN:VEVENT") && ics.contains("DTSTART;VALUE=DATE:20240326"))
        }
    }

    @Test("an archive older than a year still shows its deadlines: a year picker, all, a range, said")
    func deadlinesOfAnOldArchive() async throws {
        let server = try TestServer()
        try await server.test { client in
            _ = try await Self.seeded(server, client)
            // Two years on, the default window (last twelve months and later) is empty.
            let (status, page, _) = try await TestServer.get(client, "/deadlines?today=2026-06-01")
            #expect(status == .ok)
            #expect(page.contains("Không có hạn nào trong 12 tháng qua; đang hiển thị năm 2024"))
            #expect(page.contains("Tuần 25/03/2024 – 31/03/2024"))
            #expect(page.contains("<option value=\"2024\" selected>Năm 2024</option>"))
            let (_, all, _) = try await TestServer.get(client, "/deadlines?today=2026-06-01&year=all")
            #expect(all.contains("Đang hiển thị tất cả các hạn"))
            #expect(all.contains("Tuần 25/03/2024 – 31/03/2024"))
            let (_, range, _) = try await TestServer.get(client, "/deadlines?today=2026-06-01&from=2024-04-01&to=2024-12-31")
            #expect(range.contains("Đang hiển thị từ 01/04/2024 đến 31/12/2024"))
            #expect(!range.contains("Tuần 25/03/2024 – 31/03/2024"))
            let (bad, _, _) = try await TestServer.get(client, "/deadlines?year=20x4")
            #expect(bad == .badRequest)
        }
    }
}

/// The parts of `/api/search` the tests read.
struct SearchJSON: Decodable {
    struct Result: Decodable {
        var id: Int64
        var kind: String
        var snippet: String
    }

    var instrument: String?
    var results: [Result]
    var hasMore: Bool
}

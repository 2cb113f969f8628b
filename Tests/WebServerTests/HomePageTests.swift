import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebServer

/// Issue 14, items 2, 4 and 10: the home page browses without a query, the instrument banner
/// says what was typed, dates may be written day/month/year.
@Suite("Home page")
struct HomePageTests {
    /// A plan due far in the future, so it is among the next deadlines whatever today is.
    static let futurePlan = SearchRouteTests.plan71
        .replacingOccurrences(of: "71/KH-UBND", with: "88/KH-UBND")
        .replacingOccurrences(of: "15/12/2024", with: "15/12/2098")
        .replacingOccurrences(of: "ngày 07 tháng 02 năm 2024", with: "ngày 09 tháng 03 năm 2024")

    @Test("without a query: the latest documents and the next deadlines")
    func latest() async throws {
        let server = try TestServer()
        try await server.test { client in
            let ids = try await SearchRouteTests.seeded(server, client)
            let future = try #require(try await server.ingest(client, name: "88-KH-UBND.txt", data: Data(Self.futurePlan.utf8)).documentID)
            let (status, page, _) = try await TestServer.get(client, "/")
            #expect(status == .ok)
            #expect(page.contains("Văn bản mới nhất"))
            let order = [future, ids.plan, ids.cited].compactMap { page.range(of: "href=\"/documents/\($0)\"")?.lowerBound }
            #expect(order.count == 3 && order == order.sorted(), "newest first")
            #expect(page.contains("Hạn xử lý sắp tới"))
            #expect(page.contains("15/12/2098"))
        }
    }

    @Test("filters without words list their documents; the API too")
    func filtersAlone() async throws {
        let server = try TestServer()
        try await server.test { client in
            let ids = try await SearchRouteTests.seeded(server, client)
            let (_, page, _) = try await TestServer.get(client, "/?cites=71%2FKH-UBND")
            #expect(page.contains("Văn bản theo bộ lọc"))
            #expect(page.contains("href=\"/documents/\(ids.plan)\""))
            #expect(!page.contains("href=\"/documents/\(ids.cited)\""))
            #expect(!page.contains("Hạn xử lý sắp tới"))
            let (status, body, _) = try await TestServer.get(client, "/api/search?type=K%E1%BA%BF+ho%E1%BA%A1ch&from=01%2F02%2F2024")
            #expect(status == .ok)
            let reply = try JSONDecoder().decode(SearchJSON.self, from: Data(body.utf8))
            #expect(Set(reply.results.map(\.id)) == [ids.plan, ids.cited])
            #expect(reply.results.allSatisfy { $0.kind == "listed" })
        }
    }

    @Test("the instrument banner shows the query as typed")
    func banner() async throws {
        let server = try TestServer()
        try await server.test { client in
            _ = try await SearchRouteTests.seeded(server, client)
            let (_, page, _) = try await TestServer.get(client, "/?q=Ngh%E1%BB%8B+%C4%91%E1%BB%8Bnh+59%2F2023")
            #expect(page.contains("<strong>Nghị định 59/2023</strong>"))
            #expect(!page.contains("NGHI DINH"))
        }
    }
}

/// Issue 14, item 3: two scans of one dispatch are one document with two files.
@Suite("Scan copies on the web")
struct ScanCopyPageTests {
    @Test("the document page lists both files; the deadline and the search result come once")
    func copies() async throws {
        let server = try TestServer()
        try await server.test { client in
            let first = try #require(try await server.ingest(client, name: "71-KH-UBND.txt", data: Data(SearchRouteTests.plan71.utf8)).documentID)
            let rescanned = SearchRouteTests.plan71 + "\n(bản chụp bằng điện thoại)\n"
            let second = try #require(try await server.ingest(client, name: "71 chụp lại.txt", data: Data(rescanned.utf8)).documentID)
            #expect(first != second)
            let (_, page, _) = try await TestServer.get(client, "/documents/\(second)")
            #expect(page.contains("2 bản quét"))
            #expect(page.contains("71-KH-UBND.txt"))
            #expect(page.contains("71 chụp lại.txt"))
            let (_, deadlines, _) = try await TestServer.get(client, "/api/deadlines?after=2024-01-01&today=2024-01-01")
            #expect(deadlines.components(separatedBy: "2024-12-15").count - 1 == 1, "\(deadlines)")
            let (_, home, _) = try await TestServer.get(client, "/")
            #expect(home.contains("href=\"/documents/\(first)\""))
            #expect(!home.contains("href=\"/documents/\(second)\""))
        }
    }
}

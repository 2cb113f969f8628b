import Archive
import ArchiveSynthetic
import DocumentParser
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OCR
import Pipeline
import PostgresArchive
import PostgresNIO
import TestSupport
import Testing

@testable import WebServer

/// `vanthu serve --index postgres://…` (issue 16): the pages and the API answer as on SQLite for
/// the same documents; uploads go through the database's queue, so a second server sees them,
/// a worker stores them, and originals are read from the database.
@Suite("Web server on a PostgreSQL archive", .serialized, .enabled(if: PostgresDatabase.enabled))
struct PostgresWebTests {
    /// A server on the PostgreSQL archive with a cache folder of its own.
    static func app(_ location: PostgresLocation, _ client: PostgresClient, worker: Bool = false) async throws -> (WebApp, URL) {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-web-pg-\(UUID().uuidString)")
        var ocr = OCROptionsForTests.options
        ocr.jobs = 1
        var configuration = WebServerConfiguration(indexPath: location.redacted, ocr: ocr)
        configuration.filesDirectory = cache.path
        return (try await WebApp(configuration: configuration, location: location, client: client, inProcessWorker: worker), cache)
    }

    /// Runs `body` against the router in memory, with the application's services running.
    static func test(_ app: WebApp, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await Application(router: app.router(), services: app.services).test(.router) { client in try await body(client) }
    }

    /// The corpus's ground-truth texts and the status corpus, parsed, plus the seed plan and the
    /// decree it cites.
    static func documents() throws -> [(ParsedDocument, DocumentText)] {
        var documents = [DocumentFixtures.decree59(), DocumentFixtures.seedPlan()]
        for folder in ["Corpus/truth", "Corpus/status"] {
            let url = RepositoryPaths.repository(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                let body = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                let text = DocumentText(path: "\(folder)/\(name)", sha256: DocumentFixtures.sha(body), pages: [.init(number: 1, text: body)])
                documents.append((DocumentParser().parse(text), text))
            }
        }
        return documents
    }

    /// A JSON body as an object, with `citedBy` (whose order the backends may choose) as a set.
    static func normalized(_ body: String) throws -> NSDictionary {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        var copy = object
        if let citedBy = object["citedBy"] as? [Any] {
            copy["citedBy"] = Set(
                try citedBy.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: .sortedKeys), as: UTF8.self) }
            )
        }
        return copy as NSDictionary
    }

    /// A search reply's results as "kind id" strings, and whether more follow.
    static func resultSet(_ body: String) throws -> (Set<String>, Bool?, String?) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        return (Set(results.map { "\($0["kind"] ?? "") \($0["id"] ?? "")" }), object["hasMore"] as? Bool, object["instrument"] as? String)
    }

    @Test("search, documents, deadlines and the graph answer as on SQLite for the same documents")
    func sameAnswersAsSQLite() async throws {
        let sqlite = try TestServer()
        let documents = try Self.documents()
        try await PostgresDatabase.withSchema { location, client in
            let (postgres, cache) = try await Self.app(location, client)
            defer { try? FileManager.default.removeItem(at: cache) }
            for (parsed, text) in documents {
                let expected = try await sqlite.app.archive.store(parsed, text: text)
                #expect(try await postgres.archive.store(parsed, text: text) == expected, "\(parsed.source.path)")
            }
            try await sqlite.test { left in
                try await Self.test(postgres) { right in
                    func both(_ uri: String) async throws -> (String, String) {
                        let (leftStatus, leftBody, _) = try await TestServer.get(left, uri)
                        let (rightStatus, rightBody, _) = try await TestServer.get(right, uri)
                        #expect(leftStatus == rightStatus, "\(uri)")
                        return (leftBody, rightBody)
                    }
                    for query in [
                        "q=", "q=d%C3%A2n+ch%E1%BB%A7", "q=dan+chu", "q=59%2F2023%2FN%C4%90-CP", "q=quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh",
                        "q=ISO", "q=&type=K%E1%BA%BF+ho%E1%BA%A1ch", "q=&from=2024-01-01&to=2024-12-31", "q=&cites=59%2F2023%2FN%C4%90-CP",
                        "q=&in_force=1", "q=dan+chu&limit=2&offset=1",
                    ] {
                        let (expected, actual) = try await both("/api/search?\(query)")
                        let (expectedSet, expectedMore, expectedInstrument) = try Self.resultSet(expected)
                        let (actualSet, actualMore, actualInstrument) = try Self.resultSet(actual)
                        #expect(!expectedSet.isEmpty || query.contains("offset"), "\(query) finds something on SQLite")
                        #expect(actualSet == expectedSet, "\(query)")
                        #expect(actualMore == expectedMore, "\(query)")
                        #expect(actualInstrument == expectedInstrument, "\(query)")
                    }
                    for id in 1...(documents.count + 1) {
                        let (expected, actual) = try await both("/api/documents/\(id)")
                        if id > documents.count { continue }  // 404 on both
                        #expect(try Self.normalized(actual) == Self.normalized(expected), "document \(id)")
                        let (_, page) = try await both("/documents/\(id)")
                        let number = try #require(try await sqlite.app.archive.detail(id: Int64(id))).summary.number
                        if let number { #expect(page.contains(number), "document \(id)") }
                    }
                    for query in ["today=2024-06-01", "today=2024-06-01&overdue=1", "after=2024-01-01&before=2024-12-31&today=2024-06-01"] {
                        let (expected, actual) = try await both("/api/deadlines?\(query)")
                        #expect(expected.count > 2, "\(query): deadlines on SQLite")
                        #expect(actual == expected, "\(query)")
                    }
                    let (expectedPage, actualPage) = try await both("/deadlines?today=2024-06-01")
                    #expect(
                        actualPage.replacingOccurrences(of: postgres.csrfToken, with: "")
                            == expectedPage.replacingOccurrences(of: sqlite.app.csrfToken, with: "")
                    )
                    for uri in ["/api/graph?format=json", "/api/graph?format=csv", "/api/documents/1/graph?format=dot&depth=2"] {
                        let (expected, actual) = try await both(uri)
                        #expect(expected.contains("59/2023"), "\(uri)")
                        #expect(actual == expected, "\(uri)")
                    }
                    let (_, svg) = try await both("/documents/1/graph.svg")
                    #expect(svg.contains("<svg"))
                    let (expectedFacets, actualFacets) = try await both("/api/facets")
                    #expect(actualFacets == expectedFacets)
                }
            }
        }
    }

    @Test("an upload through one server is seen with its state by a second; a worker stores it; the original comes from the database")
    func uploadSeenEverywhere() async throws {
        let scan = try TestServer.corpus("scans/tb-tcd_clean.png")
        try await PostgresDatabase.withSchema { location, client in
            let (first, firstCache) = try await Self.app(location, client)
            let (second, secondCache) = try await Self.app(location, client)
            defer {
                try? FileManager.default.removeItem(at: firstCache)
                try? FileManager.default.removeItem(at: secondCache)
            }
            try await Self.test(first) { one in
                try await Self.test(second) { two in
                    let server = try TestServer()  // for its upload headers (same form on every server)
                    var headers = server.uploadHeaders(name: "tb-tcd_clean.png")
                    headers[HTTPField.Name("X-CSRF-Token")!] = first.csrfToken
                    let (status, queued) = try await one.execute(uri: "/api/uploads", method: .post, headers: headers, body: ByteBuffer(bytes: scan))
                    {
                        ($0.status, try JSONDecoder().decode(UploadJob.self, from: Data($0.body.readableBytesView)))
                    }
                    #expect(status == .accepted)
                    #expect(queued.id > 0 && queued.state == .queued && queued.pages == 1 && queued.format == "png")

                    // The second server answers for it from the database.
                    let (_, polled, _) = try await TestServer.get(two, "/api/uploads?ids=\(queued.id)")
                    let seen = try JSONDecoder().decode([UploadJob].self, from: Data(polled.utf8))
                    #expect(seen.map(\.id) == [queued.id])
                    #expect(seen.first?.state == .queued)
                    #expect(seen.first?.name == "tb-tcd_clean.png" && seen.first?.bytes == scan.count && seen.first?.format == "png")
                    let (_, page, _) = try await TestServer.get(two, "/upload")
                    #expect(page.contains("tb-tcd_clean.png") && page.contains("Đang chờ"))

                    // A worker (as `vanthu worker` runs it) takes the job and stores the document.
                    let worker = JobWorker(queue: IngestQueue(client: client), name: "test-worker", lease: .seconds(60), ocr: first.configuration.ocr)
                    let job = try #require(try await worker.claim())
                    #expect(job.id == Int64(queued.id))
                    let (_, reading, _) = try await TestServer.get(two, "/api/uploads/\(queued.id)")
                    #expect(reading.contains("\"state\":\"reading\""))
                    let outcome = await worker.process(job)
                    #expect(!outcome.isFailure, "\(outcome.line)")

                    for client in [one, two] {
                        let (_, done, _) = try await TestServer.get(client, "/api/uploads/\(queued.id)")
                        let stored = try JSONDecoder().decode(UploadJob.self, from: Data(done.utf8))
                        #expect(stored.state == .stored)
                        #expect(stored.number == "47/TB-UBND")
                        #expect(stored.pages == 1)
                        let id = try #require(stored.documentID)
                        let (_, found, _) = try await TestServer.get(client, "/api/search?q=47%2FTB-UBND")
                        #expect(found.contains("\"id\":\(id)"))
                        let (documentStatus, document, _) = try await TestServer.get(client, "/documents/\(id)?q=thong+bao")
                        #expect(documentStatus == .ok)
                        #expect(document.contains("/documents/\(id)/original"))
                        #expect(document.contains("/documents/\(id)/pages/1/image"))
                        // The original, from the database (neither server ever had the file).
                        let (originalStatus, original, originalHeaders) = try await client.execute(uri: "/documents/\(id)/original", method: .get) {
                            ($0.status, Data($0.body.readableBytesView), $0.headers)
                        }
                        #expect(originalStatus == .ok)
                        #expect(original == scan)
                        #expect(originalHeaders[.contentType] == "image/png")
                        let (imageStatus, image, _) = try await client.execute(uri: "/documents/\(id)/pages/1/image", method: .get) {
                            ($0.status, Data($0.body.readableBytesView), $0.headers)
                        }
                        #expect(imageStatus == .ok)
                        #expect(image.starts(with: [0xFF, 0xD8, 0xFF]))
                    }
                    #expect(FileManager.default.fileExists(atPath: secondCache.appendingPathComponent(IngestQueue.sha256(of: scan)).path))

                    // The same content again, through the second server: already archived, nothing queued.
                    var again = headers
                    again[HTTPField.Name("X-CSRF-Token")!] = second.csrfToken
                    let (againStatus, duplicate) = try await two.execute(
                        uri: "/api/uploads",
                        method: .post,
                        headers: again,
                        body: ByteBuffer(bytes: scan)
                    ) {
                        ($0.status, try JSONDecoder().decode(UploadJob.self, from: Data($0.body.readableBytesView)))
                    }
                    #expect(againStatus == .ok)
                    #expect(duplicate.state == .duplicate && duplicate.number == "47/TB-UBND")
                    #expect(try await IngestQueue(client: client).status().done == 1)
                    #expect(try await IngestQueue(client: client).status().queued == 0)

                    // Refused before the queue: answered at once, never in the database.
                    var empty = headers
                    empty[HTTPField.Name("X-File-Name")!] = "rong.pdf"
                    let (refusedStatus, refused) = try await one.execute(uri: "/api/uploads", method: .post, headers: empty, body: ByteBuffer()) {
                        ($0.status, try JSONDecoder().decode(UploadJob.self, from: Data($0.body.readableBytesView)))
                    }
                    #expect(refusedStatus == .badRequest)
                    #expect(refused.id < 0 && refused.state == .failed)
                    let (_, refusedPolled, _) = try await TestServer.get(one, "/api/uploads?ids=\(refused.id),\(queued.id)")
                    #expect(try JSONDecoder().decode([UploadJob].self, from: Data(refusedPolled.utf8)).map(\.id) == [refused.id, queued.id])
                }
            }
        }
    }

    @Test("the in-process worker of a server stores what was uploaded to it")
    func inProcessWorker() async throws {
        let text = try TestServer.corpus("truth/cv-snv.gt.txt")
        try await PostgresDatabase.withSchema { location, client in
            let (app, cache) = try await Self.app(location, client, worker: true)
            defer { try? FileManager.default.removeItem(at: cache) }
            try await Self.test(app) { client in
                let server = try TestServer()
                var headers = server.uploadHeaders(name: "cv-snv.txt")
                headers[HTTPField.Name("X-CSRF-Token")!] = app.csrfToken
                let (status, queued) = try await client.execute(uri: "/api/uploads", method: .post, headers: headers, body: ByteBuffer(bytes: text)) {
                    ($0.status, try JSONDecoder().decode(UploadJob.self, from: Data($0.body.readableBytesView)))
                }
                #expect(status == .accepted)
                var job = queued
                for _ in 0..<600 where job.state == .queued || job.state == .reading {
                    try await Task.sleep(for: .milliseconds(50))
                    let (_, body, _) = try await TestServer.get(client, "/api/uploads/\(queued.id)")
                    job = try JSONDecoder().decode(UploadJob.self, from: Data(body.utf8))
                }
                #expect(job.state == .stored, "\(job.reason ?? "")")
                #expect(job.number == "366/SNV-CCVC")
                let (_, original, _) = try await TestServer.get(client, "/documents/\(try #require(job.documentID))/original")
                #expect(original == String(decoding: text, as: UTF8.self))
            }
        }
    }
}

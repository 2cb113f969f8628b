import Archive
import DocumentParser
import Foundation

/// The SQLite archive as the web server uses it: every call runs on Dispatch's threads (SQLite
/// blocks), so a slow query never holds one of the few threads the server's async tasks share.
/// The PostgreSQL archive is asynchronous already and is used as it is.
struct DispatchedArchive: ArchiveStore {
    /// The archive file.
    let sqlite: SQLiteArchive

    func store(_ parsed: ParsedDocument, text: DocumentText) async throws -> StoreOutcome {
        try await WebApp.background { [sqlite] in try sqlite.store(parsed, text: text) }
    }

    func store(batch documents: [(ParsedDocument, DocumentText)]) async throws -> [StoreOutcome] {
        try await WebApp.background { [sqlite] in try sqlite.store(batch: documents) }
    }

    func contains(sha256: String) async throws -> Bool {
        try await WebApp.background { [sqlite] in try sqlite.contains(sha256: sha256) }
    }

    func documentID(sha256: String) async throws -> Int64? {
        try await WebApp.background { [sqlite] in try sqlite.documentID(sha256: sha256) }
    }

    func search(_ query: SearchQuery) async throws -> SearchPage {
        try await WebApp.background { [sqlite] in try sqlite.search(query) }
    }

    func resolve(_ reference: String) async throws -> [DocumentSummary] {
        try await WebApp.background { [sqlite] in try sqlite.resolve(reference) }
    }

    func detail(id: Int64) async throws -> DocumentDetail? {
        try await WebApp.background { [sqlite] in try sqlite.detail(id: id) }
    }

    /// Written to a string on a Dispatch thread, then to `output`.
    func exportGraph<Output: TextOutputStream>(_ options: GraphOptions, to output: inout Output) async throws {
        let text = try await WebApp.background { [sqlite] in
            var text = ""
            try sqlite.exportGraph(options, to: &text)
            return text
        }
        output.write(text)
    }

    func deadlines(_ query: DeadlineQuery) async throws -> [DeadlineEntry] {
        try await WebApp.background { [sqlite] in try sqlite.deadlines(query) }
    }

    func deadlineYears() async throws -> [Int] {
        try await WebApp.background { [sqlite] in try sqlite.deadlineYears() }
    }

    func facets() async throws -> ArchiveFacets {
        try await WebApp.background { [sqlite] in try sqlite.facets() }
    }

    func status(of number: String, effectiveDate: String?, today: String, excluding: Int64?) async throws -> DocumentStatus {
        try await WebApp.background { [sqlite] in try sqlite.status(of: number, effectiveDate: effectiveDate, today: today, excluding: excluding) }
    }

    func storeWords(documentID: Int64, pages: [PageWords]) async throws {
        try await WebApp.background { [sqlite] in try sqlite.storeWords(documentID: documentID, pages: pages) }
    }

    func words(documentID: Int64) async throws -> [PageWords] {
        try await WebApp.background { [sqlite] in try sqlite.words(documentID: documentID) }
    }

}

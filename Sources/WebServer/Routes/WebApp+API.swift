import Archive
import DocumentParser
import Foundation
import Hummingbird

extension WebApp {
    /// The JSON API: search, documents, graphs, deadlines, facets and the session's anti-forgery
    /// token (uploads are in ``addUploadRoutes(to:)``).
    func addAPIRoutes(to router: Router<BasicRequestContext>) {
        router.get("/api/search") { request, _ in
            let query = FormQuery(request.uri.query)
            let page = try await self.search(query, highlight: ("«", "»"))
            return try Reply.json(
                SearchReply(
                    instrument: page.instrument.map { String(describing: $0) },
                    results: page.results,
                    hasMore: page.hasMore,
                    queryWords: page.queryWords
                )
            )
        }
        router.get("/api/documents/:id") { _, context in
            let detail = try await self.detail(context)
            return try Reply.json(DocumentReply(detail, hasOriginal: await self.originalPath(detail) != nil))
        }
        router.get("/api/documents/:id/graph") { request, context in
            let id = try Self.documentID(context)
            let query = FormQuery(request.uri.query)
            return try await self.graphExport(around: String(id), query: query, filename: "trich-dan-\(id)")
        }
        router.get("/api/graph") { request, _ in
            let query = FormQuery(request.uri.query)
            return try await self.graphExport(around: query["around"], query: query, filename: "trich-dan")
        }
        router.get("/api/deadlines") { request, _ in
            let query = FormQuery(request.uri.query)
            if query["format"] == "ics" { return try await self.calendar(request) }
            return try Reply.json(try await self.deadlines(query))
        }
        router.get("/api/facets") { _, _ in try Reply.json(try await self.facets()) }
        router.get("/api/session") { _, _ in try Reply.json(["csrfToken": self.csrfToken]) }
    }

    /// A graph export in any format the command line writes (`format`, `depth`).
    func graphExport(around: String?, query: FormQuery, filename: String) async throws -> Response {
        let name = query["format"] ?? "graphml"
        guard let format = GraphOptions.Format(rawValue: name) else {
            let known = GraphOptions.Format.allCases.map(\.rawValue).joined(separator: ", ")
            throw WebError(.badRequest, "Định dạng sơ đồ không có: \(name). Có: \(known).")
        }
        var text = ""
        try await archive.exportGraph(GraphOptions(format: format, around: around, depth: query.integer("depth", in: 0...5, default: 1)), to: &text)
        let type =
            switch format {
            case .graphml, .gexf: "application/xml; charset=utf-8"
            case .json: "application/json; charset=utf-8"
            case .csv, .nodesCSV, .edgesCSV: "text/csv; charset=utf-8"
            case .dot: "text/vnd.graphviz; charset=utf-8"
            }
        let ext =
            switch format {
            case .nodesCSV: "nodes.csv"
            case .edgesCSV: "edges.csv"
            default: format.rawValue
            }
        return Reply.text(text, contentType: type, filename: "\(filename).\(ext)")
    }
}

/// `/api/search`: the instrument understood, one page of results, whether more follow.
struct SearchReply: Encodable {
    var instrument: String?
    var results: [SearchResult]
    var hasMore: Bool
    /// The query's word count when it had more than 64 (only the first 64 were searched).
    var queryWords: Int?
}

/// `/api/documents/:id`: everything `vanthu show --json` knows, plus links.
struct DocumentReply: Encodable {
    /// A page's text.
    struct Page: Encodable {
        var number: Int
        var text: String
        var confidence: Double?
    }

    var summary: DocumentSummary
    var parsed: ParsedDocument
    var citations: [DocumentDetail.OutgoingCitation]
    var citedBy: [DocumentDetail.IncomingCitation]
    var pages: [Page]
    var supersedes: Int64?
    var original: String?
    var graph: String

    init(_ detail: DocumentDetail, hasOriginal: Bool) {
        summary = detail.summary
        parsed = detail.parsed
        citations = detail.citations
        citedBy = detail.citedBy
        pages = detail.pages.map { Page(number: $0.number, text: $0.text, confidence: $0.confidence) }
        supersedes = detail.supersedes
        original = hasOriginal ? "/documents/\(detail.summary.id)/original" : nil
        graph = "/documents/\(detail.summary.id)/graph.svg"
    }
}

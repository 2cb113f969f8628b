import Archive
import DocumentParser
import Foundation
import Hummingbird

extension WebApp {
    /// `/documents/:id`, its graph page and the graph as SVG.
    func addDocumentRoutes(to router: Router<BasicRequestContext>) {
        router.get("/documents/:id") { request, context in
            let detail = try await self.detail(context)
            let query = FormQuery(request.uri.query)["q"]
            let view = DocumentView(
                detail: detail,
                highlighter: TermHighlighter(query: query),
                hasOriginal: await self.originalPath(detail) != nil,
                canMakeSearchablePDF: await self.canMakeSearchablePDF(detail),
                scans: await self.scans(detail, highlighter: TermHighlighter(query: query))
            )
            return Reply.html(view.render(csrfToken: self.csrfToken))
        }
        router.get("/documents/:id/graph") { request, context in
            let detail = try await self.detail(context)
            let depth = FormQuery(request.uri.query).integer("depth", in: 1...3, default: 1)
            var view = GraphView(summary: detail.summary, depth: depth, svg: nil, problem: nil)
            do {
                view.svg = HTML(trusted: try await self.graphSVG(id: detail.summary.id, depth: depth))
            } catch let error as WebError {
                view.problem = error.message
            }
            return Reply.html(view.render(csrfToken: self.csrfToken))
        }
        router.get("/documents/:id/graph.svg") { request, context in
            let id = try Self.documentID(context)
            let depth = FormQuery(request.uri.query).integer("depth", in: 1...3, default: 1)
            let svg = try await self.graphSVG(id: id, depth: depth)
            return Reply.text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg, contentType: "image/svg+xml; charset=utf-8")
        }
    }

    /// The `:id` parameter.
    static func documentID(_ context: BasicRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self), id > 0 else { throw WebError.badDocumentID }
        return id
    }

    /// The document named by `:id`.
    func detail(_ context: BasicRequestContext) async throws -> DocumentDetail {
        guard let detail = try await archive.detail(id: try Self.documentID(context)) else { throw WebError.notFound }
        return detail
    }

    /// The citation graph around a document, `depth` steps both ways, drawn by Graphviz.
    func graphSVG(id: Int64, depth: Int) async throws -> String {
        var dot = ""
        try await archive.exportGraph(GraphOptions(format: .dot, around: String(id), depth: depth), to: &dot)
        return try await graphs.svg(GraphRenderer.linked(dot, focus: id))
    }

    /// The original file of a document, when the server still has it (on a PostgreSQL archive,
    /// copied from the database into the server's cache first).
    func originalPath(_ detail: DocumentDetail) async -> String? {
        await originals.original(sha256: detail.parsed.source.sha256, sourcePath: detail.summary.sourcePath)
    }
}

import Archive
import DocumentParser
import Foundation
import Hummingbird
import OCR

extension WebApp {
    /// The original, the page images and the searchable PDF of a document. Paths come from the
    /// archive (kept copy by digest, or the ingested file when its content still matches), never
    /// from the request.
    func addFileRoutes(to router: Router<BasicRequestContext>) {
        router.get("/documents/:id/original") { _, context in
            let detail = try await self.detail(context)
            guard let path = await self.originalPath(detail),
                let data = try await Self.background({ FileManager.default.contents(atPath: path) })
            else {
                throw WebError(.notFound, "Máy chủ không còn bản gốc của văn bản này.")
            }
            let format = InputFormat.sniff(data.prefix(4096))?.rawValue ?? "text"
            return Reply.bytes(data, contentType: Reply.contentType(ofFormat: format), filename: Self.fileName(detail))
        }
        router.get("/documents/:id/pages/:page/image") { _, context in
            let detail = try await self.detail(context)
            guard let number = context.parameters.get("page", as: Int.self), detail.pages.contains(where: { $0.number == number }) else {
                throw WebError(.notFound, "Văn bản không có trang này.")
            }
            guard let path = await self.originalPath(detail), let format = try? InputFormat.sniff(path: path), format != .text else {
                throw WebError(.notFound, "Không có ảnh của trang này.")
            }
            let words = try await self.archive.words(documentID: detail.summary.id).first { $0.page == number }
            let limits = self.configuration.ocr.limits
            let data = try await Self.background {
                try PagePicture.jpeg(path: path, page: number, rotation: words?.rotation ?? 0, deskewAngle: words?.deskewAngle, limits: limits)
            }
            var response = Reply.bytes(data, contentType: "image/jpeg")
            response.headers[.cacheControl] = "private, max-age=3600"
            return response
        }
        router.get("/documents/:id/searchable.pdf") { _, context in
            let detail = try await self.detail(context)
            guard await self.canMakeSearchablePDF(detail), let path = await self.originalPath(detail) else {
                throw WebError(.notFound, "Không làm được PDF có lớp chữ cho văn bản này (không có bản quét gốc).")
            }
            let pdf = try await self.searchablePDFs.pdf(of: path, sha256: detail.parsed.source.sha256)
            let base = (Self.fileName(detail) as NSString).deletingPathExtension
            return Reply.bytes(pdf, contentType: "application/pdf", filename: base + ".searchable.pdf")
        }
    }

    /// The name the original is offered under: the uploaded file's name.
    static func fileName(_ detail: DocumentDetail) -> String {
        detail.summary.sourcePath.split(separator: "/").last.map(String.init) ?? "van-ban-\(detail.summary.id)"
    }

    /// Page images with the boxes of the words matching the query, for the pages whose word boxes
    /// were kept and whose original the server has.
    func scans(_ detail: DocumentDetail, highlighter: TermHighlighter) async -> [Int: DocumentView.PageScan] {
        guard let path = await originalPath(detail), (try? InputFormat.sniff(path: path)) != .text,
            let pages = try? await archive.words(documentID: detail.summary.id)
        else { return [:] }
        var scans: [Int: DocumentView.PageScan] = [:]
        for page in pages {
            let marks = highlighter.isEmpty ? [] : page.words.filter { highlighter.matches($0.text) }.map { ($0.x, $0.y, $0.width, $0.height) }
            scans[page.page] = .init(width: page.width, height: page.height, marks: marks)
        }
        return scans
    }

    /// Whether a searchable PDF can be made: the original is a scan the server still has.
    func canMakeSearchablePDF(_ detail: DocumentDetail) async -> Bool {
        guard let path = await originalPath(detail), let format = try? InputFormat.sniff(path: path) else { return false }
        return format != .text && detail.parsed.source.textSource != .pdfText
    }
}

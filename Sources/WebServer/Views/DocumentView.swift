import Archive
import DocumentParser
import Foundation

/// A document: its fields, actions, citations both ways, deadlines, and its pages (scan with the
/// matched words marked at their boxes, when the original and the word boxes are there; text).
struct DocumentView {
    /// A page image with the boxes of matched words, in the image's pixels.
    struct PageScan {
        var width: Int
        var height: Int
        var marks: [(x: Int, y: Int, width: Int, height: Int)]
    }

    var detail: DocumentDetail
    var highlighter: TermHighlighter
    var hasOriginal: Bool
    var canMakeSearchablePDF: Bool
    var scans: [Int: PageScan]

    func render(csrfToken: String) -> HTML {
        let summary = detail.summary
        let title = Layout.title(number: summary.number, type: summary.type, id: summary.id)
        return Layout.page(
            title: title,
            section: .document,
            csrfToken: csrfToken,
            body: """
                <article class="document">
                <h1>\(title)</h1>
                \(summary.subject.map { "<p class=\"lead\">\($0)</p>" as HTML } ?? "")
                \(versionNote)
                \(copyList)
                \(standing)
                \(actions)
                \(fields)
                \(warnings)
                \(citations)
                \(citedBy)
                \(deadlines)
                \(pages)
                </article>
                """
        )
    }

    /// The scans of the same dispatch (same number, issuer and date), each with its file.
    private var copyList: HTML {
        guard !detail.copies.isEmpty else { return "" }
        let items = detail.copies.map { copy -> HTML in
            let file = copy.sourcePath.split(separator: "/").last.map(String.init) ?? copy.sourcePath
            let this: HTML = copy.id == detail.summary.id ? " <span class=\"muted\">(bản đang xem)</span>" : ""
            return "<li><a href=\"/documents/\(copy.id)\">#\(copy.id)</a> \(file)\(this)</li>"
        }
        let head: HTML = detail.copyOf.map { "; bản đầu tiên: <a href=\"/documents/\($0)\">#\($0)</a>" as HTML } ?? ""
        return """
            <section class="copies"><p><strong>\(detail.copies.count) bản quét</strong> của cùng văn bản (cùng số, cơ quan và ngày)\(head):</p>
            <ul>\(items)</ul></section>
            """
    }

    private var versionNote: HTML {
        var notes: [HTML] = []
        if let newer = detail.summary.supersededBy {
            notes.append("<p class=\"notice\">Đây là bản cũ của tệp này; <a href=\"/documents/\(newer)\">xem bản mới</a>.</p>")
        }
        if let older = detail.supersedes {
            notes.append("<p class=\"muted\">Thay cho <a href=\"/documents/\(older)\">bản trước</a> của cùng tệp.</p>")
        }
        return HTML.join(notes)
    }

    private var actions: HTML {
        let id = detail.summary.id
        var links: [HTML] = []
        if hasOriginal {
            links.append("<a class=\"button\" href=\"/documents/\(id)/original\" download>Tải bản gốc</a>")
            if canMakeSearchablePDF {
                links.append(
                    "<a class=\"button\" href=\"/documents/\(id)/searchable.pdf\" download data-wait=\"Đang tạo PDF có lớp chữ (lần đầu mất vài giây mỗi trang)…\">Tải PDF có lớp chữ</a>"
                )
            }
        } else {
            links.append("<span class=\"muted\">Không còn bản gốc trên máy chủ.</span>")
        }
        links.append("<a class=\"button\" href=\"/documents/\(id)/graph\">Sơ đồ trích dẫn</a>")
        links.append("<a class=\"button subtle\" href=\"/api/documents/\(id)\">JSON</a>")
        return "<p class=\"actions\">\(links)</p>"
    }

    private var fields: HTML {
        let parsed = detail.parsed
        let signer = [parsed.signer?.title, parsed.signer?.name].compactMap { $0 }.joined(separator: " ")
        let source: String? =
            switch parsed.source.textSource {
            case .ocr: "Nhận dạng chữ (OCR)"
            case .pdfText: "Lớp chữ của PDF"
            case .plainText: "Tệp văn bản"
            case nil: nil
            }
        let confidence = parsed.source.meanConfidence.map { String(Int($0.rounded())) + "%" }
        let rows: [(String, String?)] = [
            ("Số, ký hiệu", parsed.number?.text), ("Loại văn bản", parsed.type), ("Ngày ban hành", Layout.date(parsed.date)),
            ("Địa danh", parsed.place), ("Cơ quan ban hành", parsed.issuer), ("Cơ quan chủ quản", parsed.parentIssuer),
            ("Người ký", signer.isEmpty ? nil : signer), ("Nơi nhận", parsed.recipients.isEmpty ? nil : parsed.recipients.joined(separator: "; ")),
            ("Tệp", detail.summary.sourcePath.split(separator: "/").last.map(String.init)),
            ("Số trang", String(parsed.source.pages)), ("Nguồn chữ", source), ("Độ tin cậy OCR", confidence),
        ]
        let items = rows.compactMap { label, value -> HTML? in
            guard let value, !value.isEmpty else { return nil }
            let origin: HTML =
                switch label {
                case "Số, ký hiệu": Self.provenance(parsed.evidence?.number)
                case "Ngày ban hành": Self.provenance(parsed.evidence?.date)
                default: ""
                }
            return "<dt>\(label)</dt><dd>\(value)\(origin)</dd>"
        }
        return "<dl class=\"fields\">\(items)</dl>"
    }

    /// A badge saying where a number or date came from when it was not printed and sure:
    /// "viết tay · cần kiểm tra · 0,32".
    static func provenance(_ field: Evidence.Field?) -> HTML {
        guard let field, field.from != .printed || field.confidence < 0.8 else { return "" }
        let origin =
            switch field.from {
            case .printed: "chữ in"
            case .handwritten: "viết tay"
            case .fileName: "theo tên tệp"
            case .signatureTime: "theo thời gian ký số"
            case .archiveSeries: "theo dãy số của cơ quan"
            case .citedBy: "theo văn bản dẫn chiếu"
            }
        let check = field.confidence < 0.8 ? " · cần kiểm tra" : ""
        let sure = String(format: "%.2f", field.confidence).replacingOccurrences(of: ".", with: ",")
        let kind: HTML = field.confidence < 0.8 ? "badge uncertain" : "badge"
        return " <span class=\"\(kind)\" title=\"Nguồn của giá trị và độ tin cậy\">\(origin)\(check) · \(sure)</span>"
    }

    /// Whether the document still stands, with links to the documents that acted on it.
    private var standing: HTML {
        let status = detail.status
        guard status.state != .inForce else { return "" }
        let links = status.acts.map { act -> HTML in
            let d = act.by
            return "<a href=\"/documents/\(d.id)\">\(Layout.title(number: d.number, type: d.type, id: d.id))</a>"
        }
        let kind: HTML = status.stands ? "status" : "status void"
        return
            "<p class=\"\(kind)\" data-state=\"\(status.state.rawValue)\">\(status.vietnamese)\(links.isEmpty ? "" : " · ")\(HTML.join(links, separator: ", "))</p>"
    }

    /// What to check, in Vietnamese and open: a clerk must see it without looking for it. Each
    /// item carries its code for scripts and styles.
    private var warnings: HTML {
        let notices = detail.notices
        guard !notices.isEmpty else { return "" }
        let items = notices.map { "<li data-code=\"\($0.code.rawValue)\">\($0.vietnamese)</li>" as HTML }
        return "<section class=\"warnings\"><h2>Cần kiểm tra (\(notices.count))</h2><ul>\(items)</ul></section>"
    }

    private var citations: HTML {
        guard !detail.citations.isEmpty else { return "<section><h2>Văn bản được trích dẫn</h2><p class=\"muted\">Không có.</p></section>" }
        let rows = detail.citations.map { outgoing -> HTML in
            let citation = outgoing.citation
            let label = [citation.type, (citation.number ?? citation.knownNumber)?.text ?? citation.name].compactMap { $0 }.joined(separator: " ")
            let target: HTML
            if let resolved = outgoing.resolvedDocumentID {
                target = "<a href=\"/documents/\(resolved)\">\(label)</a>"
            } else if let number = citation.number ?? citation.knownNumber {
                target =
                    "<a href=\"/\(QueryString.make([("q", number.text)]))\" title=\"Không có trong kho: tìm văn bản trích dẫn số này\">\(label)</a> <span class=\"muted\">(ngoài kho)</span>"
            } else {
                target = "\(label) <span class=\"muted\">(ngoài kho)</span>"
            }
            let relation = citation.relation == .basis ? "Căn cứ" : "Tham chiếu"
            let ambiguous: HTML = outgoing.ambiguous ? " <span class=\"badge\">nhiều văn bản trùng số</span>" : ""
            let handwritten: HTML =
                citation.numberHandwritten == true
                ? " <span class=\"badge\" title=\"Số viết tay, đọc bằng bộ đọc chữ số viết tay: cần kiểm tra\">số viết tay</span>" : ""
            return """
                <tr><td>\(relation)</td><td>\(target)\(ambiguous)\(handwritten)</td><td>\(Layout.date(citation.date))</td><td class="quote">\(citation.text)</td><td>\(citation.page.map { String($0) })</td></tr>
                """
        }
        return """
            <section><h2>Văn bản được trích dẫn (\(detail.citations.count))</h2>
            <table class="list"><thead><tr><th>Quan hệ</th><th>Văn bản</th><th>Ngày</th><th>Trích</th><th>Trang</th></tr></thead>
            <tbody>\(rows)</tbody></table></section>
            """
    }

    private var citedBy: HTML {
        guard !detail.citedBy.isEmpty else {
            return "<section><h2>Văn bản trích dẫn văn bản này</h2><p class=\"muted\">Chưa có văn bản nào trong kho.</p></section>"
        }
        let rows = detail.citedBy.map { incoming -> HTML in
            let document = incoming.document
            let ambiguous: HTML = incoming.ambiguous ? " <span class=\"badge\">chưa rõ văn bản nào</span>" : ""
            return """
                <tr><td><a href="/documents/\(document.id)">\(Layout.title(number: document.number, type: document.type, id: document.id))</a>\(ambiguous)</td><td>\(Layout.date(document.date))</td><td>\(document.issuer)</td><td class="quote">\(incoming.text)</td></tr>
                """
        }
        return """
            <section><h2>Văn bản trích dẫn văn bản này (\(detail.citedBy.count))</h2>
            <table class="list"><thead><tr><th>Văn bản</th><th>Ngày</th><th>Cơ quan</th><th>Trích</th></tr></thead>
            <tbody>\(rows)</tbody></table></section>
            """
    }

    private var deadlines: HTML {
        guard !detail.deadlines.isEmpty else { return "" }
        let rows = detail.deadlines.map { deadline -> HTML in
            let when = [Layout.date(deadline.date) ?? Layout.date(deadline.dueBy).map { "\($0) (cuối kỳ)" }, deadline.time].compactMap { $0 }.joined(
                separator: " "
            )
            return
                "<tr><td>\(when.isEmpty ? "—" : when)</td><td>\(deadline.task ?? deadline.text)</td><td>\(deadline.responsible)</td><td>\(deadline.recurrence)</td></tr>"
        }
        return """
            <section><h2>Hạn xử lý</h2>
            <table class="list"><thead><tr><th>Hạn</th><th>Việc</th><th>Thực hiện</th><th>Lặp lại</th></tr></thead>
            <tbody>\(rows)</tbody></table></section>
            """
    }

    private var pages: HTML {
        let id = detail.summary.id
        let items = detail.pages.map { page -> HTML in
            var image: HTML = ""
            if let scan = scans[page.number] {
                let rects = scan.marks.map { mark -> HTML in
                    "<rect x=\"\(mark.x)\" y=\"\(mark.y)\" width=\"\(mark.width)\" height=\"\(mark.height)\"></rect>"
                }
                image = """
                    <figure class="scan-frame"><div class="scan" title="Bấm để phóng to hoặc thu nhỏ"><img src="/documents/\(id)/pages/\(page.number)/image" alt="Ảnh trang \(page.number)" loading="lazy" width="\(scan.width)" height="\(scan.height)"><svg viewBox="0 0 \(scan.width) \(scan.height)" preserveAspectRatio="none" aria-hidden="true">\(rects)</svg></div><figcaption><a href="/documents/\(id)/pages/\(page.number)/image" target="_blank" rel="noopener">Mở ảnh cỡ lớn</a></figcaption></figure>
                    """
            }
            return """
                <section class="page" id="trang-\(page.number)">
                <h3>Trang \(page.number)</h3>
                <div class="page-body">\(image)<pre class="text">\(highlighter.html(page.text))</pre></div>
                </section>
                """
        }
        return "<section><h2>Nội dung</h2>\(items)</section>"
    }
}

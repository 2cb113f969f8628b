import Archive

/// The citation neighbourhood of a document: the SVG Graphviz drew, and the export links.
struct GraphView {
    var summary: DocumentSummary
    var depth: Int
    /// The SVG, already cleaned of its XML prologue; `nil` with `problem` when it could not be drawn.
    var svg: HTML?
    var problem: String?

    func render(csrfToken: String) -> HTML {
        let id = summary.id
        let title = Layout.title(number: summary.number, type: summary.type, id: id)
        let depths = (1...3).map { value -> HTML in
            value == depth ? "<strong>\(value)</strong>" : "<a href=\"/documents/\(id)/graph?depth=\(value)\">\(value)</a>"
        }
        let exports = GraphOptions.Format.allCases.map { format -> HTML in
            "<a class=\"button subtle\" href=\"/api/documents/\(id)/graph?format=\(format.rawValue)&amp;depth=\(depth)\" download=\"trich-dan-\(id).\(format.rawValue)\">\(format.rawValue.uppercased())</a>"
        }
        let svgLink: HTML = "<a class=\"button subtle\" href=\"/documents/\(id)/graph.svg?depth=\(depth)\" download=\"trich-dan-\(id).svg\">SVG</a>"
        return Layout.page(
            title: "Sơ đồ trích dẫn \(title)",
            section: .document,
            csrfToken: csrfToken,
            body: """
                <h1>Sơ đồ trích dẫn: <a href="/documents/\(id)">\(title)</a></h1>
                <p class="actions">Số bước: \(depths) · Xuất: \(exports)\(svgLink)</p>
                <p class="muted">Mũi tên đi từ văn bản trích dẫn đến văn bản được trích dẫn; nét đậm là căn cứ, khung nét đứt là văn bản ngoài kho. Bấm vào một văn bản để mở.</p>
                \(problem.map { "<p class=\"error\">\($0)</p>" as HTML } ?? "")
                <div class="graph">\(svg ?? "")</div>
                """
        )
    }
}

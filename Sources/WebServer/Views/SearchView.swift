import Archive

/// The search page: one box, filters, results with highlighted snippets, pages.
struct SearchView {
    /// What the person asked.
    struct Form {
        var text: String
        var type: String?
        var issuer: String?
        var from: String?
        var to: String?
        var page: Int
        var cites: String? = nil
        /// Only documents still in force.
        var inForce = false

        /// The link to another page of the same search.
        func link(page: Int) -> String {
            "/"
                + QueryString.make([
                    ("q", text), ("type", type), ("issuer", issuer), ("from", from), ("to", to), ("cites", cites),
                    ("in_force", inForce ? "1" : nil), ("page", page > 1 ? String(page) : nil),
                ])
        }

        /// Whether a filter narrows the list.
        var hasFilters: Bool { [type, issuer, from, to, cites].contains { $0 != nil } || inForce }

        /// The home page: no words, no filters, first page (latest documents and next deadlines).
        var isBrowsingHome: Bool { text.isEmpty && !hasFilters && page == 1 }
    }

    /// How many upcoming deadlines the home page lists.
    static let nextDeadlineCount = 8

    var form: Form
    var facets: ArchiveFacets
    /// `nil` before any search.
    var results: SearchPage?
    var error: String?
    /// On the home page: the next deadlines from today.
    var nextDeadlines: [DeadlineEntry] = []

    func render(csrfToken: String) -> HTML {
        Layout.page(
            title: form.text.isEmpty ? "Tìm kiếm" : form.text,
            section: .search,
            csrfToken: csrfToken,
            body: """
                <h1>Tìm văn bản</h1>
                \(searchForm)
                \(error.map { "<p class=\"error\">\($0)</p>" as HTML } ?? "")
                \(deadlineList)
                \(resultList)
                """
        )
    }

    private var searchForm: HTML {
        let typeOptions = facets.types.map { count -> HTML in
            let selected: HTML = count.value == form.type ? " selected" : ""
            return "<option value=\"\(count.value)\"\(selected)>\(count.value) (\(count.count))</option>"
        }
        let issuerOptions = facets.issuers.map { count -> HTML in "<option value=\"\(count.value)\"></option>" }
        return """
            <form class="search" method="get" action="/" role="search">
            <div class="box">
            <input type="search" name="q" value="\(form.text)" placeholder="Ví dụ: nghi dinh 59/2023, QĐ 3855, dân vận chính quyền" aria-label="Nội dung tìm" autofocus>
            <button type="submit">Tìm</button>
            </div>
            <div class="filters">
            <label>Loại văn bản <select name="type"><option value="">Tất cả</option>\(typeOptions)</select></label>
            <label>Cơ quan ban hành <input name="issuer" list="issuers" value="\(form.issuer)" placeholder="UBND Quận 6"></label>
            <datalist id="issuers">\(issuerOptions)</datalist>
            <label>Từ ngày <input type="date" name="from" value="\(form.from)"></label>
            <label>Đến ngày <input type="date" name="to" value="\(form.to)"></label>
            <label><input type="checkbox" name="in_force" value="1"\(form.inForce ? " checked" : "")> Chỉ văn bản còn hiệu lực</label>
            \(form.cites.map { "<input type=\"hidden\" name=\"cites\" value=\"\($0)\">" as HTML } ?? "")
            </div>
            </form>
            <p class="muted">Kho có \(facets.documents) văn bản. Gõ không dấu cũng được; số hiệu (“59/2023/NĐ-CP”, “NĐ 59/2023”) tìm cả văn bản trích dẫn nó.</p>
            """
    }

    private var resultList: HTML {
        guard let results else { return "" }
        var parts: [HTML] = []
        if form.text.isEmpty {
            parts.append(
                form.hasFilters
                    ? "<h2>Văn bản theo bộ lọc, mới nhất trước</h2>"
                    : "<h2>Văn bản mới nhất</h2>"
            )
        }
        if let instrument = results.instrument {
            parts.append(
                "<p class=\"instrument\">Tìm theo số hiệu <strong>\(instrument.typedText)</strong>: văn bản mang số đó trước, rồi các văn bản trích dẫn nó, rồi các văn bản có các từ đã gõ.</p>"
            )
        }
        if let words = results.queryWords {
            parts.append("<p class=\"muted\">Câu tìm có \(words) từ: chỉ \(SearchQuery.maximumWords) từ đầu được dùng để tìm.</p>")
        }
        if results.results.isEmpty {
            parts.append("<p class=\"empty\">Không có kết quả.</p>")
            return HTML.join(parts)
        }
        let items = results.results.map { result -> HTML in
            let badge: HTML =
                switch result.kind {
                case .instrument: "<span class=\"badge instrument\">Văn bản được nêu</span> "
                case .cites:
                    result.ambiguous == true
                        ? "<span class=\"badge cites\">Trích dẫn (chưa rõ văn bản nào)</span> " : "<span class=\"badge cites\">Trích dẫn</span> "
                case .text, .listed: ""
                }
            let standing: HTML =
                result.standing.map { state -> HTML in
                    let text: String =
                        switch state {
                        case .replaced: "Đã bị thay thế"
                        case .repealed: "Đã bị bãi bỏ"
                        case .partlyRepealed: "Bị bãi bỏ một phần"
                        case .partlyReplaced: "Bị thay thế một phần"
                        case .amended: "Đã sửa đổi, bổ sung"
                        case .notYetInForce: "Chưa có hiệu lực"
                        case .inForce: "Còn hiệu lực"
                        }
                    return "<span class=\"badge standing \(state.rawValue)\">\(text)</span> "
                } ?? ""
            let file = result.sourcePath.split(separator: "/").last.map(String.init)
            let meta = [Layout.date(result.date), result.issuer, file].compactMap { $0 }.joined(separator: " · ")
            let page: HTML = result.page.map { " <span class=\"muted\">trang \($0)</span>" } ?? ""
            let highlight = QueryString.make([("q", form.text)])
            return """
                <li class="result">
                <div class="result-head">\(badge)\(standing)<a href="/documents/\(result.id)\(highlight)">\(Layout.title(number: result.number, type: result.type, id: result.id))</a>\(page)</div>
                <div class="meta">\(meta)</div>
                \(result.subject.map { "<div class=\"subject\">\($0)</div>" as HTML } ?? "")
                \(result.kind == .listed ? "" : "<div class=\"snippet\">\(Highlight.html(result.snippet))</div>" as HTML)
                </li>
                """
        }
        let first = results.results.first?.rank ?? 0
        let last = results.results.last?.rank ?? 0
        parts.append("<p class=\"muted\">Kết quả \(first)–\(last)</p>")
        parts.append("<ol class=\"results\" start=\"\(first)\">\(items)</ol>")
        var pager: [HTML] = []
        if form.page > 1 { pager.append("<a rel=\"prev\" href=\"\(form.link(page: form.page - 1))\">← Trang trước</a>") }
        pager.append("<span>Trang \(form.page)</span>")
        if results.hasMore { pager.append("<a rel=\"next\" href=\"\(form.link(page: form.page + 1))\">Trang sau →</a>") }
        parts.append("<nav class=\"pager\">\(pager)</nav>")
        return HTML.join(parts)
    }

    /// The next deadlines, on the home page only.
    private var deadlineList: HTML {
        guard !nextDeadlines.isEmpty else { return "" }
        let items = nextDeadlines.map { entry -> HTML in
            let document = Layout.title(number: entry.document.number, type: entry.document.type, id: entry.document.id)
            return """
                <li><strong>\(Layout.date(entry.date) ?? entry.date)</strong> \(entry.task ?? entry.text)\(entry.responsible.map { " – \($0)" } ?? "") \
                <a href="/documents/\(entry.document.id)">\(document)</a></li>
                """
        }
        return """
            <section class="next-deadlines"><h2>Hạn xử lý sắp tới</h2>
            <ul>\(items)</ul>
            <p><a href="/deadlines">Xem tất cả hạn xử lý →</a></p></section>
            """
    }
}

/// The frame of every page: head, navigation, the anti-forgery token for the page's script.
enum Layout {
    /// The sections of the navigation bar.
    enum Section {
        case search, upload, deadlines, document
    }

    /// A whole page.
    static func page(title: String, section: Section, csrfToken: String, body: HTML) -> HTML {
        func link(_ href: String, _ label: String, _ of: Section) -> HTML {
            of == section ? "<a href=\"\(href)\" aria-current=\"page\">\(label)</a>" : "<a href=\"\(href)\">\(label)</a>"
        }
        return """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="csrf-token" content="\(csrfToken)">
            <title>\(title) · Văn thư</title>
            <link rel="stylesheet" href="/assets/style.css">
            <script src="/assets/app.js" defer></script>
            </head>
            <body>
            <header class="top">
            <a class="brand" href="/">Văn thư</a>
            <nav>\(link("/", "Tìm kiếm", .search))\(link("/upload", "Tải lên", .upload))\(link("/deadlines", "Hạn xử lý", .deadlines))</nav>
            </header>
            <main>
            \(body)
            </main>
            </body>
            </html>
            """
    }

    /// An error page.
    static func error(_ error: WebError, csrfToken: String) -> HTML {
        page(
            title: "Lỗi",
            section: .document,
            csrfToken: csrfToken,
            body: """
                <h1>Không thực hiện được</h1>
                <p class="error">\(error.message)</p>
                <p><a href="/">Về trang tìm kiếm</a></p>
                """
        )
    }

    /// "2024-03-15" → "15/03/2024"; other text unchanged.
    static func date(_ iso: String?) -> String? {
        guard let iso else { return nil }
        let parts = iso.split(separator: "-")
        guard parts.count == 3 else { return iso }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// A document's one-line title: "Kế hoạch 63/KH-THNH" or "Văn bản #12".
    static func title(number: String?, type: String?, id: Int64) -> String {
        let parts = [type, number].compactMap { $0 }
        return parts.isEmpty ? "Văn bản #\(id)" : parts.joined(separator: " ")
    }
}

/// The upload page: a drop zone (the page's script sends each file and polls its progress) and the
/// recent uploads.
struct UploadView {
    var recent: [UploadJob]
    var maxUploadBytes: Int
    var maxPages: Int
    /// Whether the jobs are the database's queue (PostgreSQL), not this server run's.
    var sharedQueue = false

    func render(csrfToken: String) -> HTML {
        let rows =
            recent.isEmpty
            ? [
                "<tr class=\"none\"><td colspan=\"5\" class=\"muted\">\(sharedQueue ? "Hàng đợi chưa có tệp nào." : "Chưa có tệp nào được tải lên từ khi máy chủ chạy.")</td></tr>"
            ]
            : recent.map(Self.row)
        return Layout.page(
            title: "Tải lên",
            section: .upload,
            csrfToken: csrfToken,
            body: """
                <h1>Tải văn bản lên</h1>
                <div id="dropzone" class="dropzone" tabindex="0">
                <p><strong>Kéo thả tệp vào đây</strong> hoặc <label class="button">chọn tệp<input id="files" type="file" multiple accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,.txt,application/pdf,image/*,text/plain" hidden></label></p>
                <p class="muted">PDF, PNG, JPEG, TIFF hoặc tệp văn bản; tối đa \(maxUploadBytes / (1024 * 1024)) MB và \(maxPages) trang mỗi tệp. Loại tệp được nhận biết theo nội dung, không theo đuôi tên.</p>
                </div>
                <p id="summary" class="muted" aria-live="polite"></p>
                <table class="list uploads"><thead><tr><th>Tệp</th><th>Trạng thái</th><th>Trang</th><th>Văn bản</th><th>Ghi chú</th></tr></thead>
                <tbody id="jobs">\(rows)</tbody></table>
                """
        )
    }

    /// One job as a table row (the script builds the same row for new uploads).
    static func row(_ job: UploadJob) -> HTML {
        let document: HTML = job.documentID.map { "<a href=\"/documents/\($0)\">\(job.number ?? "Văn bản #\($0)")</a>" } ?? ""
        return """
            <tr data-job="\(job.id)" class="\(job.state.rawValue)"><td>\(job.name)</td><td>\(job.stateLabel)</td><td>\(job.pages)</td><td>\(document)</td><td>\(job.reason)</td></tr>
            """
    }
}

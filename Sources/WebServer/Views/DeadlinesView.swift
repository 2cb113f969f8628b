import Archive
import Foundation
import HTTPTypes

/// Deadlines, overdue first, then upcoming, grouped by week (Monday to Sunday), with the
/// iCalendar export.
struct DeadlinesView {
    var overdue: [DeadlineEntry]
    var upcoming: [DeadlineEntry]
    var today: String
    /// The dates shown.
    var range: Range
    /// The years that have deadlines, newest first (the picker).
    var years: [Int]

    /// Which deadlines the page shows: the last twelve months and what is to come (the default),
    /// one year, a range of dates, or all.
    struct Range: Sendable, Hashable {
        var from: String?
        var to: String?
        var year: Int?
        var isDefault = false
        /// The default window was empty, so the archive's latest year is shown instead.
        var fallback = false

        /// `?year=2024`, `?from=…&to=…`, `?all=1`, or nothing (the default window).
        init(query: FormQuery, today: String) throws {
            if query["all"] == "1" || query["year"] == "all" { return }
            if let text = query["year"], !text.isEmpty {
                guard let y = Int(text), (1900...2200).contains(y) else { throw WebError(.badRequest, "Năm không hợp lệ: \(text).") }
                year = y
                from = "\(y)-01-01"
                to = "\(y)-12-31"
                return
            }
            from = try WebApp.checkedDate(query["from"], name: "from")
            to = try WebApp.checkedDate(query["to"], name: "to")
            if from == nil, to == nil {
                from = WebApp.shift(today, days: -366) ?? today
                isDefault = true
            }
        }

        init(year: Int, fallback: Bool = false) {
            self.year = year
            from = "\(year)-01-01"
            to = "\(year)-12-31"
            self.fallback = fallback
        }

        /// What the page says it shows.
        var description: String {
            if let year { return fallback ? "Không có hạn nào trong 12 tháng qua; đang hiển thị năm \(year)" : "Đang hiển thị năm \(year)" }
            if isDefault { return "Đang hiển thị từ \(Layout.date(from ?? "") ?? "") (12 tháng qua) và mọi hạn sắp tới" }
            switch (from, to) {
            case (nil, nil): return "Đang hiển thị tất cả các hạn"
            case let (f?, t?): return "Đang hiển thị từ \(Layout.date(f) ?? f) đến \(Layout.date(t) ?? t)"
            case let (f?, nil): return "Đang hiển thị từ \(Layout.date(f) ?? f)"
            case let (nil, t?): return "Đang hiển thị đến \(Layout.date(t) ?? t)"
            }
        }
    }

    func render(csrfToken: String) -> HTML {
        let options =
            [("", "12 tháng qua và sắp tới", range.isDefault), ("all", "Tất cả", range.from == nil && range.to == nil && range.year == nil)]
            .map { "<option value=\"\($0.0)\"\($0.2 ? " selected" : "")>\($0.1)</option>" as HTML }
            + years.map { "<option value=\"\($0)\"\(range.year == $0 ? " selected" : "")>Năm \($0)</option>" as HTML }
        let ics: HTML =
            "/deadlines.ics\(range.from.map { "?after=\($0)" } ?? "")\(range.to.map { (range.from == nil ? "?" : "&") + "before=\($0)" } ?? "")"
        return Layout.page(
            title: "Hạn xử lý",
            section: .deadlines,
            csrfToken: csrfToken,
            body: """
                <h1>Hạn xử lý</h1>
                <form class="range" method="get" action="/deadlines" data-deadline-range>
                  <label>Thời gian <select name="year">\(HTML.join(options))</select></label>
                  <label>Từ <input type="date" name="from" value="\(range.year == nil && !range.isDefault ? range.from : nil)"></label>
                  <label>Đến <input type="date" name="to" value="\(range.year == nil ? range.to : nil)"></label>
                  <button type="submit">Xem</button>
                </form>
                <p class="actions"><a class="button" href="\(ics)">Tải lịch (iCalendar, .ics)</a> <a class="button subtle" href="/api/deadlines">JSON</a> <span class="muted">Hôm nay: \(Layout.date(today))</span></p>
                <p class="range-shown">\(range.description).</p>
                <section><h2>Quá hạn (\(overdue.count))</h2>\(Self.weeks(overdue.reversed(), emptyText: "Không có việc quá hạn."))</section>
                <section><h2>Sắp đến hạn (\(upcoming.count))</h2>\(Self.weeks(upcoming, emptyText: "Không có hạn sắp tới."))</section>
                """
        )
    }

    /// Entries grouped by the week of their date, in the order given.
    static func weeks(_ entries: [DeadlineEntry], emptyText: String) -> HTML {
        guard !entries.isEmpty else { return "<p class=\"muted\">\(emptyText)</p>" }
        var groups: [(week: String, entries: [DeadlineEntry])] = []
        for entry in entries {
            let week = weekStart(entry.date) ?? entry.date
            if groups.last?.week == week {
                groups[groups.count - 1].entries.append(entry)
            } else {
                groups.append((week, [entry]))
            }
        }
        let sections = groups.map { group -> HTML in
            let rows = group.entries.map { entry -> HTML in
                let document = entry.document
                let when =
                    [Layout.date(entry.date).map { entry.dateIsPeriodEnd ? "\($0) (cuối kỳ)" : $0 }, entry.time].compactMap { $0 }.joined(
                        separator: " "
                    )
                    + (entry.void == true ? " (văn bản đã bị thay thế hoặc bãi bỏ)" : "")
                return """
                    <tr><td>\(when)</td><td>\(entry.task ?? entry.text)</td><td>\(entry.responsible)</td><td><a href="/documents/\(document.id)">\(Layout.title(number: document.number, type: document.type, id: document.id))</a>\(entry.page.map { ", trang \($0)" })</td></tr>
                    """
            }
            return """
                <h3>\(weekTitle(group.week))</h3>
                <table class="list deadlines"><colgroup><col class="when"><col><col class="who"><col class="doc"></colgroup><thead><tr><th>Hạn</th><th>Việc</th><th>Thực hiện</th><th>Văn bản</th></tr></thead><tbody>\(rows)</tbody></table>
                """
        }
        return HTML.join(sections)
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }

    /// The Monday of the week of an ISO date.
    static func weekStart(_ iso: String) -> String? {
        let formatter = formatter()
        guard let date = formatter.date(from: iso),
            let interval = calendar.dateInterval(of: .weekOfYear, for: date)
        else { return nil }
        return formatter.string(from: interval.start)
    }

    /// "Tuần 12/02/2024 – 18/02/2024".
    static func weekTitle(_ monday: String) -> String {
        let formatter = formatter()
        guard let start = formatter.date(from: monday), let end = calendar.date(byAdding: .day, value: 6, to: start) else {
            return "Tuần \(monday)"
        }
        return "Tuần \(Layout.date(monday) ?? monday) – \(Layout.date(formatter.string(from: end)) ?? "")"
    }

    /// Today in ISO form (the server's clock, at Vietnam's +07:00).
    static func today() -> String { SQLiteArchive.today() }
}

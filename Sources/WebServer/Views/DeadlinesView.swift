import Archive
import Foundation

/// Deadlines, overdue first, then upcoming, grouped by week (Monday to Sunday), with the
/// iCalendar export.
struct DeadlinesView {
    var overdue: [DeadlineEntry]
    var upcoming: [DeadlineEntry]
    var today: String
    /// Overdue deadlines older than this are left out of the page (the calendar file has them).
    var overdueSince: String

    func render(csrfToken: String) -> HTML {
        Layout.page(title: "Hạn xử lý", section: .deadlines, csrfToken: csrfToken, body: """
            <h1>Hạn xử lý</h1>
            <p class="actions"><a class="button" href="/deadlines.ics">Tải lịch (iCalendar, .ics)</a> <a class="button subtle" href="/api/deadlines">JSON</a> <span class="muted">Hôm nay: \(Layout.date(today))</span></p>
            <section><h2>Quá hạn (\(overdue.count))</h2><p class="muted">Từ \(Layout.date(overdueSince)); tệp lịch có tất cả.</p>\(Self.weeks(overdue.reversed(), emptyText: "Không có việc quá hạn."))</section>
            <section><h2>Sắp đến hạn (\(upcoming.count))</h2>\(Self.weeks(upcoming, emptyText: "Không có hạn sắp tới."))</section>
            """)
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
                let when = [Layout.date(entry.date).map { entry.dateIsPeriodEnd ? "\($0) (cuối kỳ)" : $0 }, entry.time].compactMap { $0 }.joined(separator: " ")
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
    static func today() -> String {
        let formatter = formatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        return formatter.string(from: Date())
    }
}

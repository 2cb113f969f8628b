import Archive
import Foundation
import Hummingbird

extension WebApp {
    /// `/` (search), `/deadlines`, `/deadlines.ics`, `/upload`.
    func addPageRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            let query = FormQuery(request.uri.query)
            let day = { (name: String) in query[name].map { SearchQuery.isoDate($0) ?? $0 } }
            var view = SearchView(
                form: .init(
                    text: query["q"] ?? "",
                    type: query["type"],
                    issuer: query["issuer"],
                    from: day("from"),
                    to: day("to"),
                    page: query.integer("page", in: 1...1000, default: 1),
                    cites: query["cites"],
                    inForce: query["in_force"] == "1"
                ),
                facets: try await self.facets(),
                results: nil,
                error: nil
            )
            // Without words the page browses: the latest documents (through the filters, when
            // any), and on the first page without filters the next deadlines.
            do {
                view.results = try await self.search(query, highlight: (Highlight.open, Highlight.close))
            } catch let error as WebError {
                view.error = error.message
            } catch let error as ArchiveError {
                view.error = ErrorPageMiddleware<BasicRequestContext>.archiveMessage(error)
            }
            if view.form.isBrowsingHome {
                let today = DeadlinesView.today()
                view.nextDeadlines = Array(
                    try await self.archive.deadlines(DeadlineQuery(after: today, today: today)).prefix(SearchView.nextDeadlineCount)
                )
            }
            return Reply.html(view.render(csrfToken: self.csrfToken))
        }
        router.get("/deadlines") { request, _ in
            let query = FormQuery(request.uri.query)
            let today = try Self.checkedDate(query["today"], name: "today") ?? DeadlinesView.today()
            let years = try await self.archive.deadlineYears()
            var range = try DeadlinesView.Range(query: query, today: today)
            var entries = try await self.archive.deadlines(DeadlineQuery(before: range.to, after: range.from, today: today))
            // An archive older than a year has nothing in the default window: show its
            // latest year with deadlines, and say so.
            if entries.isEmpty, range.isDefault, let latest = years.first {
                range = .init(year: latest, fallback: true)
                entries = try await self.archive.deadlines(DeadlineQuery(before: range.to, after: range.from, today: today))
            }
            let view = DeadlinesView(
                overdue: entries.filter { $0.date < today },
                upcoming: entries.filter { $0.date >= today },
                today: today,
                range: range,
                years: years
            )
            return Reply.html(view.render(csrfToken: self.csrfToken))
        }
        router.get("/deadlines.ics") { request, _ in try await self.calendar(request) }
        router.get("/upload") { _, _ in
            let view = UploadView(
                recent: try await self.uploads.jobs(),
                maxUploadBytes: self.configuration.maxUploadBytes,
                maxPages: self.configuration.maxPages,
                sharedQueue: { if case .database = self.uploads { true } else { false } }()
            )
            return Reply.html(view.render(csrfToken: self.csrfToken))
        }
    }

    /// Runs a search from query parameters (`q`, `type`, `issuer`, `from`, `to`, `cites`, and `page`
    /// or `offset`/`limit`); without `q` it lists the documents passing the filters, newest first.
    func search(_ query: FormQuery, highlight: (String, String)) async throws -> SearchPage {
        let text = query["q"] ?? ""
        let limit = query.integer("limit", in: 1...100, default: configuration.resultsPerPage)
        let offset =
            query["offset"] != nil
            ? query.integer("offset", in: 0...100_000, default: 0)
            : (query.integer("page", in: 1...1000, default: 1) - 1) * limit
        var search = SearchQuery(
            text,
            type: query["type"],
            issuer: query["issuer"],
            from: try Self.checkedDate(query["from"], name: "from"),
            to: try Self.checkedDate(query["to"], name: "to"),
            cites: query["cites"],
            limit: limit,
            offset: offset,
            highlightOpen: highlight.0,
            highlightClose: highlight.1
        )
        search.inForce = query["in_force"] == "1"
        return try await archive.search(search)
    }

    /// The iCalendar file of deadlines (`before`, `after`, `overdue`, `today` as for the list).
    func calendar(_ request: Request) async throws -> Response {
        let entries = try await deadlines(FormQuery(request.uri.query))
        var text = ""
        ICalendarWriter.write(entries, stamp: Date(), to: &text)
        return Reply.text(text, contentType: "text/calendar; charset=utf-8", filename: "han-xu-ly.ics")
    }

    /// Deadlines from query parameters.
    func deadlines(_ query: FormQuery) async throws -> [DeadlineEntry] {
        let today = try Self.checkedDate(query["today"], name: "today") ?? DeadlinesView.today()
        let overdue = query["overdue"].map { $0 == "1" || $0 == "true" } ?? false
        return try await archive.deadlines(
            DeadlineQuery(
                before: try Self.checkedDate(query["before"], name: "before"),
                after: try Self.checkedDate(query["after"], name: "after"),
                overdue: overdue,
                today: today
            )
        )
    }

    /// A date parameter, checked to be a real day written YYYY-MM-DD or DD/MM/YYYY, as YYYY-MM-DD.
    static func checkedDate(_ text: String?, name: String) throws -> String? {
        guard let text else { return nil }
        guard let iso = SearchQuery.isoDate(text) else {
            throw WebError(
                .badRequest,
                "Ngày (\(name)) phải là một ngày có thật, viết dạng năm-tháng-ngày (2024-03-15) hoặc ngày/tháng/năm (15/03/2024)."
            )
        }
        return iso
    }

    /// An ISO date moved by `days`.
    static func shift(_ iso: String, days: Int) -> String? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let date = formatter.date(from: iso) else { return nil }
        return formatter.string(from: date.addingTimeInterval(Double(days) * 86_400))
    }
}

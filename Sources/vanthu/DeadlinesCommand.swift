import Archive
import ArgumentParser
import Foundation

/// `vanthu deadlines`: what is due, from which document, for whom; optionally as iCalendar.
struct DeadlinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "List deadlines, or export them for the office calendar."
    )

    @Option(help: "Due on or before this day (YYYY-MM-DD).")
    var before: String?

    @Option(help: "Due on or after this day (YYYY-MM-DD).")
    var after: String?

    @Flag(help: "Only deadlines already past.")
    var overdue = false

    @Option(help: "Today's date for --overdue (YYYY-MM-DD); default: today.")
    var today: String?

    @Option(help: "Write an iCalendar (.ics) file.")
    var ics: String?

    @Flag(help: "One JSON object per line.")
    var json = false

    @OptionGroup var archiveOption: ArchiveOption

    func validate() throws {
        for (option, value) in [("before", before), ("after", after), ("today", today)] {
            if let value { try SearchOptions.checkDay(value, option: option) }
        }
    }

    func run() async throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        let query = DeadlineQuery(before: before, after: after, overdue: overdue, today: today ?? formatter.string(from: Date()))
        let entries = try await ArchiveOpener.withArchive(try archiveOption.location(), access: .readExisting) { archive in
            try await archive.deadlines(query)
        }
        if let ics {
            var out = try FileTextOutput(path: ics)
            ICalendarWriter.write(entries, stamp: Date(), to: &out)
            try out.close()  // written to a temporary, renamed into place only when complete
            print("\(entries.count) deadlines written to \(ics)")
            return
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for entry in entries { print(String(decoding: try encoder.encode(entry), as: UTF8.self)) }
            return
        }
        if entries.isEmpty { print("No deadlines.") }
        for entry in entries {
            let who = entry.responsible.map { " – \($0)" } ?? ""
            print(
                "\(entry.date)\(entry.dateIsPeriodEnd ? " (end of period)" : "")\(entry.void == true ? " (void: its document was replaced or repealed)" : "")\(entry.time.map { " \($0)" } ?? "")  \(entry.task ?? entry.text)\(who)"
            )
            print("    \(entry.document.number ?? "#\(entry.document.id)") \(entry.document.subject ?? "")\(entry.page.map { ", p. \($0)" } ?? "")")
        }
    }
}

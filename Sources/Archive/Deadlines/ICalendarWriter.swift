import Foundation

/// Writes deadlines as an iCalendar file (RFC 5545) for the office calendar: one all-day event per
/// deadline, CRLF line endings, lines folded at 75 octets, text escaped.
///
/// ```swift
/// var ics = ""
/// ICalendarWriter.write(try archive.deadlines(query), stamp: Date(), to: &ics)
/// ```
public enum ICalendarWriter {
    /// Writes a VCALENDAR with one VEVENT per entry.
    ///
    /// - Parameters:
    ///   - entries: the deadlines (from ``ArchiveStore/deadlines(_:)``).
    ///   - stamp: the DTSTAMP of every event (the export's time).
    ///   - output: where the text goes.
    public static func write<Output: TextOutputStream>(_ entries: [DeadlineEntry], stamp: Date, to output: inout Output) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let dtstamp = formatter.string(from: stamp)
        line("BEGIN:VCALENDAR", &output)
        line("VERSION:2.0", &output)
        line("PRODID:-//vanthu//Deadlines//VI", &output)
        line("CALSCALE:GREGORIAN", &output)
        line("METHOD:PUBLISH", &output)
        for entry in entries {
            let day = entry.date.replacingOccurrences(of: "-", with: "")
            guard day.count == 8, day.allSatisfy(\.isASCIIDigitCharacter) else { continue }
            line("BEGIN:VEVENT", &output)
            line("UID:deadline-\(entry.id)-\(entry.document.id)@vanthu", &output)
            line("DTSTAMP:\(dtstamp)", &output)
            line("DTSTART;VALUE=DATE:\(day)", &output)
            if let rule = recurrenceRule(entry.recurrence) { line("RRULE:\(rule)", &output) }
            let task = entry.task ?? entry.text
            let number = entry.document.number.map { " (\($0))" } ?? ""
            line("SUMMARY:" + escape(task + number), &output)
            var description = entry.text
            if let time = entry.time { description += "\nHạn: \(time) ngày \(entry.date)" }
            if entry.dateIsPeriodEnd { description += "\nHạn: trong kỳ, chậm nhất ngày cuối kỳ \(entry.date)" }
            if let responsible = entry.responsible { description += "\nThực hiện: \(responsible)" }
            let source = [entry.document.type, entry.document.number, entry.document.subject].compactMap { $0 }.joined(separator: " ")
            description += "\nVăn bản: \(source)" + (entry.page.map { ", trang \($0)" } ?? "")
            line("DESCRIPTION:" + escape(description), &output)
            line("END:VEVENT", &output)
        }
        line("END:VCALENDAR", &output)
    }

    /// TEXT escaping (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(ch)
            }
        }
        return out
    }

    /// Writes one content line, folded so no physical line exceeds 75 octets, never inside a
    /// UTF-8 sequence.
    static func line<Output: TextOutputStream>(_ text: String, _ output: inout Output) {
        var current = ""
        var octets = 0
        var limit = 75
        for scalar in text.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                output.write(current + "\r\n ")
                current = ""
                octets = 0
                limit = 74
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        output.write(current + "\r\n")
    }

    static func recurrenceRule(_ recurrence: String?) -> String? {
        switch recurrence?.lowercased() {
        case "daily": "FREQ=DAILY"
        case "weekly": "FREQ=WEEKLY"
        case "monthly": "FREQ=MONTHLY"
        case "quarterly": "FREQ=MONTHLY;INTERVAL=3"
        case "yearly", "annually": "FREQ=YEARLY"
        default: nil
        }
    }
}

public import Foundation

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
            line("UID:\(uid(entry))@vanthu", &output)
            line("DTSTAMP:\(dtstamp)", &output)
            if let start = utcStart(day: entry.date, time: entry.time) {
                // "trước 17 giờ 00 ngày 20/3": the hour it is due, in UTC (Vietnam is UTC+7 all year).
                line("DTSTART:\(start)", &output)
            } else {
                line("DTSTART;VALUE=DATE:\(day)", &output)
            }
            if let rule = recurrenceRule(entry.recurrence) { line("RRULE:\(rule)", &output) }
            let task = entry.task ?? entry.text
            let number = entry.document.number.map { " (\($0))" } ?? ""
            line("SUMMARY:" + escape(task + number), &output)
            var description = entry.text
            if let time = entry.time { description += "\nHạn: \(time) ngày \(entry.date)" }
            if entry.dateIsPeriodEnd { description += "\nHạn: trong kỳ, chậm nhất ngày cuối kỳ \(entry.date)" }
            if entry.void == true { description += "\nVăn bản đã bị thay thế hoặc bãi bỏ: hạn này không còn giá trị" }
            if let responsible = entry.responsible { description += "\nThực hiện: \(responsible)" }
            let source = [entry.document.type, entry.document.number, entry.document.subject].compactMap { $0 }.joined(separator: " ")
            description += "\nVăn bản: \(source)" + (entry.page.map { ", trang \($0)" } ?? "")
            line("DESCRIPTION:" + escape(description), &output)
            line("END:VEVENT", &output)
        }
        line("END:VCALENDAR", &output)
    }

    /// TEXT escaping (RFC 5545 §3.3.11).
    /// A UID that names the deadline by what it is, not by its row: the same document and deadline
    /// give the same UID in a rebuilt archive, so a calendar updates the event instead of adding
    /// it again (FNV-1a 64 over the document's number, date, issuer and file name and the
    /// deadline's date, time and text).
    static func uid(_ entry: DeadlineEntry) -> String {
        let d = entry.document
        let file = d.sourcePath.split(separator: "/").last.map(String.init) ?? ""
        let key = [d.number ?? "", d.date ?? "", d.issuer ?? "", d.number == nil ? file : "", entry.date, entry.time ?? "", entry.text]
            .joined(separator: "\u{1F}")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "deadline-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// "20240320T100000Z" for 17:00 on 2024-03-20 in Vietnam, or `nil` without a time.
    static func utcStart(day: String, time: String?) -> String? {
        guard let time else { return nil }
        let d = day.split(separator: "-").compactMap { Int($0) }
        let t = time.split(separator: ":").compactMap { Int($0) }
        guard d.count == 3, t.count >= 1, (0..<24).contains(t[0]) else { return nil }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? utc.timeZone
        var parts = DateComponents(year: d[0], month: d[1], day: d[2], hour: t[0], minute: t.count > 1 ? t[1] : 0)
        parts.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        guard let date = utc.date(from: parts) else { return nil }
        let c = utc.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let y = c.year, let mo = c.month, let da = c.day, let h = c.hour, let mi = c.minute else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)\(two(mo))\(two(da))T\(two(h))\(two(mi))00Z"
    }

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

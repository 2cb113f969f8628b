import Foundation

/// A day as people type it: ISO 8601 (`2025-01-31`) or the Vietnamese order day/month/year
/// (`31/01/2025`, `1/1/2025`, `31.01.2025`, `31-01-2025`).
///
/// ```swift
/// DayText.iso("01/01/2025")   // "2025-01-01"
/// DayText.iso("2025-01-01")   // "2025-01-01"
/// ```
public enum DayText {
    /// The day written YYYY-MM-DD: ISO text is returned as it is (checked elsewhere), a
    /// day/month/year text is reordered with two-digit day and month; `nil` for other text.
    /// - Parameter text: what was typed, trimmed of spaces.
    /// - Returns: the ISO form, not yet checked to be a real day.
    public static func iso(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 10, trimmed.dropFirst(4).first == "-" { return trimmed }
        for separator: Character in ["/", ".", "-"] {
            let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }),
                (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4
            else { continue }
            func padded(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
            return "\(parts[2])-\(padded(parts[1]))-\(padded(parts[0]))"
        }
        return nil
    }

    /// The day written YYYY-MM-DD when `typed` (YYYY-MM-DD, or DD/MM/YYYY as ``iso(_:)`` reads
    /// it) is a real day of the Gregorian calendar; `nil` otherwise (`2024-02-30`, `2024-13-01`).
    /// - Parameter typed: what was typed.
    /// - Returns: the ISO form of a real day, or `nil`.
    static func realDay(_ typed: String) -> String? {
        let text = iso(typed) ?? typed
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }),
            let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month),
            let day = Int(parts[2]), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return text
    }

    /// ``realDay(_:)``, or an ``ArchiveError`` (`.invalidArgument`) naming the query's `field`.
    package static func checked(_ typed: String, field: String) throws -> String {
        guard let day = realDay(typed) else {
            throw ArchiveError(.invalidArgument, "The date '\(field)' needs a real day written YYYY-MM-DD or DD/MM/YYYY, not '\(typed)'")
        }
        return day
    }

    /// Days in a month of the Gregorian calendar (February 29 in leap years).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

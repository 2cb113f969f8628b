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
}

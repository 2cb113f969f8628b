/// Gregorian dates without Foundation's calendar: month lengths, validity and ISO formatting,
/// shared by the header, citation and deadline readers.
enum CalendarDate {
    /// Days in a month (29 in a leap February).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether the date exists (29/02 only in leap years; no 30/02).
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && (1...9999).contains(year) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// "2024-02-29", or `nil` when the day does not exist.
    static func iso(year: Int, month: Int, day: Int) -> String? {
        guard isValid(year: year, month: month, day: day) else { return nil }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// Days since 0001-01-01 of an ISO date ("2025-02-05"), for differences; `nil` when malformed.
    static func dayNumber(iso: String) -> Int? {
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, isValid(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
        let y = parts[0] - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<parts[1] { days += daysIn(month: m, year: parts[0]) }
        return days + parts[2] - 1
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

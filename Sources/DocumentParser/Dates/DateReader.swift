import VietnameseText

/// Reads Vietnamese dates in a ``ScannedText``: "14 tháng 8 năm 2023", "14/8/2023", "14-8-2023",
/// "14.8.2023", OCR-spaced "20/ 11/2024", a fraction slash "13⁄11⁄2024" (unified to "/"), a 1 read
/// as a letter between the date's words ("ngày l5 tháng 9", "tháng II năm 2018"), and
/// dates broken across lines and pages ("10 tháng 3 năm\n\n2021"). Day and month may lack a year
/// ("25/3", "ngày 25") for deadlines; the caller decides what a partial date means.
struct DateReader: Sendable {
    /// A date as read: the year and the month may be missing.
    struct Reading: Sendable, Hashable {
        var day: Int
        var month: Int?
        var year: Int?
        /// Offset just after the last scalar read.
        var end: Int

        /// ISO 8601 when the date is complete and exists (30 tháng 02 does not).
        var iso: String? {
            guard let month, let year else { return nil }
            return CalendarDate.iso(year: year, month: month, day: day)
        }
    }

    let text: ScannedText

    /// Reads a date at `index` (spaces skipped), with an optional leading "ngày".
    /// - Parameters:
    ///   - index: where to start.
    ///   - allowPartial: accept a day alone or a day and month without a year.
    func read(at index: Int, allowPartial: Bool = false) -> Reading? {
        var j = text.skipSpaces(index)
        var saidNgay = false
        if let word = text.nextWord(from: j), word.folded == "ngay" {
            j = text.skipSpaces(word.range.upperBound)
            saidNgay = true
        }
        var dayRead = splitInteger(at: j, limit: 31)
        // "ngày l5 tháng 9 năm 2021": a 1 read as "l" or "I", between "ngày" and "tháng".
        if saidNgay, let ones = lookalikeOnes(at: j), text.nextWord(from: skipInlineSpaces(ones.1))?.folded == "thang" {
            dayRead = ones
        }
        guard let (day, afterDay) = dayRead else { return nil }
        var k = skipInlineSpaces(afterDay)
        // "14 tháng 8 năm 2023"
        if let word = text.nextWord(from: k), word.folded == "thang" {
            let m = text.skipSpaces(word.range.upperBound)
            var monthRead = text.integer(at: m, maxDigits: 2)
            // "tháng II năm 2018": 11 with its ones read as "I", between "tháng" and "năm".
            if let ones = lookalikeOnes(at: m), text.nextWord(from: ones.1)?.folded == "nam" { monthRead = ones }
            guard let (month, afterMonth) = monthRead else {
                return allowPartial ? valid(Reading(day: day, end: afterDay)) : nil
            }
            if let yearWord = text.nextWord(from: afterMonth), yearWord.folded == "nam" {
                let y = text.skipSpaces(yearWord.range.upperBound)
                if let (year, afterYear) = text.integer(at: y, maxDigits: 4), afterYear - y == 4 {
                    return valid(Reading(day: day, month: month, year: year, end: afterYear))
                }
            }
            return allowPartial ? valid(Reading(day: day, month: month, year: nil, end: afterMonth)) : nil
        }
        // "14/8/2023", "14-8-2023", "14.8.2023"
        guard k < text.count else { return allowPartial ? valid(Reading(day: day, end: afterDay)) : nil }
        let separator = text.scalars[k]
        guard separator == "/" || separator == "-" || separator == "." else {
            return allowPartial ? valid(Reading(day: day, end: afterDay)) : nil
        }
        k = skipInlineSpaces(k + 1)
        guard let (month, afterMonth) = splitInteger(at: k, limit: 12) else {
            return allowPartial ? valid(Reading(day: day, end: afterDay)) : nil
        }
        var l = skipInlineSpaces(afterMonth)
        if l < text.count, text.scalars[l] == separator {
            l = skipInlineSpaces(l + 1)
            if let (year, afterYear) = text.integer(at: l, maxDigits: 4), afterYear - l == 4 {
                return valid(Reading(day: day, month: month, year: year, end: afterYear))
            }
            if let (year, afterYear) = ocrYear(at: l) {
                return valid(Reading(day: day, month: month, year: year, end: afterYear))
            }
            return nil
        }
        // "25/3" without a year; "2021-2030" style periods fail the month check.
        return allowPartial ? valid(Reading(day: day, month: month, year: nil, end: afterMonth)) : nil
    }

    /// A one- or two-digit number, or two single digits OCR split with a space right before a date
    /// separator ("27/1 1/2024", "1 3/12/2024") when together they stay within `limit`.
    private func splitInteger(at index: Int, limit: Int) -> (Int, Int)? {
        guard let (value, end) = text.integer(at: index, maxDigits: 2) else { return nil }
        if end - index == 1, end + 2 < text.count, text.scalars[end] == " ", ScannedText.isDigit(text.scalars[end + 1]),
            ["/", "-", "."].contains(text.scalars[end + 2])
        {
            let joined = value * 10 + Int(text.scalars[end + 1].value - 0x30)
            if joined >= 1, joined <= limit { return (joined, end + 2) }
        }
        return (value, end)
    }

    /// One or two scalars, digits or a 1 read as "l", "I" or "|" (at least one of those), not
    /// followed by a letter or a digit: "l5" → 15, "II" → 11, "1l" → 11.
    private func lookalikeOnes(at index: Int) -> (Int, Int)? {
        var value = 0
        var j = index
        var lookalikes = 0
        while j < text.count, j - index < 2 {
            let s = text.scalars[j]
            if ScannedText.isDigit(s) {
                value = value * 10 + Int(s.value - 0x30)
            } else if s == "l" || s == "I" || s == "|" {
                value = value * 10 + 1
                lookalikes += 1
            } else {
                break
            }
            j += 1
        }
        guard lookalikes > 0, j < text.count, !ScannedText.isAlnum(text.scalars[j]) else { return nil }
        return (value, j)
    }

    /// A year with one letter read for a digit ("2O23", "202l"): four scalars, three of them digits,
    /// starting "19" or "20", not followed by a letter or digit.
    private func ocrYear(at index: Int) -> (Int, Int)? {
        guard index + 4 <= text.count else { return nil }
        var value = 0
        var real = 0
        for k in index..<(index + 4) {
            let s = text.scalars[k]
            if ScannedText.isDigit(s) {
                value = value * 10 + Int(s.value - 0x30)
                real += 1
            } else if s == "O" || s == "o" {
                value = value * 10
            } else if s == "l" || s == "I" {
                value = value * 10 + 1
            } else {
                return nil
            }
        }
        guard real == 3, OfficialYear.contains(value) else { return nil }
        if index + 4 < text.count, ScannedText.isAlnum(text.scalars[index + 4]) { return nil }
        return (value, index + 4)
    }

    /// Skips spaces and line breaks, at most three scalars (OCR's "20/ 11/2024").
    private func skipInlineSpaces(_ index: Int) -> Int {
        var j = index
        while j < text.count, j - index < 3, ScannedText.isSpace(text.scalars[j]) { j += 1 }
        return j
    }

    private func valid(_ reading: Reading) -> Reading? {
        guard reading.day >= 1, reading.day <= 31 else { return nil }
        if let month = reading.month {
            guard month >= 1, month <= 12 else { return nil }
            if let year = reading.year {
                guard OfficialYear.contains(year), CalendarDate.isValid(year: year, month: month, day: reading.day) else { return nil }
            } else if reading.day > CalendarDate.daysIn(month: month, year: 2024) {
                return nil
            }
        }
        return reading
    }
}

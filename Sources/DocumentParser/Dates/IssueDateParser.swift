import VietnameseText

/// Reads the place-and-date line: "Quận 6, ngày 29 tháng 02 năm 2024".
///
/// Tolerates glued OCR ("ngày24tháng 01 năm 2025") and keeps apart what cannot be read: a
/// handwritten day read as noise ("ngày Êˆ@_ tháng 11") gives no date, never a guessed one.
enum IssueDateParser {
    /// What the line says.
    struct Reading: Sendable, Hashable {
        /// The place before "ngày", if any ("Quận 6").
        var place: String?
        var day: Int?
        var month: Int?
        var year: Int?
        /// The raw day text when it was not a number.
        var rawDay: String
        var rawMonth: String
        /// Where the place (or, without one, the "ngày" phrase) starts on the line.
        var placeOffset: Int
        /// Other years the digits may hold when OCR glued a fifth digit to them.
        var yearAlternatives: [Int] = []

        /// ISO 8601 when day, month and year are read and the date exists.
        var iso: String? {
            guard let d = day, let m = month, let y = year else { return nil }
            return CalendarDate.iso(year: y, month: m, day: d)
        }

        /// Whether all three parts read as numbers but make no date (30/02).
        var isImpossible: Bool {
            guard let d = day, let m = month, let y = year else { return false }
            return !CalendarDate.isValid(year: y, month: m, day: d)
        }
    }

    /// Parses the date phrase on `line`, starting the place at `placeStart`.
    /// - Returns: `nil` when the line has no "ngày … tháng … năm YYYY" phrase.
    static func parse(_ line: TextLine, placeStart: Int = 0) -> Reading? {
        // "tháng" within 16 characters of "ngày", its "t" possibly garbled by the ink written
        // against it ("ngày-2Ô(háng đỆ năm 2021").
        guard let (ngay, dayStart) = dayWord(in: line) else { return nil }
        guard let (thang, monthStart) = monthWord(in: line, after: dayStart), let nam = yearWord(in: line, after: monthStart) else {
            return numeric(line, ngay: ngay, dayStart: dayStart, placeStart: placeStart)
        }
        var rawDay = line.slice(dayStart, thang)
        // Marks glued to a garbled "tháng" are the same blot ("25 =›háng"); a mark with a space
        // after it is ink of the day's own ("ngày 4† tháng": a handwritten day OCR half read).
        if !line.folded[thang..<monthStart].elementsEqual("thang") {
            while let last = rawDay.last, !last.isLetter, !last.isNumber, last != " " { rawDay.removeLast() }
        }
        let rawMonth = line.slice(monthStart, nam)
        let (yearDigits, i) = digits(in: line, afterYearWord: nam)
        guard yearDigits.count == 4, let year = Int(yearDigits) else { return nil }
        // A fifth digit glued on ("năm 20235": a speck read as a digit): the year is one of the
        // four-digit readings with one digit left out.
        var yearAlternatives: [Int] = []
        if i < line.chars.count, line.chars[i].isASCII, line.chars[i].isNumber {
            let five = yearDigits + String(line.chars[i])
            for drop in five.indices {
                var s = five
                s.remove(at: drop)
                if let y = Int(s), OfficialYear.contains(y), y != year, !yearAlternatives.contains(y) { yearAlternatives.append(y) }
            }
        }
        let (place, from) = place(in: line, before: ngay, from: placeStart)
        return Reading(
            place: place,
            day: number(rawDay, max: 31),
            month: number(rawMonth, max: 12),
            year: year,
            rawDay: rawDay,
            rawMonth: rawMonth,
            placeOffset: from,
            yearAlternatives: yearAlternatives
        )
    }

    /// The place before "ngày" ("Quảng Ngãi, ngày"), at most 40 characters and capitalised, and
    /// where its words start.
    static func place(in line: TextLine, before ngay: Int, from placeStart: Int) -> (place: String?, from: Int) {
        let from = max(placeStart, placeWordsStart(line, before: ngay))
        var place = line.slice(from, ngay)
        while let last = place.last, last == "," || last == " " { place.removeLast() }
        return (!place.isEmpty && place.count <= 40 && (place.first?.isUppercase ?? false) ? place : nil, from)
    }

    /// "Tây Ninh, ngày 28/10/2025": the date in figures after "ngày" (slashes, dots or hyphens),
    /// as some offices print it: a comma before (after the place), nothing but punctuation after
    /// (a citation's "Công văn số 45/BTC ngày 14/2/2025 của …" is none).
    static func numeric(_ line: TextLine, ngay: Int, dayStart: Int, placeStart: Int) -> Reading? {
        let chars = line.chars
        guard line.chars[..<ngay].last(where: { $0 != " " }) == "," else { return nil }
        var i = dayStart
        while i < chars.count, chars[i] == " " { i += 1 }
        var parts: [String] = []
        var separator: Character?
        while parts.count < 3 {
            var digits = ""
            while i < chars.count, chars[i].isASCII, chars[i].isNumber, digits.count < 4 {
                digits.append(chars[i])
                i += 1
            }
            guard !digits.isEmpty else { return nil }
            parts.append(digits)
            guard parts.count < 3 else { break }
            guard i < chars.count, "/.-".contains(chars[i]), separator == nil || separator == chars[i] else { return nil }
            separator = chars[i]
            i += 1
        }
        guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4, let year = Int(parts[2]), OfficialYear.contains(year),
            !chars[i...].contains(where: { $0.isLetter || $0.isNumber })
        else { return nil }
        let (place, from) = place(in: line, before: ngay, from: placeStart)
        return Reading(
            place: place,
            day: number(parts[0], max: 31),
            month: number(parts[1], max: 12),
            year: year,
            rawDay: parts[0],
            rawMonth: parts[1],
            placeOffset: from,
            yearAlternatives: []
        )
    }

    /// Where "ngày" starts on the line and where the day after it does. A day written over the
    /// word's "y" leaves "ngà" ("Đà Lạt ngà tháng năm 2024"): a word of its own, lowercase with
    /// its grave accent ("Nga", Russia, and "Ngã", a place, are not it), taken only when the rest
    /// of the phrase follows (``monthWord(in:after:)`` and a year).
    static func dayWord(in line: TextLine) -> (start: Int, end: Int)? {
        if let ngay = line.find("ngay") { return (ngay, ngay + 4) }
        var from = 0
        while let nga = line.find("nga", from: from) {
            from = nga + 1
            let end = nga + 3
            let wordStart = nga == 0 || !line.folded[nga - 1].isLetter
            guard wordStart, end >= line.folded.count || !line.folded[end].isLetter,
                line.chars[nga..<end].elementsEqual(["n", "g", "à"]),
                let (_, monthEnd) = monthWord(in: line, after: end), yearFollows(in: line, after: monthEnd)
            else { continue }
            return (nga, end)
        }
        return nil
    }

    /// Whether "năm" and a four-digit year follow `start` (``yearWord(in:after:)``).
    static func yearFollows(in line: TextLine, after start: Int) -> Bool {
        guard let nam = yearWord(in: line, after: start) else { return false }
        return digits(in: line, afterYearWord: nam).digits.count == 4
    }

    /// Up to four ASCII digits after the three letters of "năm" at `nam` and the spaces after
    /// them, and the offset just past them.
    private static func digits(in line: TextLine, afterYearWord nam: Int) -> (digits: String, end: Int) {
        var i = nam + 3
        while i < line.chars.count, line.chars[i] == " " { i += 1 }
        var digits = ""
        while i < line.chars.count, line.chars[i].isASCII, line.chars[i].isNumber, digits.count < 4 {
            digits.append(line.chars[i])
            i += 1
        }
        return (digits, i)
    }

    /// Where "tháng" starts within 12 characters of `start` (the day's start) and where the month
    /// after it does. Its "t" garbled by the ink written against it counts (``MonthWord``); so
    /// does a word ending in "áng", its accent kept, whose "th" the ink garbled or took
    /// ("24káng 03", "2,Đuáng 10", "0 táng 12") when "năm" and a year follow: no other word of a
    /// date line ends so ("hàng", goods, and "khang" keep no acute).
    static func monthWord(in line: TextLine, after start: Int) -> (start: Int, end: Int)? {
        if let thang = MonthWord.offset(in: line.folded, from: start, within: 12) { return (thang, thang + 5) }
        let f = line.folded
        var i = start
        while i + 3 <= f.count, i - start <= 12 {
            defer { i += 1 }
            guard line.chars[i] == "á" || line.chars[i] == "Á", f[i + 1] == "n", f[i + 2] == "g", i + 3 == f.count || !f[i + 3].isLetter
            else { continue }
            // The word's letters before "ang": one to four (the "th" garbled, ink read as letters).
            var wordStart = i
            while wordStart > start, f[wordStart - 1].isLetter, i - wordStart < 4 { wordStart -= 1 }
            guard wordStart < i, wordStart == start || !f[wordStart - 1].isLetter, yearFollows(in: line, after: i + 3) else { continue }
            return (wordStart, i + 3)
        }
        return nil
    }

    /// Where the three letters of "năm" start after the month: the word itself within 14
    /// characters of "tháng", or, when ink written against it garbled its "n" ("hăm 2024"), took
    /// it ("Hư am 2024") or glued the month to it ("JOuan 2024"), the last three letters, ending
    /// in "am" or "an", of the word just before a four-digit year (for "am" alone, the space
    /// before it and its two letters).
    static func yearWord(in line: TextLine, after start: Int) -> Int? {
        if let nam = line.find("nam", from: start), nam - start <= 9 { return nam }
        let f = line.folded
        var i = start
        while i + 4 <= f.count, i - start <= 16 {
            defer { i += 1 }
            guard i >= start + 4, f[i - 1] == " ", f[i..<(i + 4)].allSatisfy({ $0.isASCII && $0.isNumber }),
                let year = Int(String(f[i..<(i + 4)])), OfficialYear.contains(year)
            else { continue }
            // The three letters before the space: "?am" or "?an"; or "am" alone, the "n" lost
            // under the month's ink ("tháng Hư am 2024"): the offset of the space before it.
            guard f[i - 4].isLetter || (f[i - 4] == " " && f[i - 2] == "m"), f[i - 3] == "a", f[i - 2] == "m" || f[i - 2] == "n" else {
                return nil
            }
            return i - 4
        }
        return nil
    }

    /// The start of the run of capitalised words or numbers ending just before `ngay` (the place:
    /// "Quận 6", "Quảng Ngãi"), so another column's text on the same line stays out.
    static func placeWordsStart(_ line: TextLine, before ngay: Int) -> Int {
        var i = ngay
        while i > 0, line.chars[i - 1] == " " || line.chars[i - 1] == "," { i -= 1 }
        while i > 0 {
            var j = i
            while j > 0, line.chars[j - 1] != " " { j -= 1 }
            let word = String(line.folded[j..<i])
            guard let first = line.chars[j...].first, first.isUppercase || first.isNumber || unitWords.contains(word), i - j <= 12 else { break }
            i = j
            while i > 0, line.chars[i - 1] == " " { i -= 1 }
        }
        return i
    }

    /// Lowercase words a place name may hold ("Thành phố Hồ Chí Minh", "thị xã Đức Phổ"), folded.
    static let unitWords: Set<String> = ["pho", "xa", "tran", "thanh", "thi", "tinh", "huyen", "quan", "phuong"]

    /// A one- or two-digit number, else `nil` (no letter-to-digit guessing: handwritten).
    static func number(_ raw: String, max: Int) -> Int? {
        let s = raw.filter { !$0.isWhitespace }
        guard (1...2).contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(s), n >= 1, n <= max else { return nil }
        return n
    }
}

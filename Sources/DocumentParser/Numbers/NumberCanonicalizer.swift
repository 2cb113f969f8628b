import VietnameseText

/// Reads and canonicalises document numbers (số, ký hiệu) of every family:
/// administrative `71/KH-UBND`, công văn `163/NV`, normative `59/2023/NĐ-CP`, Party `05-CT/TW`,
/// joint `01-CTr/BDVQU-UBND`, multi-part `157/QĐ-NĐ-UB`.
///
/// Canonical form: no spaces around `/` and `-`, `Đ` (U+0110) never `Ð`, ASCII hyphen. OCR slips
/// repaired while reading: spaces and line breaks around separators ("1368/QĐ- UBND",
/// "287/STC-\nHCSN"), doubled separators ("QĐÐ- -TTg"), a doubled `Đ` inside a code ("HĐÐND",
/// "QĐÐ"), a year split by a space ("201 1"), letters read for digits in the year and in a
/// trailing digit group ("QHI5" → "QH15"), a stray letter after the year ("2011L/NQ").
enum NumberCanonicalizer {
    /// A number read in the text.
    struct Match: Sendable, Hashable {
        /// Canonical number, or the short form ("59/2023") when `codes` is empty.
        var canonical: String
        var start: Int
        var end: Int
        /// The leading serial ("59").
        var serial: String
        /// The year part of a normative number ("2023").
        var year: String?
        /// The code parts in order ("NĐ", "CP").
        var codes: [String]
        /// Whether the first separator is a hyphen (Party family: `05-CT/TW`).
        var partyForm: Bool
    }

    /// Type codes, upper-cased, with their Vietnamese titles: ``DocumentKinds/table`` plus the
    /// spellings met in numbers that are not in it ("QĐi" of the Party's regulations, "L", "PL",
    /// "TS", "CTHĐ").
    static let typeCodes: [String: String] = {
        var codes: [String: String] = [
            "QĐi": "Quy định", "L": "Luật", "PL": "Pháp lệnh", "TS": "Tờ trình", "CTHĐ": "Chương trình hành động",
        ]
        for (name, code) in DocumentKinds.table {
            guard let key = code?.uppercased(), codes[key] == nil else { continue }
            codes[key] = name
        }
        return codes
    }()

    /// Codes that always carry `Đ`, by their form without it (ambiguous ones such as `HD`
    /// Hướng dẫn / `HĐ` Hợp đồng and `DA`/`ĐA` are left alone).
    private static let strokeRestored: [String: String] = [
        "QD": "QĐ", "ND": "NĐ", "HDND": "HĐND", "GDDT": "GDĐT", "SGDDT": "SGDĐT", "BGDDT": "BGDĐT", "KHDT": "KHĐT",
        "SKHDT": "SKHĐT", "BKHDT": "BKHĐT", "LDTBXH": "LĐTBXH", "SLDTBXH": "SLĐTBXH", "BLDTBXH": "BLĐTBXH", "QyD": "QyĐ",
        "VPDDBQH": "VPĐĐBQH",
    ]

    /// Codes written with lowercase letters.
    private static let mixedCaseCodes: Set<String> = ["TTg", "CTr", "TTr", "QyĐ", "QĐi", "CTHĐ"]

    /// What may stand right before a number: a space, a bracket, a quote or list punctuation.
    private static let allowedBefore: Set<Unicode.Scalar> = [" ", "\n", ScannedText.paragraphBreak, "(", "[", "“", "\"", "'", "‘", ":", ";", ","]

    /// The canonical form of a number written anywhere (a header's number, a user's query).
    /// - Parameter number: the number as written.
    /// - Returns: NFC, `Ð`→`Đ`, dashes unified, no spaces around `/` and `-`, trimmed.
    static func canonical(_ number: String) -> String {
        let normalized = VietnameseFolding.normalize(number)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in normalized.unicodeScalars {
            let s = ScannedText.unified(scalar)
            if s == " " || s == "\n" || s == "\t" {
                pendingSpace = true
                continue
            }
            if s == "/" || s == "-" {
                pendingSpace = false
                out.append(s)
                continue
            }
            if pendingSpace, let last = out.last, last != "/", last != "-" { out.append(" ") }
            pendingSpace = false
            out.append(s)
        }
        return String(out)
    }

    /// A key that compares numbers regardless of letter case.
    static func key(_ canonical: String) -> String { canonical.uppercased() }

    /// Reads a number starting at `index`, which must hold a digit at a word boundary.
    /// - Parameters:
    ///   - text: the scanned text.
    ///   - index: offset of the first digit.
    ///   - afterSo: whether "số" precedes, which allows a serial split by one space ("3 1/2024").
    /// - Returns: the number, or `nil` when the digits start something else (a date, a period).
    static func read(_ text: ScannedText, at index: Int, afterSo: Bool) -> Match? {
        guard let serial = readSerial(text, at: index, afterSo: afterSo) else { return nil }
        return match(readParts(text, after: serial), serial: serial, start: index)
    }

    /// The serial of a number being read, handed from ``readSerial(_:at:afterSo:)`` to
    /// ``readParts(_:after:)``.
    private struct Serial {
        var digits: String
        /// Offset right after the serial.
        var end: Int
        /// Whether the slash between the serial and a type code was lost ("số 1420TTr-BQL").
        var lostSlash: Bool
    }

    /// What was read after the serial: a year and codes, and how the canonical number grows.
    private struct Parts {
        /// The canonical number so far ("59/2023/NĐ").
        var canonical: String
        var codes: [String] = []
        var year: String?
        var partyForm = false
        /// Offset right after the last part.
        var end: Int
        /// Parts read after the serial (a year counts).
        var count = 0

        mutating func append(code: String, after separator: Unicode.Scalar, end: Int) {
            codes.append(code)
            canonical += String(Character(separator)) + code
            self.end = end
            count += 1
        }

        mutating func append(year: String, end: Int) {
            self.year = year
            canonical += "/" + year
            self.end = end
            count += 1
        }
    }

    /// Phase 1: the serial, at a word boundary ("$4/UBND" is not a number), a serial split by one
    /// space after "số" ("3 1/2024") joined, a slash lost before a known code noted.
    private static func readSerial(_ text: ScannedText, at index: Int, afterSo: Bool) -> Serial? {
        let t = text.scalars
        guard text.has(index), ScannedText.isDigit(t[index]) else { return nil }
        if index > 0 {
            let before = t[index - 1]
            // A number starts after a space, a bracket, a quote or list punctuation, never after
            // letters, digits, separators or OCR junk ("$4/UBND", "ổ0 /BC").
            guard Self.allowedBefore.contains(before) else { return nil }
        }
        var serial = ""
        var j = index
        while j < text.count, serial.count < 6, let digit = digitValue(t[j], strict: serial.isEmpty) {
            serial.append(digit)
            j += 1
        }
        if afterSo, serial.count <= 2, j + 1 < text.count, t[j] == " ", ScannedText.isDigit(t[j + 1]) {
            var k = j + 1
            var more = ""
            while k < text.count, more.count < 3, ScannedText.isDigit(t[k]) {
                more.append(Character(t[k]))
                k += 1
            }
            let after = skipInline(text, k)
            if serial.count + more.count <= 4, after < text.count, t[after] == "/" {
                serial += more
                j = k
            }
        }
        guard !serial.isEmpty, serial.count <= 5 else { return nil }
        // "số 1420TTr-BQL": the slash lost between the serial and a type code.
        var lostSlash = false
        if j < text.count, ScannedText.isLetter(t[j]) {
            guard afterSo, let code = readCode(text, at: j, crossedSpace: false), isTypeCode(code.value),
                code.end < text.count, t[code.end] == "-"
            else { return nil }
            lostSlash = true
        } else if j < text.count, ScannedText.isDigit(t[j]) {
            return nil
        }
        return Serial(digits: serial, end: j, lostSlash: lostSlash)
    }

    /// Phase 2: up to six parts after the serial, each after a `/` or `-` (spaces, a line break
    /// and a doubled separator crossed): a year, then codes.
    private static func readParts(_ text: ScannedText, after serial: Serial) -> Parts {
        let t = text.scalars
        var parts = Parts(canonical: serial.digits, end: serial.end)
        while parts.count < 6 {
            var k = skipInline(text, parts.end)
            let separator: Unicode.Scalar
            if serial.lostSlash, parts.count == 0 {
                separator = "/"
            } else {
                guard k < text.count, t[k] == "/" || t[k] == "-" else { break }
                separator = t[k]
                k += 1
            }
            var crossedSpace = false
            while k < text.count, ScannedText.isSpace(t[k]) || (t[k] == "-" && separator == "-") || (t[k] == "/" && separator == "/") {
                if ScannedText.isSpace(t[k]) { crossedSpace = true }
                k += 1
                if k - parts.end > 8 { break }
            }
            guard k < text.count else { break }
            if parts.count == 0 { parts.partyForm = separator == "-" }
            if ScannedText.isDigit(t[k]) {
                guard readDigitPart(text, at: k, after: separator, into: &parts) else { break }
                continue
            }
            // "18/2013/T 1-BKHCN", "18/2013/T1-BKHCN": the type code after a year with a "T" read
            // as "1" (and a space put in).
            if parts.year != nil, parts.codes.isEmpty, let code = readTypeSlot(text, at: k) {
                parts.append(code: code.value, after: separator, end: code.end)
                continue
            }
            guard let code = readCode(text, at: k, crossedSpace: crossedSpace) else { break }
            if parts.count == 0, parts.partyForm, !isTypeCode(code.value) { break }
            // "số 12/A đường ...": an address, not a code.
            if parts.codes.isEmpty, code.value.unicodeScalars.count < 2 { break }
            parts.append(code: code.value, after: separator, end: code.end)
        }
        return parts
    }

    /// A part that starts with a digit: the year of a normative number (a type code glued to it
    /// when the slash was lost: "01/2024NĐ-CP"), or a Party type read with "1" for "T".
    /// - Returns: `false` when the number ends before it.
    private static func readDigitPart(_ text: ScannedText, at k: Int, after separator: Unicode.Scalar, into parts: inout Parts) -> Bool {
        let t = text.scalars
        if parts.count == 0, parts.partyForm, t[k] == "1", k + 1 < text.count, ScannedText.isUpper(t[k + 1]),
            let code = readCode(text, at: k + 1, crossedSpace: false), typeCodes[("T" + code.value).uppercased()] != nil
        {
            parts.append(code: "T" + code.value, after: separator, end: code.end)
            return true
        }
        guard parts.count == 0, separator == "/", let found = readYear(text, at: k) else { return false }
        // "01/2024NĐ-CP": the slash lost between the year and a type code.
        var glued: (value: String, end: Int)?
        if found.end < text.count, ScannedText.isUpper(t[found.end]) {
            guard let code = readCode(text, at: found.end, crossedSpace: false), isTypeCode(code.value),
                code.end < text.count, t[code.end] == "-"
            else { return false }
            glued = code
        }
        parts.append(year: found.year, end: found.end)
        if let glued { parts.append(code: glued.value, after: "/", end: glued.end) }
        return true
    }

    /// Phase 3: the number the parts make, or `nil` when they make none (a serial alone, a Party
    /// number without its issuer).
    private static func match(_ parts: Parts, serial: Serial, start: Int) -> Match? {
        if parts.codes.isEmpty {
            guard let year = parts.year, !parts.partyForm else { return nil }
            return Match(
                canonical: serial.digits + "/" + year,
                start: start,
                end: parts.end,
                serial: serial.digits,
                year: year,
                codes: [],
                partyForm: false
            )
        }
        if parts.partyForm, parts.codes.count < 2 { return nil }
        return Match(
            canonical: parts.canonical,
            start: start,
            end: parts.end,
            serial: serial.digits,
            year: parts.year,
            codes: parts.codes,
            partyForm: parts.partyForm
        )
    }

    /// The type code right after a normative number's year when OCR read a "T" in it as "1", "l"
    /// or "I", with at most one space inside ("T 1-BKHCN", "T1-BKHCN", "TTl-BYT" for "TT-…"): the
    /// piece up to the next "-" becomes a known type code once those are read as "T". `nil` when
    /// the piece is already a code as written or makes no type code.
    private static func readTypeSlot(_ text: ScannedText, at index: Int) -> (value: String, end: Int)? {
        let t = text.scalars
        var j = index
        var raw: [Unicode.Scalar] = []
        var spaces = 0
        while j < text.count, raw.count < 5 {
            let s = t[j]
            if s == " " {
                guard spaces == 0, !raw.isEmpty else { break }
                spaces += 1
            } else if ScannedText.isUpper(s) || s == "1" || s == "l" || s == "|" {
                raw.append(s)
            } else {
                break
            }
            j += 1
        }
        guard j < text.count, t[j] == "-", raw.count >= 2, raw.contains(where: { $0 == "1" || $0 == "l" || $0 == "|" || $0 == "I" }) else {
            return nil
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: raw.map { ["1", "l", "|", "I"].contains($0) ? "T" : $0 })
        let code = String(view)
        guard code.unicodeScalars.first == "T", isTypeCode(code) else { return nil }
        return (code, j)
    }

    /// Whether `code` is a known type code, as spelled or upper-cased.
    private static func isTypeCode(_ code: String) -> Bool {
        typeCodes[code] != nil || typeCodes[code.uppercased()] != nil
    }

    /// Skips at most two spaces on the same line.
    private static func skipInline(_ text: ScannedText, _ index: Int) -> Int {
        var j = index
        while j < text.count, j - index < 2, text.scalars[j] == " " { j += 1 }
        return j
    }

    /// A digit, or (not first) a letter OCR reads for one: O o Ø → 0, l I | → 1.
    private static func digitValue(_ s: Unicode.Scalar, strict: Bool) -> Character? {
        if ScannedText.isDigit(s) { return Character(s) }
        if strict { return nil }
        switch s {
        case "O", "o", "Ø": return "0"
        case "l", "I", "|": return "1"
        default: return nil
        }
    }

    /// Reads a four-digit year from 1900 to 2099 ("201 1" and "2O23" repaired; a stray letter
    /// before the next "/" dropped).
    private static func readYear(_ text: ScannedText, at index: Int) -> (year: String, end: Int)? {
        let t = text.scalars
        var digits = ""
        var j = index
        var usedSpace = false
        while j < text.count, digits.count < 4 {
            if let d = digitValue(t[j], strict: digits.isEmpty) {
                digits.append(d)
                j += 1
            } else if !usedSpace, t[j] == " ", digits.count >= 2, j + 1 < text.count, ScannedText.isDigit(t[j + 1]) {
                usedSpace = true
                j += 1
            } else {
                break
            }
        }
        guard digits.count == 4, digits.hasPrefix("19") || digits.hasPrefix("20") else { return nil }
        if j < text.count, ScannedText.isDigit(t[j]) { return nil }
        // "2011L/NQ": one stray letter between the year and the slash.
        if j + 1 < text.count, ScannedText.isLetter(t[j]), t[j + 1] == "/" || t[j + 1] == "-" { j += 1 }
        // "2024NĐ-CP": a capital may follow when the slash before a type code was lost; the
        // caller accepts that only when a known code follows.
        if j < text.count, ScannedText.isAlnum(t[j]), !ScannedText.isUpper(t[j]) { return nil }
        return (digits, j)
    }

    /// Reads one code part ("QĐ", "UBND", "QH15", "TTg"): repairs a doubled `Đ` and letters read for
    /// digits in a trailing digit group. After a line break or spaces it must be all capitals.
    private static func readCode(_ text: ScannedText, at index: Int, crossedSpace: Bool) -> (value: String, end: Int)? {
        let t = text.scalars
        var j = index
        var scalars: [Unicode.Scalar] = []
        while j < text.count, scalars.count < 14 {
            if ScannedText.isAlnum(t[j]) {
                scalars.append(t[j])
            } else if t[j] == "&", let last = scalars.last, ScannedText.isUpper(last), j + 1 < text.count, ScannedText.isUpper(t[j + 1]) {
                // Joint bodies inside one part: "BGD&ĐT" (Bộ Giáo dục và Đào tạo), "BLĐTB&XH".
                scalars.append("&")
            } else {
                break
            }
            j += 1
        }
        guard !scalars.isEmpty, j >= text.count || !ScannedText.isAlnum(t[j]) else { return nil }
        // "STNMT" read as "ST' NMT": a stray mark and a space inside a code, joined only when the
        // two pieces make a known code.
        if j + 2 < text.count, ["'", "’", "`", "‘"].contains(t[j]) {
            var k = j + 1
            if t[k] == " " { k += 1 }
            var tail: [Unicode.Scalar] = []
            while k < text.count, ScannedText.isAlnum(t[k]), tail.count < 8 {
                tail.append(t[k])
                k += 1
            }
            var joined = String.UnicodeScalarView()
            joined.append(contentsOf: scalars + tail)
            if !tail.isEmpty, CodeRepair.knownCodes.contains(String(joined)) {
                scalars += tail
                j = k
            }
        }
        // OCR's case slips ("vP" for "VP"; `CodeRepair.caseSlipsRaised`).
        // Not after a space: "12/KH-UBND - So với" goes on in words.
        if !crossedSpace, let raised = CodeRepair.caseSlipsRaised(String(String.UnicodeScalarView(scalars))) {
            scalars = Array(raised.unicodeScalars)
        }
        guard let first = scalars.first, ScannedText.isUpper(first) else { return nil }
        // A run of Đ inside a code is one Đ: "HĐĐND", "HĐĐĐND", "QĐĐ", and at the start too
        // ("ĐĐN" for a university's "ĐN"), except where the code is "ĐĐBQH" (Đoàn đại biểu Quốc hội).
        var collapsed: [Unicode.Scalar] = []
        let keepsLeadingRun = String(String.UnicodeScalarView(scalars)).hasPrefix("ĐĐBQH")
        for (i, s) in scalars.enumerated() {
            if s == "Đ", i > 0, scalars[i - 1] == "Đ", !(keepsLeadingRun && scalars[0...i].allSatisfy({ $0 == "Đ" })) { continue }
            collapsed.append(s)
        }
        // Letters read for digits in a trailing digit group: "QHI5" → "QH15".
        if let firstDigit = collapsed.firstIndex(where: { ScannedText.isDigit($0) }) {
            var p = firstDigit
            while p > 2, isDigitLookalike(collapsed[p - 1]) { p -= 1 }
            if p >= 2, collapsed[p...].allSatisfy({ ScannedText.isDigit($0) || isDigitLookalike($0) }) {
                for i in p..<collapsed.count {
                    if let d = digitValue(collapsed[i], strict: false), let s = d.unicodeScalars.first { collapsed[i] = s }
                }
            }
        }
        var value = String.UnicodeScalarView()
        value.append(contentsOf: collapsed)
        var code = String(value)
        // "ND-CP", "QD-UBND", "HDND": text typed or read without the stroke of Đ.
        if let restored = strokeRestored[code] { code = restored }
        let lower = collapsed.filter { ScannedText.isLetter($0) && !ScannedText.isUpper($0) }.count
        // Mixed case is how some codes are spelled ("TTg", "TTr", "QyĐ", a unit's "GDTrH"): one
        // lowercase r, g, y or i inside capitals, or a known code.
        let spelledMixed =
            lower == 1 && collapsed.count >= 3
            && collapsed.dropFirst().contains { ["r", "g", "y", "i"].contains($0) }
            && collapsed.filter { ScannedText.isUpper($0) }.count >= 2
        if lower > 0, !mixedCaseCodes.contains(code), !spelledMixed { return nil }
        if crossedSpace, (lower > 0 && !mixedCaseCodes.contains(code)) || collapsed.count < 2 { return nil }
        return (code, j)
    }

    private static func isDigitLookalike(_ s: Unicode.Scalar) -> Bool { s == "I" || s == "l" || s == "O" }
}

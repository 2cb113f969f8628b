import VietnameseText

/// Reads "Số: 63 /KH-THNH", "S6: 1234/UBND-VX", "Số: 59/2023/NĐ-CP", "Số 03-CT/QU" and OCR'd
/// variants ("Sô:", "sỐ", "Số:ổ0 /BC-UBND") into a ``NumberReading``.
///
/// Scans by hand, in time linear in the line's length.
enum NumberLineParser {
    /// Finds the "Số" marker at the start of a line (after at most three stray characters).
    /// - Returns: the offset just after the marker and its punctuation, or `nil`.
    static func markerEnd(in line: TextLine) -> Int? {
        marker(in: line)?.end
    }

    /// Whether the line's "Số" marker is followed by a colon or a period, as a header's number line
    /// writes it ("Số: 125/BC-UBND"); a body line broken after a type word ("... Nghị định\nsố
    /// 107/2021/NĐ-CP ...") has neither.
    static func markerIsPunctuated(in line: TextLine) -> Bool {
        marker(in: line)?.punctuated ?? false
    }

    /// The marker's end and whether a colon or period follows it. A one-letter speck of OCR
    /// noise before it ("ề Số: 125/BC-UBND") is passed over when the colon is there.
    private static func marker(in line: TextLine) -> (end: Int, punctuated: Bool)? {
        let f = line.folded
        var start = 0
        while start < min(3, f.count), !f[start].isLetter { start += 1 }
        var speck = false
        if start + 2 < f.count, f[start] != "s", f[start].isLetter, f[start + 1] == " " {
            start += 2
            speck = true
        }
        guard start + 2 <= f.count, f[start] == "s" else { return nil }
        let second = f[start + 1]
        // "Sẽ" is "Số" with its hat read as a tilde over an "e" (handwriting run onto it).
        guard second == "o" || second == "6" || second == "0" || (second == "e" && "ẽẼ".contains(line.chars[start + 1])) else { return nil }
        var i = start + 2
        if i < f.count, f[i].isLetter { return nil }  // "sở", "sóng": a word, not the marker
        var punctuated = false
        // A quote mark the pen's ink made beside the colon ("số”. ## pND-vP") is passed over.
        while i < f.count, f[i] == ":" || f[i] == "." || f[i] == " " || f[i] == ";" || (i == start + 2 && codeNoise.contains(line.chars[i])) {
            if f[i] == ":" || f[i] == "." { punctuated = true }
            i += 1
        }
        if speck && !punctuated { return nil }
        return (i, punctuated)
    }

    /// Where the number starts on a line whose "Số:" the pen wrote over ("sø. 43 /UBND-VP",
    /// "sốẽ f7 /UBND-VP", "VN: /UBND-VP"): after the line's first word, when that word may be
    /// such a marker (``NumberMarker/mayBeOverwritten(_:)``). Only the header's row that also
    /// holds the place and date may be read so (``HeaderLayout``): anywhere else a short word
    /// before a code is a sentence's.
    static func openingEnd(in line: TextLine) -> Int? {
        let c = line.chars
        guard let space = c.firstIndex(of: " "), NumberMarker.mayBeOverwritten(String(c[..<space])) else { return nil }
        var i = space
        while i < c.count, c[i] == " " { i += 1 }
        return i
    }

    /// Parses the number that follows a "Số" marker.
    /// - Parameters:
    ///   - line: the line.
    ///   - from: the offset after the marker.
    ///   - issuerCodes: the codes the header's organ lines imply (``IssuerCodes``), for a code
    ///     garbled past one slip; empty when the line is read on its own.
    /// - Returns: the reading and the offset where it ends, or `nil` when no code follows.
    static func parse(_ line: TextLine, from: Int, issuerCodes: [String] = []) -> (reading: NumberReading, end: Int)? {
        let c = line.chars
        // The digits sit before the slash, a few characters at most. Handwriting read as text may
        // hold slashes of its own ("Số: Z/&” /UBND-VP", "Số: /  /UBND-VP", "Số: 6/74 /UBND-VP"):
        // the code follows the first slash that a code follows whose first part is no
        // handwriting ("/Ở.", "/74", "/2OI"); failing that, a garbled code restored from the
        // digits' window, and failing that, the first slash a code follows.
        var slash = from
        var first: (reading: NumberReading, end: Int)?
        while slash < c.count, slash - from <= 10 {
            if c[slash] == "/", let parsed = parse(c, from: from, slash: slash) {
                if !startsWithHandwriting(parsed.reading.code) { return parsed }
                first = first ?? parsed
            }
            slash += 1
        }
        // A code that is only handwriting ("/ Ô øuBND-vp": the pen's ink read "/ Ô") gives way
        // to the garbled printed code behind it, when that restores.
        return first.flatMap { _ in restored(c, from: from, issuerCodes: issuerCodes) } ?? first
            ?? restored(c, from: from, issuerCodes: issuerCodes)
    }

    /// The number of a line whose code OCR garbled where handwriting ran onto it: the slash lost
    /// or read as another mark ("Số: 47 uBND-vP", "số: (3 ;uBND-VP"), the capitals read as small
    /// letters ("/upND-vp", "/ubND-vp"). The code is the first word in the digits' window joined
    /// by a dash to another, whose every part, in capitals, is a known code or one edit from
    /// exactly one (a letter read for another, lost or doubled: "UPND" → "UBND", "VVP" → "VP";
    /// a digit among the letters: "U5ND"), the first part at least three letters long and
    /// restored as ``CodeRepair/restoredPart(_:first:)`` says (its first letter lost under the
    /// pen, leading ink read as letters: "BND", "mpBND"), or else the one of `issuerCodes` it
    /// fits (``CodeRepair/issuerCode(for:among:)``: "pND-vp" under "ỦY BAN NHÂN DÂN"); a word
    /// may start after a digit. The reading keeps what OCR printed (``NumberReading/codeRead``),
    /// so the number is checked.
    private static func restored(_ c: [Character], from: Int, issuerCodes: [String]) -> (reading: NumberReading, end: Int)? {
        var start = from
        while start < c.count, start - from <= 12 {
            defer { start += 1 }
            // A word's start; after a digit too ("0uBND-vP": the pen's last stroke read as "0").
            guard c[start].isLetter, start == from || !c[start - 1].isLetter else { continue }
            var parts: [String] = []
            var raw: [String] = []
            var i = start
            while i < c.count {
                var j = i
                // A digit among the letters is a letter misread ("U5ND").
                while j < c.count, c[j].isLetter || (c[j].isNumber && j > i) { j += 1 }
                let part = String(c[i..<j])
                guard j > i,
                    let known = CodeRepair.restoredPart(part, first: parts.isEmpty)
                        ?? (parts.isEmpty ? CodeRepair.issuerCode(for: part, among: issuerCodes) : nil)
                else { break }
                parts.append(known)
                raw.append(part)
                i = j
                guard i + 1 < c.count, c[i] == "-", c[i + 1].isLetter else { break }
                i += 1
            }
            guard parts.count >= 2 else { continue }
            // What stands before the code, less a mark the slash was read as.
            var before = String(c[from..<start]).trimmingSpaces()
            if let last = before.last, "/;|(".contains(last) { before.removeLast() }
            let code = parts.joined(separator: "-")
            let reading = NumberReading(
                form: .administrative,
                digits: digits(before),
                partyType: nil,
                code: code,
                codeRead: raw.joined(separator: "-")
            )
            return (reading, i)
        }
        return nil
    }

    /// Whether a code's first part is handwriting OCR read as text: one or two letters with marks
    /// no code has ("Ở", "Ấˆ"), a letter and a digit ("Z3"), one letter alone ("Z" of "4/Z/_
    /// /UBND-VP"), or digits other than a year ("74", "2OI": "59/2023/NĐ-CP" has the year).
    static func startsWithHandwriting(_ code: String) -> Bool {
        let head = code.prefix { $0.isLetter || $0.isNumber }
        guard let initial = head.first else { return false }
        if head.count <= 2, head.contains(where: { $0.isLetter && !$0.isASCII && $0 != "Đ" }) { return true }
        if head.count == 2, head.contains(where: \.isLetter), head.contains(where: \.isNumber) { return true }
        if head.count == 1, initial.isLetter, head.count == code.count { return true }
        guard initial.isNumber else { return false }
        return !(head.count == 4 && head.allSatisfy(\.isNumber) && OfficialYear.contains(Int(head) ?? 0))
    }

    /// Quote marks and ticks OCR reads between the slash and a code ("/“UBND-VP"): handwriting
    /// run onto the print, never part of a code.
    static let codeNoise: Set<Character> = ["“", "”", "\"", "'", "‘", "’", "`", "´", "^", "ˆ"]

    /// The number whose digits stand between `from` and the slash at `slash`, or `nil` when no
    /// code follows that slash.
    private static func parse(_ c: [Character], from: Int, slash: Int) -> (reading: NumberReading, end: Int)? {
        var prefix = String(c[from..<slash]).trimmingSpaces()
        var partyType: String?
        if let dash = prefix.lastIndex(of: "-") {
            let after = String(prefix[prefix.index(after: dash)...]).trimmingSpaces()
            // A party type is two code letters or more ("CT", "NQ", "CTr", OCR's "ct"): not the
            // pen's ink read as a letter ("-Ÿ /UBND-VP").
            if after.count >= 2, after.allSatisfy(\.isLetter), after.unicodeScalars.allSatisfy(CodeRepair.belongsInCode) {
                partyType = canonicalSegment(after)
                prefix = String(prefix[..<dash]).trimmingSpaces()
            }
        }
        var codeFrom = slash + 1
        while codeFrom < c.count, codeFrom - slash <= 2, codeNoise.contains(c[codeFrom]) { codeFrom += 1 }
        guard let (segments, end) = codeSegments(c, from: codeFrom), !segments.isEmpty else { return nil }
        var form: NumberReading.Form = partyType == nil ? .administrative : .party
        var code = ""
        var index = 0
        if form == .administrative, segments.count >= 2, let year = Int(segments[0].text), OfficialYear.contains(year),
            segments[0].text.count == 4, segments[1].separator == "/"
        {
            form = .normative
        }
        for seg in segments {
            if index > 0 { code.append(seg.separator) }
            code += canonicalSegment(seg.text)
            index += 1
        }
        return (NumberReading(form: form, digits: digits(prefix), partyType: partyType, code: code), end)
    }

    /// Classifies what stands where the digits go.
    static func digits(_ raw: String) -> NumberReading.Digits {
        let s = raw.filter { !$0.isWhitespace }
        if s.isEmpty { return .missing }
        if s.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return s.allSatisfy({ $0 == "0" }) ? .unreadable(raw: raw) : .clean(s)
        }
        let fixes: [Character: Character] = ["O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8"]
        let realDigits = s.filter { $0.isASCII && $0.isNumber }.count
        if s.count <= 5, realDigits >= 1, s.allSatisfy({ ($0.isASCII && $0.isNumber) || fixes[$0] != nil }) {
            let fixed = String(s.map { fixes[$0] ?? $0 })
            return fixed.allSatisfy({ $0 == "0" }) ? .unreadable(raw: raw) : .repaired(fixed, raw: raw)
        }
        return .unreadable(raw: raw)
    }

    /// One segment of a code and the separator before it.
    struct Segment {
        var separator: Character
        var text: String
    }

    /// Reads "KH-THNH", "QĐ- UBND", "2023/NĐ-CP" up to the first word that is not joined by a
    /// separator.
    static func codeSegments(_ c: [Character], from: Int) -> ([Segment], Int)? {
        var segments: [Segment] = []
        var i = from
        var separator: Character = "/"
        while true {
            while i < c.count, c[i] == " " { i += 1 }
            var j = i
            while j < c.count, c[j].isLetter || c[j].isNumber { j += 1 }
            guard j > i else { break }
            var text = String(c[i..<j])
            // The type code right after the slash, one OCR slip off a known code ("rB" for "TB",
            // "Qb" for "QĐ") and joined to the rest by a dash, is that code.
            if segments.isEmpty, !DocumentKinds.isTypeCode(text), let known = repairedTypeCode(text), c[j...].first(where: { $0 != " " }) == "-" {
                text = known
            }
            // "UBND-vP": a capital's small form read for it (`CodeRepair.caseSlipsRaised`), and
            // restored when that is one slip from a known code ("VvP" → "VVP" → "VP"); not after
            // a space ("KH-UBND - So với" goes on in words).
            if !segments.isEmpty, c[i - 1] != " ", let raised = CodeRepair.caseSlipsRaised(text) {
                text = CodeRepair.restoredPart(raised, first: false) ?? raised
            }
            guard text.count <= 12, text.contains(where: { $0.isUppercase || $0.isNumber }),
                !(text.first?.isLowercase ?? true) || text.allSatisfy({ $0.isNumber })
            else { break }
            segments.append(Segment(separator: separator, text: text))
            i = j
            var k = i
            while k < c.count, c[k] == " " { k += 1 }
            guard k < c.count, c[k] == "-" || c[k] == "/" else { break }
            separator = c[k]
            while k < c.count, c[k] == "-" || c[k] == "/" || c[k] == " " { k += 1 }
            i = k
        }
        return segments.isEmpty ? nil : (segments, i)
    }

    /// OCR's slips on the capitals of a printed type code: a lowercase letter for its capital, and
    /// the look-alikes "b"/"đ"/"D" for "Đ", "r"/"f" for "T".
    private static let codeSlips: [Character: [Character]] = ["b": ["Đ"], "đ": ["Đ"], "D": ["Đ"], "r": ["T"], "f": ["T"]]

    /// The known type code `segment` is one slip away from, when exactly one is ("rB" → "TB").
    static func repairedTypeCode(_ segment: String) -> String? {
        let chars = Array(segment)
        guard (2...4).contains(chars.count), chars.allSatisfy(\.isLetter) else { return nil }
        var found: Set<String> = []
        for (k, ch) in chars.enumerated() {
            let options = (codeSlips[ch] ?? []) + (ch.isLowercase ? [Character(ch.uppercased())] : [])
            for option in options {
                var candidate = chars
                candidate[k] = option
                let code = String(candidate)
                if DocumentKinds.isTypeCode(code) { found.insert(code) }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// "QĐĐ" → "QĐ", "HĐĐĐND" → "HĐND" where the doubling makes no known code but the single does.
    static func canonicalSegment(_ segment: String) -> String {
        guard segment.contains("ĐĐ"), !DocumentKinds.isKnownCode(segment) else { return segment }
        var out = ""
        for ch in segment where !(ch == "Đ" && out.last == "Đ") { out.append(ch) }
        return DocumentKinds.isKnownCode(out) ? out : segment
    }
}

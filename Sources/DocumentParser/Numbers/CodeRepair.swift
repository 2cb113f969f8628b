import VietnameseText

/// Repairs one-letter OCR slips in the code parts of a document's numbers ("312/BC-SIP" for
/// "312/BC-STP", "1424/TTr-BOL" beside "1420/TTr-BQL"): a code part that is neither a known code
/// nor used elsewhere in the document, and that one look-alike substitution (O/Q/D/0, I/T/L/1,
/// B/8, S/5, D read for Đ) turns into a known code or a code the document uses elsewhere, takes that form;
/// failing that, in a code of four letters or more, a doubled letter read once ("ĐHTDĐ" beside
/// "ĐHTĐ", "BYTT" for "BYT": a skewed or blurred page doubles strokes).
/// Codes printed wrongly but consistently ("76/NQ-HĐNĐ") are kept: no substitution makes them known.
/// A code holding one scalar no code can hold ("SGŒTTT", "SGƠDĐT") is read without it first.
enum CodeRepair {
    /// Codes of bodies and types seen across provinces.
    static let knownCodes: Set<String> = [
        "UBND", "HĐND", "CP", "TTG", "TW", "QU", "TU", "HU", "ĐU", "BNV", "BTC", "BTP", "BYT", "BCA", "BXD", "BQP",
        "STC", "STP", "SGDĐT", "STNMT", "SXD", "SYT", "SNV", "SKHĐT", "SNNPTNT", "SCT", "STTTT", "SLĐTBXH",
        "SGTVT", "SKHCN", "SVHTTDL", "SNN", "SDTTG", "BQL", "VP", "VPUB", "VPCP", "HCSN", "KGVX", "KTTH", "KTNS",
        "VHXH", "NC", "KTN", "QLĐT", "TTHC", "CT", "TH", "GDĐT", "NV", "TCKH", "LĐTBXH", "VHTT", "TNMT", "TTR",
        // Ministries and central bodies (the closed list their numbers carry).
        "BGTVT", "BTTTT", "BGDĐT", "BKHĐT", "BKHCN", "BNNPTNT", "BTNMT", "BLĐTBXH", "BVHTTDL", "BCT", "BNG", "BDTTG",
        "NHNN", "TTCP", "KTNN", "VPQH", "UBTVQH", "BHXH", "UBDT", "BCĐ",
    ]

    /// A short code part with a capital in it whose other letters are lowercase letters shaped
    /// like their capitals ("vP", "Vp", "Kt"), in capitals: OCR reads those letters' small forms
    /// for them. `nil` when the part is anything else (a mixed-case code such as "TTg" or "CTr"
    /// keeps its case; an all-lowercase word is no code).
    static func caseSlipsRaised(_ part: String) -> String? {
        guard part.count <= 4, part.contains(where: \.isUppercase), part.contains(where: { caseSlips.contains($0) }),
            part.allSatisfy({ $0.isUppercase || $0.isNumber || caseSlips.contains($0) })
        else { return nil }
        return part.uppercased()
    }

    /// Lowercase letters shaped like their capitals.
    static let caseSlips: Set<Character> = ["c", "k", "o", "p", "s", "u", "v", "w", "x", "z"]

    /// One part of a garbled code in capitals, restored: as it is when a known code, else the
    /// one known code a single edit away (a letter read for another, lost or added, a digit
    /// read for a letter: "U5ND"), when exactly one is. The first part of a code must be at
    /// least three letters long ("UBND", "SGDĐT"), so that a word of the line ("ngày") is not
    /// taken for one.
    ///
    /// The first part is where handwriting written into the blank runs onto the print: its
    /// first letter is the one lost or garbled ("BND-VP" under a "5" written across the "U"),
    /// and the letters OCR makes of the pen's ink come before it, in small letters or with
    /// marks no code has ("mpBND", "ÄÃÖBND"). So, when several known codes are one edit away,
    /// the one edited only at its start is taken, if exactly one is; and a first part that
    /// restores to nothing is tried again without up to three such leading letters, when what
    /// remains is a known code, or one less its first letter, as it stands ("tỳnn" is not
    /// "SNN": that would be two slips).
    static func restoredPart(_ part: String, first: Bool) -> String? {
        if let restored = restoredWhole(part, first: first) { return restored }
        guard first else { return nil }
        var rest = Substring(part)
        for _ in 0..<3 {
            guard let lead = rest.first, lead.isLowercase || !lead.unicodeScalars.allSatisfy(belongsInCode) else { return nil }
            rest = rest.dropFirst()
            let upper = rest.uppercased()
            guard upper.count >= 3 else { return nil }
            if knownCodes.contains(upper) { return upper }
            let lost = knownCodes.filter { $0.count == upper.count + 1 && String($0.dropFirst()) == upper }
            if lost.count == 1 { return lost.first }
        }
        return nil
    }

    /// A code's first part garbled past one slip, taken for the code the header's organ lines
    /// imply (``IssuerCodes``): the part ends on that code's last letter, holds another of its
    /// letters before it in order, and is at most two letters longer ("pND", "mpND", "øöpụD"
    /// under "ỦY BAN NHÂN DÂN" are "UBND" whose first letters the pen ran over). Exactly one of
    /// the codes must fit; letters are compared without marks.
    static func issuerCode(for part: String, among codes: [String]) -> String? {
        let key = Array(VietnameseFolding.fold(part).uppercased().filter(\.isLetter))
        let fits = codes.filter { code in
            let target = Array(VietnameseFolding.fold(code).uppercased())
            guard target.count >= 3, key.count >= max(2, target.count - 2), key.count <= target.count + 2, key.last == target.last else {
                return false
            }
            return commonLetters(key, target) >= 2
        }
        return fits.count == 1 ? fits.first : nil
    }

    /// The length of the longest run of letters both hold in the same order (not necessarily side by side).
    private static func commonLetters(_ a: [Character], _ b: [Character]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for (j, y) in b.enumerated() {
                let above = row[j + 1]
                row[j + 1] = x == y ? diagonal + 1 : max(row[j + 1], row[j])
                diagonal = above
            }
        }
        return row[b.count]
    }

    private static func restoredWhole(_ part: String, first: Bool) -> String? {
        let upper = part.uppercased()
        guard upper.count <= 8, upper.count >= (first ? 3 : 2), upper.contains(where: \.isLetter) else { return nil }
        if knownCodes.contains(upper) || DocumentKinds.isKnownCode(upper) { return upper }
        guard upper.count >= 3 else { return nil }
        let letters = Array(upper)
        let near = knownCodes.filter { $0 != upper && OCRVariants.editDistanceAtMostOne(letters, Array($0)) }
        if near.count == 1 { return near.first }
        guard first else { return nil }
        // The start garbled or lost under the pen: "BND" is "UBND" less its "U" (and "BNV",
        // "BNG" with their last letter changed, which no pen reaches).
        let atStart = near.filter { known in
            let code = Array(known)
            switch letters.count - code.count {
            case 0: return letters.dropFirst() == code.dropFirst()
            case -1: return letters[...] == code.dropFirst()
            case 1: return letters.dropFirst() == code[...]
            default: return false
            }
        }
        return atStart.count == 1 ? atStart.first : nil
    }

    private static let lookalikes: [Unicode.Scalar: [Unicode.Scalar]] = [
        "O": ["Q", "D", "0"], "Q": ["O"], "D": ["O", "Đ"], "0": ["O"],
        "I": ["T", "L", "1"], "T": ["I"], "L": ["I"], "1": ["I", "T"],
        "B": ["8"], "8": ["B"], "S": ["5"], "5": ["S"],
    ]

    /// The repaired form of each number that needs one.
    /// - Parameter numbers: the canonical numbers read in one document.
    /// - Returns: number → repaired number, only for numbers that changed.
    static func repairs(for numbers: [String]) -> [String: String] {
        var uses: [String: Set<String>] = [:]
        for number in numbers {
            for part in parts(of: number) { uses[part.uppercased(), default: []].insert(number) }
        }
        var result: [String: String] = [:]
        for number in Set(numbers) {
            var changed = false
            var out = ""
            var current = ""
            func flush() {
                let upper = current.uppercased()
                if current.count >= 2, !knownCodes.contains(upper), current.unicodeScalars.contains(where: { ScannedText.isLetter($0) }),
                    (uses[upper]?.count ?? 0) <= 1, let fixed = repair(upper, uses: uses, own: number)
                {
                    out += fixed
                    changed = true
                } else {
                    out += current
                }
                current = ""
            }
            for ch in number {
                if ch == "/" || ch == "-" {
                    flush()
                    out.append(ch)
                } else {
                    current.append(ch)
                }
            }
            flush()
            if changed { result[number] = out }
        }
        return result
    }

    private static func parts(of number: String) -> [String] {
        number.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
    }

    /// At 150–200 dpi a "V" between capitals blurs into a "T" ("BGTVT" read "BGTTT"); only in
    /// codes of four letters or more, where a known code is far from every other ("CV" and "CT"
    /// are both real).
    private static let longCodeLookalikes: [Unicode.Scalar: [Unicode.Scalar]] = ["T": ["V"], "V": ["T"]]

    /// Whether a scalar can stand in a code: ASCII letters and digits, "Đ" and the "&" of joint bodies.
    /// Anything else ("Œ", "Ơ", "Ê") is a blot OCR read as a letter.
    static func belongsInCode(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (ScannedText.isAlnum(s) || s == "&") : (s == "Đ" || s == "đ")
    }

    private static func repair(_ code: String, uses: [String: Set<String>], own: String) -> String? {
        // "SGŒTTT": a letter no code holds is left out first; what remains is taken as it is when
        // known, or repaired by one look-alike as below.
        let foreign = code.unicodeScalars.filter { !belongsInCode($0) }
        if foreign.count == 1 {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: code.unicodeScalars.filter(belongsInCode))
            let rest = String(view)
            guard rest.unicodeScalars.count >= 2 else { return nil }
            if isKnownOrUsed(rest, uses: uses, own: own) { return rest }
            return substitute(rest, uses: uses, own: own)
        }
        return substitute(code, uses: uses, own: own) ?? dropOne(code, uses: uses, own: own)
    }

    /// The code with one of two like letters side by side read once, when exactly one such form
    /// is a known code or one the document uses elsewhere; only codes of four letters or more (short ones are too near each
    /// other: "CVT" less a letter is "CV" and "CT").
    private static func dropOne(_ code: String, uses: [String: Set<String>], own: String) -> String? {
        let scalars = Array(code.unicodeScalars)
        guard scalars.count >= 4 else { return nil }
        var found: String?
        // Only a letter that repeats its neighbour (D and Đ count as one): a doubled stroke.
        func same(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool { a == b || (["D", "Đ"].contains(a) && ["D", "Đ"].contains(b)) }
        for i in scalars.indices
        where ScannedText.isLetter(scalars[i])
            && ((i > 0 && same(scalars[i - 1], scalars[i])) || (i + 1 < scalars.count && same(scalars[i + 1], scalars[i])))
        {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<i])
            view.append(contentsOf: scalars[(i + 1)...])
            let candidate = String(view)
            guard isKnownOrUsed(candidate, uses: uses, own: own) else { continue }
            if found != nil, found != candidate { return nil }
            found = candidate
        }
        return found
    }

    /// A known code, or one another number of the document uses.
    private static func isKnownOrUsed(_ candidate: String, uses: [String: Set<String>], own: String) -> Bool {
        let users = uses[candidate]
        return knownCodes.contains(candidate) || (users?.count ?? 0) > ((users?.contains(own) ?? false) ? 1 : 0)
    }

    private static func substitute(_ code: String, uses: [String: Set<String>], own: String) -> String? {
        let scalars = Array(code.unicodeScalars)
        var found: String?
        for (i, s) in scalars.enumerated() {
            let long = scalars.count >= 4 ? longCodeLookalikes[s] ?? [] : []
            for alt in (lookalikes[s] ?? []) + long {
                var copy = scalars
                copy[i] = alt
                var view = String.UnicodeScalarView()
                view.append(contentsOf: copy)
                let candidate = String(view)
                if isKnownOrUsed(candidate, uses: uses, own: own) {
                    if found != nil, found != candidate { return nil }
                    found = candidate
                }
            }
        }
        return found
    }
}

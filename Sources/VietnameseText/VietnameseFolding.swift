import Foundation

/// Canonical forms of Vietnamese text for comparison and search.
///
/// ```swift
/// VietnameseFolding.normalize("NÐ-CP")      // "NĐ-CP" (U+00D0 → U+0110), NFC
/// VietnameseFolding.normalize("Uỷ ban hoà") // "Ủy ban hòa" (canonical tone placement)
/// VietnameseFolding.fold("Nghị định 59")    // "nghi dinh 59"
/// ```
public enum VietnameseFolding {
    /// NFC, `Ð` (U+00D0) and `ð` to `Đ`/`đ`, every dash variant to `-`, soft hyphens, bidi marks (LRM, RLM, embeddings, isolates) and zero-width
    /// characters removed, non-breaking spaces to spaces, tone marks in canonical place
    /// ("hoà" → "hòa", see ``ToneMarks``). Keeps diacritics and case. For markdown removal,
    /// hyphenation joining and offsets back to the original, use ``NormalizedText``.
    public static func normalize(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text { for c in cleanCharacter(ch) { out.append(c) } }
        return ToneMarks.canonicalizeWords(in: out)
    }

    /// Lowercase, diacritics removed, `đ`/`Đ`/`Ð` to `d`: what a user typing without marks means.
    public static func fold(_ text: String) -> String {
        // Fast path: ASCII and the precomposed Latin letters (what Vietnamese text is made of) fold
        // scalar by scalar from a table; anything else takes the decomposing path.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                bytes.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v))
            } else if let folded = FoldTable.folded(v) {
                bytes.append(contentsOf: folded)
            } else if (0x0300...0x036F).contains(v) {
                continue
            } else {
                return slowFold(text)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The fold of a single scalar in the table's ranges as UTF-8, or `nil` outside them.
    public static func foldedUTF8(_ value: UInt32) -> [UInt8]? { FoldTable.folded(value) }

    /// `fold` by canonical decomposition, for text outside the table's ranges.
    static func slowFold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining marks: tones, circumflex, breve, horn
            case 0x0110, 0x0111, 0x00D0, 0x00F0: scalars.append("d")
            default:
                for lower in String(scalar).lowercased().unicodeScalars { scalars.append(lower) }
            }
        }
        return String(scalars)
    }

    /// The clean form of one character: NFC, `Ð`→`Đ`, dashes to `-`, invisible characters to
    /// nothing, non-breaking spaces to a space, `\r\n` and `\r` to `\n`.
    static func cleanCharacter(_ ch: Character) -> [Character] {
        // Fast path: one scalar in the Latin ranges is already NFC; only a few need mapping.
        let charScalars = ch.unicodeScalars
        if charScalars.count == 1, let only = charScalars.first {
            let v = only.value
            if v < 0x80 { return v == 0x0D ? ["\n"] : [ch] }
            if v != 0x00A0, v != 0x00AD, v != 0x00D0, v != 0x00F0, (0x00A1...0x024F).contains(v) || (0x1E00...0x1EFF).contains(v) {
                return [ch]
            }
        }
        if ch == "\r\n" || ch == "\r" { return ["\n"] }
        let nfc = String(ch).precomposedStringWithCanonicalMapping
        guard let first = nfc.unicodeScalars.first else { return [] }
        if nfc.unicodeScalars.count == 1 {
            switch first.value {
            case 0x00D0: return ["Đ"]
            case 0x00F0: return ["đ"]
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return ["-"]
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return []
            case 0x00A0, 0x2007, 0x202F: return [" "]
            default: return [Character(nfc)]
            }
        }
        var scalars = String.UnicodeScalarView()
        for s in nfc.unicodeScalars {
            switch s.value {
            case 0x00D0: scalars.append("Đ")
            case 0x00F0: scalars.append("đ")
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: continue
            default: scalars.append(s)
            }
        }
        return String(scalars).map { $0 }
    }
}

/// Folds of the precomposed Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) as UTF-8, each computed
/// once by the decomposing path, so the fast path gives the same result.
private enum FoldTable {
    static let latin: [[UInt8]] = (UInt32(0xC0)...0x24F).map(make)
    static let extended: [[UInt8]] = (UInt32(0x1E00)...0x1EFF).map(make)

    static func make(_ value: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return Array(VietnameseFolding.slowFold(String(scalar)).utf8)
    }

    static func folded(_ v: UInt32) -> [UInt8]? {
        if v >= 0xC0, v <= 0x24F { return latin[Int(v - 0xC0)] }
        if v >= 0x1E00, v <= 0x1EFF { return extended[Int(v - 0x1E00)] }
        return nil
    }
}

import Foundation

/// Moves tone marks to one canonical place inside a syllable.
///
/// Vietnamese is written with two tone placements for the open syllables `oa`, `oe` and `uy`:
/// "hoà"/"hòa", "thuỷ"/"thủy", "Hoá"/"Hóa", "khoẻ"/"khỏe". The archive compares on the form
/// administrative documents use (Nghị định 30/2020, "Ủy ban", "hóa đơn"): the tone sits on the
/// first vowel of such an open pair. Syllables with a final consonant ("hoàn", "thuyết"), with
/// `qu` ("quả", "quý") or with a marked vowel ("thuở") are already unambiguous and left alone.
///
/// ```swift
/// ToneMarks.canonical("hoà")   // "hòa"
/// ToneMarks.canonical("UỶ")    // "ỦY"
/// ToneMarks.canonical("quả")   // "quả"
/// ```
public enum ToneMarks {
    /// Toned a, e, y (both cases): the only possible ends of a word whose tone may move.
    static let tonedEnds: Set<Character> = Set("àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ")

    /// The combining tone marks: grave, acute, tilde, hook above, dot below.
    static let tones: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]

    /// Returns `word` (one syllable or any run of letters) with its tone on the canonical vowel.
    /// - Parameter word: a run of letters, any normalisation form.
    /// - Returns: the word in NFC, tone moved where needed; other text unchanged (but NFC).
    public static func canonical<S: StringProtocol>(_ word: S) -> String {
        let nfc = String(word).precomposedStringWithCanonicalMapping
        // Fast path: only a word ending in o/u + a toned a, e or y can change.
        guard nfc.count >= 2, let last = nfc.last, tonedEnds.contains(last),
            let before = nfc.dropLast().last, "oOuU".contains(before)
        else { return nfc }
        var letters: [(base: Unicode.Scalar, marks: [Unicode.Scalar])] = []
        for scalar in nfc.decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x0300...0x036F).contains(scalar.value), !letters.isEmpty {
                letters[letters.count - 1].marks.append(scalar)
            } else {
                letters.append((scalar, []))
            }
        }
        let toned = letters.indices.filter { i in letters[i].marks.contains { tones.contains($0.value) } }
        guard toned.count == 1, let tonePos = toned.first, letters.count >= 2 else { return nfc }
        let n = letters.count
        // The pair must end the word: no final consonant.
        let first = n - 2
        let second = n - 1
        guard tonePos == second else { return nfc }
        let a = lower(letters[first].base)
        let b = lower(letters[second].base)
        let pairs: Set<String> = ["oa", "oe", "uy"]
        guard pairs.contains(String(a) + String(b)) else { return nfc }
        // Only the tone may mark the pair: "ơa", "ôe" are other vowels.
        guard letters[first].marks.isEmpty, letters[second].marks.count == 1 else { return nfc }
        // "qu" + y: the u belongs to the consonant ("quý"); a third vowel before means a longer nucleus.
        if first >= 1 {
            let before = lower(letters[first - 1].base)
            if a == "u", before == "q" { return nfc }
            if "aeiouy".unicodeScalars.contains(before) { return nfc }
        }
        let tone = letters[second].marks[0]
        letters[second].marks = []
        letters[first].marks = [tone]
        var out = String.UnicodeScalarView()
        for letter in letters {
            out.append(letter.base)
            out.append(contentsOf: letter.marks)
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// Applies ``canonical(_:)`` to every run of letters in `text`.
    /// - Parameter text: any text.
    /// - Returns: the text in NFC with canonical tone placement.
    public static func canonicalizeWords(in text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var word = ""
        for ch in text.precomposedStringWithCanonicalMapping {
            if ch.isLetter {
                word.append(ch)
            } else {
                if !word.isEmpty {
                    result += canonical(word)
                    word = ""
                }
                result.append(ch)
            }
        }
        if !word.isEmpty { result += canonical(word) }
        return result
    }

    private static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }
}

import Foundation
import VietnameseText

/// The number a clerk put in a file's name: "280 BC.signed_20250219_164611.pdf" → 280 + ["BC"],
/// "47 QĐ UB.signed (1)_….pdf" → 47 + ["QĐ", "UB"], "01CT_20250509_154257.pdf" → 01 + ["CT"].
///
/// Only the leading digits and the code words right after them count; a name that does not start
/// with a number ("bnt - BTTTT - Gop y ….pdf") gives nothing.
struct FileNameNumber: Sendable, Hashable {
    var digits: String
    /// Code words after the digits, upper-cased and folded for comparison ("QD", "UB").
    var codes: [String]

    /// Reads a path's last component.
    init?(path: String) {
        let name = String(path.split(separator: "/").last ?? Substring(path)).precomposedStringWithCanonicalMapping
        let chars = Array(name)
        var i = 0
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
        // One to five digits: "20250509_…" is a date stamp, not a number.
        guard (1...5).contains(i), i < chars.count else { return nil }
        digits = String(chars[0..<i])
        var words: [String] = []
        var word = ""
        while i < chars.count {
            let ch = chars[i]
            if ch.isLetter {
                word.append(ch)
            } else if ch == " " || ch == "-" || ch == "+" {
                if !word.isEmpty {
                    words.append(word)
                    word = ""
                }
            } else {
                break  // ".signed", "_2025…", "(1)": the clerk's part is over
            }
            i += 1
        }
        if !word.isEmpty { words.append(word) }
        codes = words.prefix(3).map { VietnameseFolding.fold($0).uppercased() }
        guard !codes.isEmpty, codes[0].count <= 5 else { return nil }
    }

    /// Whether the file name's code words agree with a printed number: its type code, or for a
    /// number without one (công văn) its issuer code ("UB" for "UBND").
    func agrees(with reading: NumberReading) -> Bool {
        guard let first = codes.first else { return false }
        if let type = reading.typeCode {
            return VietnameseFolding.fold(type).uppercased() == first
        }
        guard let issuer = reading.codeSegments.first.map({ VietnameseFolding.fold($0).uppercased() }) else { return false }
        return issuer.hasPrefix(first) && first.count >= 2
    }
}

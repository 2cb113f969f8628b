import VietnameseText

/// Folded issuer names for comparison: "UBND Quận 6" and "Ủy ban nhân dân quận 6" give the same key.
package enum IssuerKey {
    private static let expansions: [(String, String)] = [
        ("ubnd", "uy ban nhan dan"), ("hdnd", "hoi dong nhan dan"), ("tp", "thanh pho"),
        ("ttg", "thu tuong chinh phu"), ("cp", "chinh phu"), ("bnv", "bo noi vu"),
    ]

    /// The key, or `nil` for an empty name.
    package static func make(_ name: String?) -> String? {
        guard let name else { return nil }
        let folded = VietnameseFoldingTokenizer.fold(name)
        let expanded = words(of: folded).map { w in expansions.first(where: { $0.0 == w })?.1 ?? w }
        let key = expanded.joined(separator: " ")
        return key.isEmpty ? nil : key
    }

    /// Runs of letters and digits.
    private static func words(of folded: String) -> [String] {
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            // Folded names are nearly always ASCII: no Character properties needed.
            return folded.utf8.split(whereSeparator: { !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39)) })
                .map { String(decoding: $0, as: UTF8.self) }
        }
        var words: [String] = []
        var word = ""
        for ch in folded {
            if ch.isLetter || ch.isNumber {
                word.append(ch)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// Whether two issuer keys may name the same body: equal, or one contains the other.
    package static func compatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a == b || a.contains(b) || b.contains(a)
    }
}

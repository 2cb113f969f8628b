import DocumentParser
import VietnameseText

/// An instrument named in a query or a `--cites` filter: a full number ("59/2023/NĐ-CP") or a
/// partial one with a type ("Nghị định 59/2023", "NĐ 59/2023", "QĐ 3855").
public struct InstrumentReference: Sendable, Hashable, CustomStringConvertible {
    /// The full folded number key, when the reference gives one.
    public var key: String?
    /// The serial number without leading zeros.
    public var head: String
    /// The year, when given.
    public var year: String?
    /// The folded type code ("nd"), when given or implied by a type name.
    public var code: String?
    /// The folded type name ("nghi dinh"), when given.
    public var typeName: String?
    /// The query text that named the instrument, folded ("nghi dinh 59/2023").
    public var matchedText: String
    /// The query text that named the instrument as the user typed it ("Nghị định 59/2023"), for
    /// banners; the folded ``matchedText`` when it cannot be found back in the query.
    public var typedText: String = ""

    /// A readable form ("59/2023/nd-cp", "nd 59/2023").
    public var description: String {
        if let key { return key }
        var parts: [String] = []
        if let typeName { parts.append(typeName) } else if let code { parts.append(code) }
        parts.append(year.map { "\(head)/\($0)" } ?? head)
        return parts.joined(separator: " ")
    }

    /// Finds the first instrument named in `query`, or `nil`.
    ///
    /// - Parameter query: what the user typed, with or without diacritics.
    /// - Returns: the reference, or `nil` when the query names no instrument.
    public static func find(in query: String) -> InstrumentReference? {
        guard var reference = findFolded(in: query) else { return nil }
        reference.typedText = typed(reference.matchedText, in: query) ?? reference.matchedText
        return reference
    }

    /// The span of `query` whose folded form is `matched` (its words separated by anything but
    /// letters, digits and `/`), as typed.
    static func typed(_ matched: String, in query: String) -> String? {
        let characters = Array(VietnameseFolding.normalize(query))
        var folded: [Character] = []
        var origin: [Int] = []
        for (index, character) in characters.enumerated() {
            for piece in VietnameseFolding.fold(String(character)) {
                folded.append(piece)
                origin.append(index)
            }
        }
        let words = matched.split(separator: " ").map { Array($0) }
        guard !words.isEmpty else { return nil }
        func isSeparator(_ character: Character) -> Bool { !(character.isLetter || character.isNumber || character == "/") }
        for start in folded.indices {
            var position = start
            var matchedAll = true
            for (number, word) in words.enumerated() {
                if number > 0 {
                    let before = position
                    while position < folded.count, isSeparator(folded[position]) { position += 1 }
                    if position == before {
                        matchedAll = false
                        break
                    }
                }
                guard position + word.count <= folded.count, Array(folded[position..<position + word.count]) == word else {
                    matchedAll = false
                    break
                }
                position += word.count
            }
            if matchedAll, position > start {
                return String(characters[origin[start]...origin[position - 1]])
            }
        }
        return nil
    }

    private static func findFolded(in query: String) -> InstrumentReference? {
        let folded = VietnameseFolding.fold(VietnameseFolding.normalize(query))
        // Full numbers: normative 59/2023/NĐ-CP, Party 05-CT/TW, administrative 3855/QĐ-UBND.
        let full =
            #/(\d+\s*/\s*\d{4}\s*/\s*[a-z][a-z0-9]*(?:\s*-\s*[a-z0-9]+)*|\d+\s*-\s*[a-z]+\s*/\s*[a-z][a-z0-9]*(?:\s*-\s*[a-z0-9]+)*|\d+\s*/\s*[a-z][a-z0-9]*(?:\s*-\s*[a-z0-9]+)*)/#
        if let match = folded.firstMatch(of: full), let number = DocumentNumber(parsing: String(match.1)) {
            return InstrumentReference(
                key: number.key,
                head: number.serial ?? "0",
                year: number.year,
                code: number.code,
                typeName: nil,
                matchedText: String(match.1)
            )
        }
        // Partial: a type name or code, then a number, optionally /year.
        let words = folded.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "/") }).map(String.init)
        var index = 0
        while index < words.count {
            for nameWords in DocumentTypeCodes.queryWords {
                let name = nameWords.joined(separator: " ")
                guard index + nameWords.count < words.count,
                    Array(words[index..<index + nameWords.count]) == nameWords
                else { continue }
                var next = index + nameWords.count
                if words[next] == "so", next + 1 < words.count { next += 1 }
                let candidate = words[next]
                let parts = candidate.split(separator: "/", omittingEmptySubsequences: false)
                guard let first = parts.first, !first.isEmpty, first.allSatisfy(\.isASCIIDigitCharacter) else { continue }
                var year: String?
                if parts.count == 2, parts[1].count == 4, parts[1].allSatisfy(\.isASCIIDigitCharacter) {
                    year = String(parts[1])
                } else if parts.count != 1 {
                    continue
                }
                let trimmed = first.drop(while: { $0 == "0" })
                let isName = DocumentTypeCodes.byName.first(where: { $0.name == name })
                return InstrumentReference(
                    key: nil,
                    head: trimmed.isEmpty ? "0" : String(trimmed),
                    year: year,
                    code: isName.map { $0.code } ?? name,
                    typeName: isName?.name,
                    matchedText: (nameWords + [candidate]).joined(separator: " ")
                )
            }
            index += 1
        }
        return nil
    }
}

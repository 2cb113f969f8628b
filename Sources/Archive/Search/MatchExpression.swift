import VietnameseText

/// Builds FTS5 MATCH expressions from any user text: every word is quoted, so operators, quotes,
/// stars and parentheses are searched as words or ignored, never parsed by FTS5.
enum MatchExpression {
    /// `"word" "word" "two words"`: all words required; a balanced `"..."` stays a phrase.
    /// Returns `nil` when the text has no word.
    static func make(_ text: String) -> String? {
        fts5(phrases(text))
    }

    /// The words of `text` in groups, each searched as a phrase (one word, or the words of a
    /// balanced `"..."`): what any full-text backend searches, before its own syntax.
    static func phrases(_ text: String) -> [[String]] {
        let normalized = VietnameseFolding.normalize(text)
        let quoteCount = normalized.filter { $0 == "\"" }.count
        var groups: [[String]] = []
        var inPhrase = false
        var phrase: [String] = []
        var word = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            if inPhrase { phrase.append(word) } else { groups.append([word]) }
            word = ""
        }
        for ch in normalized {
            if ch.isLetter || ch.isNumber || (ch.unicodeScalars.first?.properties.generalCategory == .nonspacingMark) {
                word.append(ch)
            } else if ch == "\"", quoteCount % 2 == 0 {
                flushWord()
                if inPhrase, !phrase.isEmpty { groups.append(phrase) }
                phrase = []
                inPhrase.toggle()
            } else {
                flushWord()
            }
        }
        flushWord()
        if !phrase.isEmpty { groups.append(phrase) }
        return groups
    }

    /// The FTS5 expression requiring every phrase (`"word" "two words"`), `nil` for none.
    static func fts5(_ phrases: [[String]]) -> String? {
        guard !phrases.isEmpty else { return nil }
        return phrases.map { "\"" + $0.joined(separator: " ") + "\"" }.joined(separator: " ")
    }
}

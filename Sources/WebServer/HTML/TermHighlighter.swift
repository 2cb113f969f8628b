import VietnameseText

/// Marks the words of a text that match the words of a query, compared folded (no diacritics,
/// đ → d, lower case), as the search does.
struct TermHighlighter {
    /// The query's words, folded.
    let terms: Set<String>

    /// Takes the words of a query ("nghi dinh 59/2023" → nghi, dinh, 59, 2023).
    init(query: String?) {
        terms = Set(Self.words(in: query ?? "").map(VietnameseFolding.fold))
    }

    var isEmpty: Bool { terms.isEmpty }

    /// Whether one word (as OCR read it) matches.
    func matches(_ word: String) -> Bool {
        Self.words(in: word).contains { terms.contains(VietnameseFolding.fold($0)) }
    }

    /// The text as HTML, matched words in `<mark>`, everything escaped.
    func html(_ text: String) -> HTML {
        guard !terms.isEmpty else { return "\(text)" }
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            out += terms.contains(VietnameseFolding.fold(word)) ? "<mark>" + HTML.escape(word) + "</mark>" : HTML.escape(word)
            word = ""
        }
        for character in text {
            if Self.isWordCharacter(character) {
                word.append(character)
            } else {
                flush()
                out += HTML.escape(String(character))
            }
        }
        flush()
        return HTML(trusted: out)
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    static func words(in text: String) -> [String] {
        text.split(whereSeparator: { !isWordCharacter($0) }).map(String.init)
    }
}

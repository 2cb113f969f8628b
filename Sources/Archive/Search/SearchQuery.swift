/// A search: what the user typed, filters and a page of results.
///
/// ```swift
/// var query = SearchQuery("nghi dinh 59/2023")
/// query.from = "2024-01-01"
/// query.limit = 10
/// ```
public struct SearchQuery: Sendable, Hashable {
    /// The query string, any text: it is never passed to FTS5 unquoted.
    public var text: String
    /// Document type ("Kế hoạch"), compared folded.
    public var type: String?
    /// Part of the issuer's or parent issuer's name, compared folded ("UBND Quận 6" works).
    public var issuer: String?
    /// Earliest document date, ISO 8601 (or DD/MM/YYYY), inclusive.
    public var from: String?
    /// Latest document date, ISO 8601 (or DD/MM/YYYY), inclusive.
    public var to: String?
    /// Only documents citing this instrument ("59/2023/NĐ-CP", "NĐ 59/2023").
    public var cites: String?
    /// Only documents still in force: none that an archived document replaced or repealed whole.
    public var inForce = false
    /// Results per page (``allowedLimits``).
    public var limit: Int
    /// Results to skip.
    public var offset: Int
    /// Markers around matched words in free-text snippets.
    public var highlightOpen: String
    public var highlightClose: String

    /// Creates a query.
    public init(
        _ text: String,
        type: String? = nil,
        issuer: String? = nil,
        from: String? = nil,
        to: String? = nil,
        cites: String? = nil,
        limit: Int = 20,
        offset: Int = 0,
        highlightOpen: String = "«",
        highlightClose: String = "»"
    ) {
        self.text = text
        self.type = type
        self.issuer = issuer
        self.from = from
        self.to = to
        self.cites = cites
        self.limit = limit
        self.offset = offset
        self.highlightOpen = highlightOpen
        self.highlightClose = highlightClose
    }

    /// The page sizes a search accepts.
    public static let allowedLimits = 1...1000

    /// The most words a query searches: the rest are dropped (and the search page says so), which
    /// keeps the cost of a pasted page of text bounded (2,000 words took 28 s).
    public static let maximumWords = 64
    /// The most characters a query searches (64 words with any amount of punctuation between them
    /// would otherwise still be unbounded).
    public static let maximumCharacters = 2_048

    /// `text` cut after its `maximumWords`-th word (a word: letters and digits, as the index splits
    /// them) and to ``maximumCharacters``, and how many words it had. What is searched is then
    /// bounded, whatever is pasted into the box.
    /// - Returns: the text to search and the number of words in the original.
    public static func capped(_ text: String, maximumWords: Int = SearchQuery.maximumWords) -> (text: String, words: Int) {
        var words = 0
        var inWord = false
        var cut: String.Index?
        for index in text.indices {
            let character = text[index]
            let wordCharacter = character.isLetter || character.isNumber
            if wordCharacter, !inWord {
                words += 1
                if words == maximumWords + 1, cut == nil { cut = index }
            }
            inWord = wordCharacter
        }
        let kept = cut.map { String(text[..<$0]) } ?? text
        return (kept.count > maximumCharacters ? String(kept.prefix(maximumCharacters)) : kept, words)
    }

    /// A date as ISO 8601: `2025-01-31` and `31/01/2025` both give `2025-01-31`; `nil` when it is
    /// not a real day (`2024-02-30`): what a command line or a form checks before searching.
    public static func isoDate(_ text: String) -> String? {
        DayText.realDay(text)
    }
}

/// Which steps ``NormalizedText`` applies beyond the always-on character clean-up
/// (NFC, `Ð`→`Đ`, dashes, soft hyphens, zero-width characters, non-breaking spaces).
public struct NormalizationOptions: Sendable, Hashable {
    /// Move tone marks to the canonical vowel ("hoà" → "hòa"). See ``ToneMarks``.
    public var canonicalTones: Bool
    /// Drop markdown markup ("**", "## ", "~~"). See ``MarkdownDebris``.
    public var stripMarkdown: Bool
    /// Join words broken across lines by a hyphen where it is safe. See ``NormalizedText``.
    public var joinHyphenatedLines: Bool

    /// Creates options.
    public init(canonicalTones: Bool = true, stripMarkdown: Bool = true, joinHyphenatedLines: Bool = true) {
        self.canonicalTones = canonicalTones
        self.stripMarkdown = stripMarkdown
        self.joinHyphenatedLines = joinHyphenatedLines
    }

    /// Every step on.
    public static let all = NormalizationOptions()
    /// Character clean-up only.
    public static let charactersOnly = NormalizationOptions(canonicalTones: false, stripMarkdown: false, joinHyphenatedLines: false)
}

import Foundation
import VietnameseText

/// Words as the SQLite archive's FTS5 indexes see them (runs of letters, digits and combining
/// marks), written as PostgreSQL `tsvector` and `tsquery` text by vanthu itself, so both backends
/// search the same tokens whatever the server's parser and locale.
///
/// ```swift
/// SearchTokens.vector(subject: nil, body: "Nghị định 59/2023/NĐ-CP", form: .folded)
/// // "'2023':4 '59':3 'cp':6 'dinh':2 'nd':5 'nghi':1"
/// ```
enum SearchTokens {
    /// Which form of the words an index holds.
    enum Form {
        /// Folded: lowercase, no diacritics, `đ` → `d` (`VietnameseFolding.fold`).
        case folded
        /// Lowercase with diacritics (SQLite's `unicode61 remove_diacritics 0`).
        case exact

        func apply(_ word: String) -> String {
            switch self {
            case .folded: VietnameseFolding.fold(word)
            case .exact: word.lowercased()
            }
        }
    }

    /// The highest position a `tsvector` keeps, and the most positions per word.
    static let maximumPosition = 16_383
    static let maximumPositionsPerWord = 256

    /// The words of `text` with their ranges.
    static func words(_ text: String) -> [(word: String, range: Range<String.Index>)] {
        var words: [(String, Range<String.Index>)] = []
        var start: String.Index?
        for index in text.indices {
            let character = text[index]
            let inWord =
                character.isLetter || character.isNumber || character.unicodeScalars.first?.properties.generalCategory == .nonspacingMark
            if inWord, start == nil {
                start = index
            } else if !inWord, let first = start {
                words.append((String(text[first..<index]), first..<index))
                start = nil
            }
        }
        if let first = start { words.append((String(text[first...]), first..<text.endIndex)) }
        return words
    }

    /// A quoted lexeme.
    static func lexeme(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The `tsvector` text of a page: the subject's words (weight A), then the body's, a position
    /// apart so that no phrase spans both.
    static func vector(subject: String?, body: String, form: Form) -> String {
        var positions: [String: [(Int, Bool)]] = [:]
        var position = 0
        for (text, weighted) in [(subject ?? "", true), (body, false)] {
            for (word, _) in words(text) {
                position += 1
                let token = form.apply(word)
                guard !token.isEmpty else { continue }
                let clamped = min(position, maximumPosition)
                var list = positions[token, default: []]
                if list.count < maximumPositionsPerWord, list.last?.0 != clamped { list.append((clamped, weighted)) }
                positions[token] = list
            }
            position += 1
        }
        return positions.keys.sorted().map { token in
            lexeme(token) + ":" + (positions[token] ?? []).map { "\($0.0)\($0.1 ? "A" : "")" }.joined(separator: ",")
        }.joined(separator: " ")
    }

    /// The `tsquery` text requiring every phrase (`'nghi' <-> 'dinh' & '59'`); `nil` when no word is left.
    static func query(_ phrases: [[String]], form: Form) -> String? {
        let parts = phrases.compactMap { phrase -> String? in
            let tokens = phrase.flatMap { words($0).map(\.word) }.map(form.apply).filter { !$0.isEmpty }
            guard !tokens.isEmpty else { return nil }
            let joined = tokens.map(lexeme).joined(separator: " <-> ")
            return tokens.count > 1 ? "(" + joined + ")" : joined
        }
        return parts.isEmpty ? nil : parts.joined(separator: " & ")
    }

    /// A passage of `text` around the query's words (16 words, the most matches), the matched
    /// words between `open` and `close`, `…` where the page goes on: what SQLite's `snippet()` shows.
    static func snippet(_ text: String, phrases: [[String]], open: String, close: String, size: Int = 16) -> String? {
        let wanted = Set(phrases.flatMap { $0 }.flatMap { words($0).map(\.word) }.map(Form.folded.apply))
        let all = words(text)
        let hits = all.map { wanted.contains(Form.folded.apply($0.word)) }
        guard hits.contains(true) else { return nil }
        var best = 0
        var bestCount = -1
        for start in 0..<max(1, all.count - size + 1) {
            let count = hits[start..<min(all.count, start + size)].filter { $0 }.count
            if count > bestCount {
                best = start
                bestCount = count
            }
        }
        let end = min(all.count, best + size)
        var out = best > 0 ? "…" : ""
        var cursor = all[best].range.lowerBound
        for index in best..<end {
            let range = all[index].range
            out += String(text[cursor..<range.lowerBound])
            out += hits[index] ? open + String(text[range]) + close : String(text[range])
            cursor = range.upperBound
        }
        if end < all.count { out += "…" } else { out += String(text[cursor...]) }
        return out
    }
}

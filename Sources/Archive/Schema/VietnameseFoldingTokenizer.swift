import GRDB
import VietnameseText

/// The FTS5 tokenizer `vietnamese_folding`: unicode61 tokens, then diacritics removed, lowercased
/// and `đ` → `d` (which unicode61's `remove_diacritics` does not do, `đ` having no decomposition).
///
/// Registered on every connection by ``SQLiteArchive`` (`Configuration.prepareDatabase`):
/// `CREATE VIRTUAL TABLE t USING fts5(body, tokenize='vietnamese_folding')`.
final class VietnameseFoldingTokenizer: FTS5WrapperTokenizer {
    /// The name used in `tokenize=`.
    static let name = "vietnamese_folding"
    let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .keep))
    }

    func accept(
        token: String, flags: FTS5TokenFlags, for tokenization: FTS5Tokenization,
        tokenCallback: FTS5WrapperTokenCallback
    ) throws {
        try tokenCallback(Self.fold(token), flags)
    }

    /// Folded forms of the precomposed Latin letters (U+00C0...U+024F, U+1E00...U+1EFF), computed
    /// once with ``VietnameseFolding/fold(_:)``.
    private static let table: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for value in UInt32(0xC0)...0x24F { add(value, to: &table) }
        for value in UInt32(0x1E00)...0x1EFF { add(value, to: &table) }
        return table
    }()

    private static func add(_ value: UInt32, to table: inout [UInt32: String]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        table[value] = VietnameseFolding.fold(String(scalar))
    }

    /// Same result as `VietnameseFolding.fold` for NFC text, without per-character allocations.
    static func fold(_ token: String) -> String {
        var out = ""
        out.reserveCapacity(token.utf8.count)
        for scalar in token.unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                out.unicodeScalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32) ?? scalar : scalar)
            } else if let folded = table[scalar.value] {
                out += folded
            } else if (0x300...0x36F).contains(scalar.value) {
                continue
            } else {
                out += VietnameseFolding.fold(String(scalar))
            }
        }
        return out
    }
}

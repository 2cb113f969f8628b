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
        try tokenCallback(VietnameseFolding.fold(token), flags)
    }
}

import Foundation
import GRDB
import VietnameseText

/// The FTS5 tokenizer `vietnamese_folding`: unicode61 tokens, then diacritics removed, lowercased
/// and `đ` → `d` (which unicode61's `remove_diacritics` does not do, `đ` having no decomposition).
///
/// Registered on every connection by ``SQLiteArchive`` (`Configuration.prepareDatabase`):
/// `CREATE VIRTUAL TABLE t USING fts5(body, tokenize='vietnamese_folding')`.
///
/// Tokens are folded byte by byte into one reused buffer and handed straight to FTS5: no Swift
/// string per token (GRDB's `FTS5WrapperTokenizer` makes three), which is most of an ingest's
/// tokenizing cost. The result is the same as ``fold(_:)`` on each token.
final class VietnameseFoldingTokenizer: FTS5CustomTokenizer {
    /// The name used in `tokenize=`.
    static let name = "vietnamese_folding"
    private let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .keep))
    }

    /// What the C callback needs: FTS5's own context and callback, and the fold buffer.
    private struct Pass {
        let context: UnsafeMutableRawPointer?
        let callback: FTS5TokenCallback
        /// Room for a token folded through the table (see ``fold(_:into:)``).
        let buffer: UnsafeMutablePointer<UInt8>
        let capacity: Int
    }

    func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        // The table folds a letter of n bytes to at most n + n / 2 bytes.
        let capacity = Int(max(nText, 0)) * 3 / 2 + 16
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var pass = Pass(context: context, callback: tokenCallback, buffer: buffer, capacity: capacity)
        return withUnsafeMutablePointer(to: &pass) { passPointer in
            wrappedTokenizer.tokenize(context: passPointer, tokenization: tokenization, pText: pText, nText: nText) {
                passPointer,
                flags,
                pToken,
                nToken,
                iStart,
                iEnd in
                guard let passPointer, let pToken, nToken > 0 else { return 0 }  // SQLITE_OK
                let pass = passPointer.assumingMemoryBound(to: Pass.self).pointee
                let token = UnsafeRawBufferPointer(start: pToken, count: Int(nToken)).bindMemory(to: UInt8.self)
                // Lowercase ASCII (unicode61 lowercases) is its own fold: handed on as it is.
                if !token.contains(where: { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) }) {
                    return pass.callback(pass.context, flags, pToken, nToken, iStart, iEnd)
                }
                if token.count * 3 / 2 <= pass.capacity, let count = VietnameseFoldingTokenizer.fold(token, into: pass.buffer) {
                    return pass.buffer.withMemoryRebound(to: CChar.self, capacity: count) {
                        pass.callback(pass.context, flags, $0, CInt(count), iStart, iEnd)
                    }
                }
                // Letters outside the table: the string path (bytes that are not UTF-8 are skipped,
                // as GRDB's wrapper does).
                guard let text = String(bytes: token, encoding: .utf8) else { return 0 }
                var folded = VietnameseFoldingTokenizer.fold(text)
                return folded.withUTF8 { utf8 in
                    utf8.withMemoryRebound(to: CChar.self) {
                        pass.callback(pass.context, flags, $0.baseAddress, CInt($0.count), iStart, iEnd)
                    }
                }
            }
        }
    }

    /// Folds one token's UTF-8 into `out` through ``packed`` and returns the folded length, or `nil`
    /// when the token holds a letter outside the table (or bytes that are not UTF-8).
    static func fold(_ token: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int? {
        var count = 0
        var i = 0
        while i < token.count {
            let b0 = token[i]
            if b0 < 0x80 {
                out[count] = b0 >= 0x41 && b0 <= 0x5A ? b0 + 32 : b0
                count += 1
                i += 1
                continue
            }
            // Two- and three-byte sequences cover every scalar the table knows.
            var value: UInt32
            if b0 & 0xE0 == 0xC0, i + 1 < token.count, token[i + 1] & 0xC0 == 0x80 {
                value = UInt32(b0 & 0x1F) << 6 | UInt32(token[i + 1] & 0x3F)
                i += 2
            } else if b0 & 0xF0 == 0xE0, i + 2 < token.count, token[i + 1] & 0xC0 == 0x80, token[i + 2] & 0xC0 == 0x80 {
                value = UInt32(b0 & 0x0F) << 12 | UInt32(token[i + 1] & 0x3F) << 6 | UInt32(token[i + 2] & 0x3F)
                i += 3
            } else {
                return nil
            }
            if value >= 0x300, value <= 0x36F { continue }  // a combining mark: dropped
            let index: Int
            if value >= 0xC0, value <= 0x24F {
                index = Int(value - 0xC0)
            } else if value >= 0x1E00, value <= 0x1EFF {
                index = Int(value - 0x1E00) + 0x190
            } else {
                return nil
            }
            var entry = packed[index]
            let length = Int(entry >> 24)
            guard length <= 3 else { return nil }
            for _ in 0..<length {
                out[count] = UInt8(truncatingIfNeeded: entry)
                entry >>= 8
                count += 1
            }
        }
        return count
    }

    /// The folded UTF-8 of U+00C0...U+024F, then of U+1E00...U+1EFF (from index 0x190): up to three
    /// bytes, first byte lowest, and the length in the top byte (0xFF: longer, not in the table).
    private static let packed: [UInt32] = {
        let scalars = Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF)
        return scalars.map { value in
            guard let folded = VietnameseFolding.foldedUTF8(value), folded.count <= 3 else { return 0xFF00_0000 }
            var entry = UInt32(folded.count) << 24
            for (shift, byte) in folded.enumerated() { entry |= UInt32(byte) << (8 * UInt32(shift)) }
            return entry
        }
    }()

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

import Foundation
import GRDB

extension SQLiteArchive {
    /// Stores the word boxes of a document's pages (one row per page, words as compact JSON
    /// `[[x, y, width, height, "text"], ...]`).
    ///
    /// - Parameters:
    ///   - documentID: a stored document.
    ///   - pages: the pages' words; pages the document does not have are ignored.
    /// - Throws: ``ArchiveError``.
    public func storeWords(documentID: Int64, pages: [PageWords]) throws {
        let encoded = try pages.map { page -> (PageWords, String) in
            let rows = page.words.map { WordRow(x: $0.x, y: $0.y, width: $0.width, height: $0.height, text: $0.text) }
            do {
                return (page, String(decoding: try JSONEncoder().encode(rows), as: UTF8.self))
            } catch {
                throw ArchiveError(.invalidArgument, "The word boxes could not be encoded", underlying: "\(error)")
            }
        }
        try perform {
            try pool.write { db in
                for (page, json) in encoded {
                    guard
                        let pageID = try SQLRequest<Int64>(
                            "SELECT id FROM pages WHERE document_id = \(documentID) AND number = \(page.page)"
                        ).fetchOne(db)
                    else { continue }
                    try db.execute(
                        literal: """
                            INSERT OR REPLACE INTO page_words (page_id, width, height, rotation, deskew_angle, words)
                            VALUES (\(pageID), \(page.width), \(page.height), \(page.rotation), \(page.deskewAngle), \(json))
                            """
                    )
                }
            }
        }
    }

    /// The word boxes kept for a document's pages.
    ///
    /// - Parameter documentID: the document.
    /// - Returns: one entry per page with boxes, in page order.
    /// - Throws: ``ArchiveError`` (`.notAnArchive` when a row is damaged).
    public func words(documentID: Int64) throws -> [PageWords] {
        try perform {
            try pool.read { db in
                try SQLRequest<Row>(
                    """
                    SELECT p.number, w.width, w.height, w.rotation, w.deskew_angle, w.words
                    FROM page_words w JOIN pages p ON p.id = w.page_id
                    WHERE p.document_id = \(documentID) ORDER BY p.number
                    """
                ).fetchAll(db).map { row in
                    let json: String = row["words"]
                    let rows: [WordRow]
                    do {
                        rows = try JSONDecoder().decode([WordRow].self, from: Data(json.utf8))
                    } catch {
                        throw ArchiveError(.notAnArchive, "The word boxes of document \(documentID) are damaged", path: path, underlying: "\(error)")
                    }
                    return PageWords(
                        page: row["number"],
                        width: row["width"],
                        height: row["height"],
                        rotation: row["rotation"],
                        deskewAngle: row["deskew_angle"],
                        words: rows.map { PageWords.Word(text: $0.text, x: $0.x, y: $0.y, width: $0.width, height: $0.height) }
                    )
                }
            }
        }
    }
}

/// A word as stored: a five-element JSON array, to keep rows small.
private struct WordRow: Codable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int
    var text: String

    init(x: Int, y: Int, width: Int, height: Int, text: String) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.text = text
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        x = try container.decode(Int.self)
        y = try container.decode(Int.self)
        width = try container.decode(Int.self)
        height = try container.decode(Int.self)
        text = try container.decode(String.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(x)
        try container.encode(y)
        try container.encode(width)
        try container.encode(height)
        try container.encode(text)
    }
}

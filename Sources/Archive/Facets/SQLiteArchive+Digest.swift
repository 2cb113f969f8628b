import GRDB

extension SQLiteArchive {
    /// The id of the document stored with this SHA-256, if any.
    ///
    /// - Parameter sha256: 64 hex digits.
    /// - Returns: the id, or `nil` when no document has that content.
    /// - Throws: ``ArchiveError``.
    public func documentID(sha256: String) throws -> Int64? {
        try perform {
            try pool.read { db in
                try SQLRequest<Int64>("SELECT id FROM documents WHERE sha256 = \(sha256.lowercased())").fetchOne(db)
            }
        }
    }
}

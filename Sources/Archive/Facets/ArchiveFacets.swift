import GRDB

/// What the archive holds, for filter menus: document types and issuers with their counts.
public struct ArchiveFacets: Sendable, Hashable, Codable {
    /// A value and how many current documents carry it.
    public struct Count: Sendable, Hashable, Codable {
        public var value: String
        public var count: Int
    }

    /// Current documents.
    public var documents: Int
    /// Document types, most frequent first.
    public var types: [Count]
    /// Issuers, most frequent first (at most 200).
    public var issuers: [Count]
}

extension SQLiteArchive {
    /// The types and issuers of current documents, most frequent first.
    ///
    /// - Returns: the facets; empty lists for an empty archive.
    /// - Throws: ``ArchiveError``.
    public func facets() throws -> ArchiveFacets {
        try perform {
            try pool.read { db in
                let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE superseded_by IS NULL AND copy_of IS NULL") ?? 0
                func counts(_ column: String, limit: Int) throws -> [ArchiveFacets.Count] {
                    try Row.fetchAll(
                        db,
                        sql: """
                            SELECT \(column) AS value, COUNT(*) AS n FROM documents
                            WHERE superseded_by IS NULL AND copy_of IS NULL AND \(column) IS NOT NULL AND \(column) <> ''
                            GROUP BY \(column) ORDER BY n DESC, value LIMIT \(limit)
                            """
                    ).map { ArchiveFacets.Count(value: $0["value"], count: $0["n"]) }
                }
                return ArchiveFacets(documents: documents, types: try counts("type", limit: 50), issuers: try counts("issuer", limit: 200))
            }
        }
    }
}

extension ArchiveFacets {
    /// Facets from their counts (other archive backends build them from their rows).
    package init(documents: Int, types: [(String, Int)], issuers: [(String, Int)]) {
        self.init(
            documents: documents,
            types: types.map { Count(value: $0.0, count: $0.1) },
            issuers: issuers.map { Count(value: $0.0, count: $0.1) }
        )
    }
}

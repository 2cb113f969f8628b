import Foundation
import GRDB
import VietnameseText

extension SQLiteArchive {
    /// Writes the citation graph to `output`, streaming rows from the database (memory stays flat).
    ///
    /// Nodes are the current archived documents and the cited instruments not in the archive;
    /// edges are citations, with relation and mention count.
    /// - Parameters:
    ///   - options: format, and optionally the neighbourhood (`around`, `depth`) to export.
    ///   - output: where the text goes (a `String`, a file stream).
    /// - Throws: ``ArchiveError`` (`.notFound` when `around` names nothing known).
    public func exportGraph<Output: TextOutputStream>(_ options: GraphOptions, to output: inout Output) throws {
        var serializer = GraphSerializer(format: options.format)
        try perform {
            try pool.read { db in
                if let around = options.around {
                    let nodes = try Self.neighbourhood(of: around, depth: max(0, options.depth), db: db)
                    guard !nodes.isEmpty else {
                        throw ArchiveError(.notFound, "No document or cited instrument matches '\(around)'")
                    }
                    serializer.begin(&output)
                    for id in nodes.sorted() {
                        if let node = try Self.node(id: id, db: db) { serializer.node(node, &output) }
                    }
                    serializer.beginEdges(&output)
                    let cursor = try Row.fetchCursor(db, sql: Self.edgeSQL)
                    while let row = try cursor.next() {
                        let edge = Self.edge(row)
                        if nodes.contains(edge.source), nodes.contains(edge.target) { serializer.edge(edge, &output) }
                    }
                    serializer.end(&output)
                    return
                }
                serializer.begin(&output)
                let documents = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT \(Self.documentNodeColumns) FROM documents d WHERE \(Self.currentSQL) ORDER BY d.id
                        """
                )
                while let row = try documents.next() {
                    serializer.node(Self.documentNode(row), &output)
                }
                let externals = try SQLRequest<Row>(literal: Self.externalSQL(where: "1")).fetchCursor(db)
                while let row = try externals.next() {
                    serializer.node(Self.externalNode(row), &output)
                }
                serializer.beginEdges(&output)
                let edges = try Row.fetchCursor(db, sql: Self.edgeSQL)
                while let row = try edges.next() {
                    serializer.edge(Self.edge(row), &output)
                }
                serializer.end(&output)
            }
        }
    }

    /// The target id of a citation row with `resolved_document_id`, `number_key`, `name`, `raw_text`.
    static let targetSQL = """
        CASE WHEN c.resolved_document_id IS NOT NULL THEN 'd' || c.resolved_document_id
             WHEN c.number_key IS NOT NULL THEN 'x:' || c.number_key
             ELSE 'n:' || lower(coalesce(c.name, c.raw_text)) END
        """

    static let edgeSQL = """
        SELECT c.id, 'd' || c.document_id AS source, \(targetSQL) AS target, c.relation, c.mentions, c.action
        FROM citations c JOIN documents d ON d.id = c.document_id
        WHERE \(currentSQL) ORDER BY c.id
        """

    static func externalSQL(where condition: SQL) -> SQL {
        """
        SELECT g.node_id, g.number, g.name, g.type, g.date, g.issuer, \(sql: stateSQL(key: "g.number_key")) AS status FROM (
            SELECT \(sql: targetSQL) AS node_id, MIN(c.number) AS number, MIN(c.name) AS name, MIN(c.type) AS type,
                   MIN(c.date) AS date, MIN(c.issuer) AS issuer, MIN(c.number_key) AS number_key
            FROM citations c JOIN documents d ON d.id = c.document_id
            WHERE \(sql: currentSQL) AND c.resolved_document_id IS NULL AND \(condition)
            GROUP BY node_id) g ORDER BY g.node_id
        """
    }

    static func edge(_ row: Row) -> GraphEdge {
        GraphEdge(
            id: "e\(row["id"] as Int64)",
            source: row["source"],
            target: row["target"],
            relation: row["relation"],
            mentions: row["mentions"],
            action: row["action"]
        )
    }

    /// A graph's documents: the current version of each, one node for all scans of one dispatch.
    static let currentSQL = "d.superseded_by IS NULL AND d.copy_of IS NULL"

    /// A document node's columns: the summary, its status and how many scans it has.
    static let documentNodeColumns = """
        \(DocumentSummary.columns), \(stateSQL(key: "d.number_key", excluding: "d.id")) AS status,
        (SELECT COUNT(*) FROM documents k WHERE k.copy_of = d.id AND k.superseded_by IS NULL) + 1 AS scans
        """

    static func documentNode(_ row: Row) -> GraphNode {
        GraphNode(document: DocumentSummary(row: row), status: row["status"], scans: row["scans"])
    }

    static func externalNode(_ row: Row) -> GraphNode {
        GraphNode(
            id: row["node_id"],
            number: row["number"],
            name: row["name"],
            type: row["type"],
            date: row["date"],
            issuer: row["issuer"],
            subject: nil,
            inArchive: false,
            status: row["status"]
        )
    }

    /// One node by its graph id.
    static func node(id: String, db: Database) throws -> GraphNode? {
        if id.hasPrefix("d"), let documentID = Int64(id.dropFirst()) {
            return try SQLRequest<Row>("SELECT \(sql: documentNodeColumns) FROM documents d WHERE d.id = \(documentID)")
                .fetchOne(db).map(documentNode)
        }
        return try SQLRequest<Row>(literal: externalSQL(where: "\(sql: targetSQL) = \(id)")).fetchOne(db).map(externalNode)
    }

    /// The node ids within `depth` citation steps of `reference`, following citations both ways.
    static func neighbourhood(of reference: String, depth: Int, db: Database) throws -> Set<String> {
        var start = Set<String>()
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let id = Int64(trimmed), try SQLRequest<Bool>("SELECT EXISTS(SELECT 1 FROM documents WHERE id = \(id))").fetchOne(db) == true {
            start.insert("d\(id)")
        } else if let instrument = InstrumentReference.find(in: trimmed) {
            let own = SQLRequest<Int64>("SELECT d.id FROM documents d WHERE \(instrument.sql(alias: "d")) AND \(sql: currentSQL)")
            for id in try own.fetchAll(db) {
                start.insert("d\(id)")
            }
            for id in try SQLRequest<String>(
                """
                SELECT DISTINCT \(sql: targetSQL) FROM citations c JOIN documents d ON d.id = c.document_id
                WHERE \(instrument.sql(alias: "c")) AND c.resolved_document_id IS NULL AND \(sql: currentSQL)
                """
            ).fetchAll(db) {
                start.insert(id)
            }
        }
        var seen = start
        var frontier = start
        for _ in 0..<depth where !frontier.isEmpty {
            var next = Set<String>()
            for id in frontier {
                var neighbours: [String] = []
                if id.hasPrefix("d"), let documentID = Int64(id.dropFirst()) {
                    neighbours += try SQLRequest<String>("SELECT \(sql: targetSQL) FROM citations c WHERE c.document_id = \(documentID)").fetchAll(db)
                    neighbours += try SQLRequest<String>(
                        """
                        SELECT 'd' || c.document_id FROM citations c JOIN documents d ON d.id = c.document_id
                        WHERE c.resolved_document_id = \(documentID) AND \(sql: currentSQL)
                        """
                    ).fetchAll(db)
                } else {
                    neighbours += try SQLRequest<String>(
                        """
                        SELECT 'd' || c.document_id FROM citations c JOIN documents d ON d.id = c.document_id
                        WHERE c.resolved_document_id IS NULL AND \(sql: currentSQL) AND \(sql: targetSQL) = \(id)
                        """
                    ).fetchAll(db)
                }
                for neighbour in neighbours where seen.insert(neighbour).inserted { next.insert(neighbour) }
            }
            frontier = next
        }
        return seen
    }
}

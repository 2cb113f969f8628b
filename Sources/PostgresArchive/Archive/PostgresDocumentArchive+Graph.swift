public import Archive
import Foundation
import PostgresNIO

extension PostgresDocumentArchive {
    /// Writes the citation graph (or the neighbourhood of one instrument) to `output`, streaming
    /// rows from the server (postgres-nio's row sequence has back-pressure: memory stays flat).
    /// Nodes and edges are those of ``Archive/SQLiteArchive/exportGraph(_:to:)``.
    public func exportGraph<Output: TextOutputStream>(_ options: GraphOptions, to output: inout Output) async throws {
        var serializer = GraphSerializer(format: options.format)
        do {
            if let around = options.around {
                let nodes = try await neighbourhood(of: around, depth: max(0, options.depth))
                guard !nodes.isEmpty else { throw ArchiveError(.notFound, "No document or cited instrument matches '\(around)'") }
                var found: [GraphNode] = []
                for id in nodes.sorted() {
                    if let node = try await node(id: id) { found.append(node) }
                }
                serializer.begin(&output)
                for node in found { serializer.node(node, &output) }
                serializer.beginEdges(&output)
                for try await row in try await client.query(PostgresQuery(unsafeSQL: Self.edgeSQL), logger: logger) {
                    let edge = try Self.edge(row.makeRandomAccess())
                    if nodes.contains(edge.source), nodes.contains(edge.target) { serializer.edge(edge, &output) }
                }
                serializer.end(&output)
                return
            }
            serializer.begin(&output)
            let documents = "SELECT \(Self.documentNodeColumns) FROM documents d WHERE \(PostgresConditions.current) ORDER BY d.id"
            for try await row in try await client.query(PostgresQuery(unsafeSQL: documents), logger: logger) {
                serializer.node(try Self.documentNode(row.makeRandomAccess()), &output)
            }
            for try await row in try await client.query(PostgresQuery(unsafeSQL: Self.externalSQL(where: "true")), logger: logger) {
                serializer.node(try Self.externalNode(row.makeRandomAccess()), &output)
            }
            serializer.beginEdges(&output)
            for try await row in try await client.query(PostgresQuery(unsafeSQL: Self.edgeSQL), logger: logger) {
                serializer.edge(try Self.edge(row.makeRandomAccess()), &output)
            }
            serializer.end(&output)
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError(.io, "The citation graph could not be exported", underlying: "\(error)")
        }
    }

    /// The target node id of a citation `c`; names lowered in ASCII only, as SQLite's `lower()`.
    static let targetSQL = """
        CASE WHEN c.resolved_document_id IS NOT NULL THEN 'd' || c.resolved_document_id
             WHEN c.number_key IS NOT NULL THEN 'x:' || c.number_key
             ELSE 'n:' || translate(coalesce(c.name, c.raw_text), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') END
        """

    static let edgeSQL = """
        SELECT c.id, 'd' || c.document_id AS source, \(targetSQL) AS target, c.relation, c.mentions, c.action
        FROM citations c JOIN documents d ON d.id = c.document_id
        WHERE \(PostgresConditions.current) ORDER BY c.id
        """

    static func externalSQL(where condition: String) -> String {
        """
        SELECT g.node_id, g.number, g.name, g.type, g.date, g.issuer, \(PostgresConditions.state(key: "g.number_key")) AS status FROM (
            SELECT \(targetSQL) AS node_id, min(c.number COLLATE "C") AS number, min(c.name COLLATE "C") AS name,
                   min(c.type COLLATE "C") AS type, min(c.date COLLATE "C") AS date, min(c.issuer COLLATE "C") AS issuer,
                   min(c.number_key COLLATE "C") AS number_key
            FROM citations c JOIN documents d ON d.id = c.document_id
            WHERE \(PostgresConditions.current) AND c.resolved_document_id IS NULL AND \(condition)
            GROUP BY node_id) g ORDER BY g.node_id COLLATE "C"
        """
    }

    static let documentNodeColumns = """
        \(summaryColumns), \(PostgresConditions.state(key: "d.number_key", excluding: "d.id")) AS status,
        (SELECT count(*) FROM documents k WHERE k.copy_of = d.id AND k.superseded_by IS NULL) + 1 AS scans
        """

    static func edge(_ row: PostgresRandomAccessRow) throws -> GraphEdge {
        GraphEdge(
            "e\(try row["id"].decode(Int64.self))",
            source: try row["source"].decode(String.self),
            target: try row["target"].decode(String.self),
            relation: try row["relation"].decode(String.self),
            mentions: try row["mentions"].decode(Int.self),
            action: try row["action"].decode(String?.self)
        )
    }

    static func documentNode(_ row: PostgresRandomAccessRow) throws -> GraphNode {
        GraphNode(document: try Self.summary(row), status: try row["status"].decode(String?.self), scans: try row["scans"].decode(Int.self))
    }

    static func externalNode(_ row: PostgresRandomAccessRow) throws -> GraphNode {
        GraphNode(
            try row["node_id"].decode(String.self),
            number: try row["number"].decode(String?.self),
            name: try row["name"].decode(String?.self),
            type: try row["type"].decode(String?.self),
            date: try row["date"].decode(String?.self),
            issuer: try row["issuer"].decode(String?.self),
            subject: nil,
            inArchive: false,
            fileName: nil,
            status: try row["status"].decode(String?.self),
            scans: nil
        )
    }

    /// One node by its graph id.
    func node(id: String) async throws -> GraphNode? {
        if id.hasPrefix("d"), let documentID = Int64(id.dropFirst()) {
            return try await rows(
                PostgresQuery(unsafeSQL: "SELECT \(Self.documentNodeColumns) FROM documents d WHERE d.id = \(documentID)"),
                Self.documentNode
            ).first
        }
        var q = SQLBuilder()
        let sql = Self.externalSQL(where: "\(Self.targetSQL) = \(q.bind(id))")
        return try await rows(q.query(sql), Self.externalNode).first
    }

    /// The node ids within `depth` citation steps of `reference`, following citations both ways.
    func neighbourhood(of reference: String, depth: Int) async throws -> Set<String> {
        var start = Set<String>()
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        let read: (PostgresRandomAccessRow) throws -> String = { try $0["node"].decode(String.self) }
        if let id = Int64(trimmed), try await !rows("SELECT id FROM documents WHERE id = \(id)", { _ in () }).isEmpty {
            start.insert("d\(id)")
        } else if let instrument = InstrumentReference.find(in: trimmed) {
            var q = SQLBuilder()
            let own =
                "SELECT 'd' || d.id AS node FROM documents d WHERE \(PostgresConditions.instrument(instrument, alias: "d", &q)) AND \(PostgresConditions.current)"
            start.formUnion(try await rows(q.query(own), read))
            var c = SQLBuilder()
            let cited = """
                SELECT DISTINCT \(Self.targetSQL) AS node FROM citations c JOIN documents d ON d.id = c.document_id
                WHERE \(PostgresConditions.instrument(instrument, alias: "c", &c)) AND c.resolved_document_id IS NULL AND \(PostgresConditions.current)
                """
            start.formUnion(try await rows(c.query(cited), read))
        }
        var seen = start
        var frontier = start
        for _ in 0..<depth where !frontier.isEmpty {
            var next = Set<String>()
            for id in frontier {
                var neighbours: [String] = []
                if id.hasPrefix("d"), let documentID = Int64(id.dropFirst()) {
                    neighbours += try await rows(
                        PostgresQuery(unsafeSQL: "SELECT \(Self.targetSQL) AS node FROM citations c WHERE c.document_id = \(documentID)"),
                        read
                    )
                    neighbours += try await rows(
                        PostgresQuery(
                            unsafeSQL: """
                                SELECT 'd' || c.document_id AS node FROM citations c JOIN documents d ON d.id = c.document_id
                                WHERE c.resolved_document_id = \(documentID) AND \(PostgresConditions.current)
                                """
                        ),
                        read
                    )
                } else {
                    var q = SQLBuilder()
                    let sql = """
                        SELECT 'd' || c.document_id AS node FROM citations c JOIN documents d ON d.id = c.document_id
                        WHERE c.resolved_document_id IS NULL AND \(PostgresConditions.current) AND \(Self.targetSQL) = \(q.bind(id))
                        """
                    neighbours += try await rows(q.query(sql), read)
                }
                for neighbour in neighbours where seen.insert(neighbour).inserted { next.insert(neighbour) }
            }
            frontier = next
        }
        return seen
    }
}

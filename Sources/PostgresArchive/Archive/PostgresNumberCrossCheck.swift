import Archive
import DocumentParser
import Foundation
import PostgresNIO

/// The number cross-check on the PostgreSQL archive: the queries of the SQLite archive's
/// `NumberCrossCheck` in PostgreSQL's SQL, the rule itself shared (`NumberCrossCheck.applyCited`,
/// `applySeries`): a number not cleanly printed is checked against the issuer's series and the
/// documents citing it, when it is stored and again when a citing document arrives.
enum PostgresNumberCrossCheck {
    /// Checks the stored document `id` and rewrites its parsed JSON when something was found.
    /// - Returns: The number a citing document filled (its citations must then be resolved again).
    static func run(documentID id: Int64, parsed: ParsedDocument, writer: StoreWriter) async throws -> DocumentNumber? {
        guard let subject = NumberCrossCheck.subject(of: parsed) else { return nil }
        let (issuerKey, date, codeTail) = subject
        var document = parsed
        var filled = false
        try await writer.run(
            """
            INSERT INTO unsure_numbers (document_id, issuer_key, date, code) VALUES (\(id), \(issuerKey), \(date), \(codeTail))
            ON CONFLICT (document_id) DO UPDATE SET issuer_key = excluded.issuer_key, date = excluded.date, code = excluded.code
            """
        )
        if let codeTail {
            let cited = try await writer.rows(
                """
                SELECT c.number, c.number_key, d.number AS citer FROM citations c JOIN documents d ON d.id = c.document_id
                WHERE c.issuer_key = \(issuerKey) AND c.date = \(date) AND c.document_id <> \(id) AND c.number_key IS NOT NULL
                  AND ltrim(c.number_key, '0123456789') = \(codeTail) AND d.superseded_by IS NULL
                ORDER BY c.id
                """
            ) {
                NumberCrossCheck.CitedNumber(
                    number: try $0["number"].decode(String?.self),
                    numberKey: try $0["number_key"].decode(String?.self),
                    citer: try $0["citer"].decode(String?.self)
                )
            }
            filled = NumberCrossCheck.applyCited(cited, date: date, parsed: parsed, to: &document)
        }
        if let place = NumberCrossCheck.seriesPlace(of: document, parsed: parsed, date: date) {
            let before = try await neighbour(id: id, issuerKey: issuerKey, place: place, date: date, later: false, writer)
            let after = try await neighbour(id: id, issuerKey: issuerKey, place: place, date: date, later: true, writer)
            NumberCrossCheck.applySeries(place, date: date, before: before, after: after, to: &document)
        }
        guard document != parsed else { return nil }
        let json = try NumberCrossCheck.json(document)
        if filled, let number = document.number?.keyed {
            try await writer.run(
                """
                UPDATE documents SET number = \(number.text), number_key = \(number.key), number_head = \(number.serial),
                    number_year = \(number.year), number_code = \(number.code), parsed_json = \(json)
                WHERE id = \(id)
                """
            )
            return number
        }
        try await writer.run("UPDATE documents SET parsed_json = \(json) WHERE id = \(id)")
        return nil
    }

    /// The current document of the issuer's series dated before (highest serial) or after (lowest);
    /// a serial is read from its leading digits, as SQLite's CAST reads it.
    private static func neighbour(
        id: Int64,
        issuerKey: String,
        place: NumberCrossCheck.SeriesPlace,
        date: String,
        later: Bool,
        _ writer: StoreWriter
    ) async throws -> NumberCrossCheck.Neighbour? {
        let query: PostgresQuery = """
            SELECT number, substring(number_head from '^[0-9]+')::bigint AS serial, date FROM documents
            WHERE id <> \(id) AND superseded_by IS NULL AND issuer_key = \(issuerKey)
              AND ltrim(number_key, '0123456789') = \(place.tail) AND number_year IS NULL AND substr(date, 1, 4) = \(place.year)
              AND date \(unescaped: later ? ">" : "<") \(date)
            ORDER BY serial \(unescaped: later ? "ASC" : "DESC") NULLS LAST LIMIT 1
            """
        return try await writer.rows(query) {
            NumberCrossCheck.Neighbour(
                number: try $0["number"].decode(String?.self),
                serial: try $0["serial"].decode(Int?.self),
                date: try $0["date"].decode(String?.self)
            )
        }.first
    }

    /// Documents whose number the citations of the new document `id` may name (same issuer, date
    /// and code, listed in `unsure_numbers`), checked again: a citing document that arrives later
    /// is evidence too.
    static func recheckCited(by id: Int64, resolution: inout PendingResolution, writer: StoreWriter) async throws {
        guard try await resolution.mayHoldUnsureNumbers(writer) else { return }
        let rows = try await writer.rows(
            """
            SELECT DISTINCT d.id, d.parsed_json, d.date, d.issuer_key, d.parent_issuer_key FROM citations c
            JOIN unsure_numbers u ON u.issuer_key = c.issuer_key AND u.date = c.date
                AND (u.code IS NULL OR u.code = ltrim(c.number_key, '0123456789'))
            JOIN documents d ON d.id = u.document_id
            WHERE c.document_id = \(id) AND u.document_id <> \(id) AND d.superseded_by IS NULL AND c.number_key IS NOT NULL
            ORDER BY d.id
            """
        ) {
            (
                id: try $0["id"].decode(Int64.self), json: try $0["parsed_json"].decode(String.self),
                date: try $0["date"].decode(String?.self),
                issuerKeys: [try $0["issuer_key"].decode(String?.self), try $0["parent_issuer_key"].decode(String?.self)]
            )
        }
        for row in rows {
            guard let parsed = try? JSONDecoder().decode(ParsedDocument.self, from: Data(row.json.utf8)), NumberCrossCheck.wanted(parsed)
            else { continue }
            if let filled = try await run(documentID: row.id, parsed: parsed, writer: writer) {
                resolution.add(
                    .init(id: row.id, numberKey: filled.key, date: row.date, year: filled.year, issuerKeys: row.issuerKeys),
                    previousID: nil
                )
            }
        }
    }
}

package import DocumentParser
import Foundation
import GRDB

/// Checks a number that was not cleanly printed (handwritten, from the file name, unreadable)
/// against what the archive already knows, and records what it finds as evidence:
///
/// - the issuer's series: within a year, one issuer's numbers of one code grow with the dates, so
///   a number smaller than one issued earlier (or larger than one issued later) is suspect;
/// - citing documents: another document that cites "N/CODE ngày D" of the same issuer names this
///   document's number and date; when this document's digits are unreadable and exactly one
///   number is cited for its code, issuer and date, that number fills the gap, marked `cited-by`.
///
/// Findings are added to the stored parsed document (evidence readings and warnings); nothing is
/// ever silently changed.
package enum NumberCrossCheck {
    /// Whether a document's number deserves a check: it was read from handwriting or a file name,
    /// or with low confidence, or not at all.
    package static func wanted(_ parsed: ParsedDocument) -> Bool {
        guard let field = parsed.evidence?.number else { return false }
        return field.from != .printed || field.confidence < 0.8 || parsed.number == nil
    }

    /// What a check of `parsed` looks up: its issuer's key, its date and its number's code
    /// ("/qd-ubnd"); `nil` when the number needs no check or the issuer or date is unknown. The
    /// archive records the three in `unsure_numbers`.
    package static func subject(of parsed: ParsedDocument) -> (issuerKey: String, date: String, codeTail: String?)? {
        guard wanted(parsed), let issuerKey = IssuerKey.make(parsed.issuer), let date = parsed.date else { return nil }
        return (issuerKey, date, parsed.number?.keyed.map { tail(of: $0.key) } ?? printedTail(parsed))
    }

    /// A number another document cites for this issuer, code and date (a row of the backend's query).
    package struct CitedNumber: Sendable {
        /// The number as cited, its key, and the citing document's own number.
        package var number: String?, numberKey: String?, citer: String?

        package init(number: String?, numberKey: String?, citer: String?) {
            self.number = number
            self.numberKey = numberKey
            self.citer = citer
        }
    }

    /// The citing documents' evidence added to `document` (read as `parsed`): a reading per cited
    /// number, a warning when one disagrees with the number read, and the number filled when it
    /// was unreadable and exactly one is cited.
    /// - Returns: Whether the number was filled.
    package static func applyCited(_ cited: [CitedNumber], date: String, parsed: ParsedDocument, to document: inout ParsedDocument) -> Bool {
        var filled = false
        let number = parsed.number?.keyed
        let numbers = Dictionary(grouping: cited, by: { $0.numberKey ?? "" })
        for (key, rows) in numbers.sorted(by: { $0.key < $1.key }) {
            guard let row = rows.first, let value = row.number else { continue }
            let citer = row.citer ?? "another document"
            add(Evidence.Reading(value: value, from: .citedBy, confidence: 0.7), to: &document)
            if let number, key != number.key {
                warn(
                    .init(
                        .numberCitedOtherwise,
                        "\(citer) cites \(value) of the same issuer and date (\(date)); this document reads \(number): check the number",
                        values: ["citer": citer, "cited": value, "date": date, "value": number.text]
                    ),
                    in: &document
                )
            } else if number == nil, numbers.count == 1 {
                document.number = DocumentNumber(value)
                document.evidence?.number?.from = .citedBy
                document.evidence?.number?.confidence = 0.7
                warn(
                    .init(
                        .numberFromCitingDocument,
                        "number \(value) taken from \(citer), which cites this issuer's document of \(date)",
                        values: ["value": value, "citer": citer, "date": date]
                    ),
                    in: &document
                )
                filled = true
            }
        }
        return filled
    }

    /// The place in its issuer's series a number claims: the number, its serial, its code and the year.
    package struct SeriesPlace: Sendable {
        package var number: DocumentNumber, serial: Int, tail: String, year: String
    }

    /// The series check `document` (read as `parsed`, dated `date`) needs, if any: a number
    /// without a year in it and with a numeric serial.
    package static func seriesPlace(of document: ParsedDocument, parsed: ParsedDocument, date: String) -> SeriesPlace? {
        guard let n = (document.number ?? parsed.number)?.keyed, n.year == nil, let serial = n.serial.flatMap({ Int($0) }) else { return nil }
        return SeriesPlace(number: n, serial: serial, tail: tail(of: n.key), year: String(date.prefix(4)))
    }

    /// A current document of the same issuer, code and year: the one dated before with the
    /// highest serial, or the one dated after with the lowest (a row of the backend's query).
    package struct Neighbour: Sendable {
        package var number: String?, serial: Int?, date: String?

        package init(number: String?, serial: Int?, date: String?) {
            self.number = number
            self.serial = serial
            self.date = date
        }
    }

    /// The series' evidence added to `document`: a reading (supported, or contradicted with a
    /// warning naming the neighbour that breaks the order).
    package static func applySeries(_ place: SeriesPlace, date: String, before: Neighbour?, after: Neighbour?, to document: inout ParsedDocument) {
        let (n, serial) = (place.number, place.serial)
        var broken: [String] = []
        var brokenVietnamese: [String] = []
        if let before, let s = before.serial, s >= serial, let other = before.number, let d = before.date {
            broken.append("\(other) is dated earlier (\(d))")
            brokenVietnamese.append("\(other) có ngày sớm hơn (\(d))")
        }
        if let after, let s = after.serial, s <= serial, let other = after.number, let d = after.date {
            broken.append("\(other) is dated later (\(d))")
            brokenVietnamese.append("\(other) có ngày muộn hơn (\(d))")
        }
        let confidence = broken.isEmpty ? 0.6 : 0.1
        if before != nil || after != nil {
            document.evidence?.number?.readings?.removeAll { $0.from == .archiveSeries }
            add(Evidence.Reading(value: broken.isEmpty ? n.text : nil, from: .archiveSeries, confidence: confidence), to: &document)
        }
        document.notices.removeAll { $0.code == .numberOutOfSeries }
        if !broken.isEmpty {
            warn(
                .init(
                    .numberOutOfSeries,
                    "number \(n) of \(date) does not fit the issuer's series: \(broken.joined(separator: "; ")): check the number or the date",
                    values: ["value": n.text, "date": date, "series": brokenVietnamese.joined(separator: "; ")]
                ),
                in: &document
            )
        }
    }

    /// The stored JSON of a checked document (sorted keys, as every store writes it).
    package static func json(_ document: ParsedDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    /// Runs the checks for the stored document `id` and rewrites its parsed JSON when something
    /// was found. Returns the new number when a citing document filled it (its citations must
    /// then be resolved again).
    static func run(documentID id: Int64, parsed: ParsedDocument, db: Database) throws -> DocumentNumber? {
        guard let subject = subject(of: parsed) else { return nil }
        let (issuerKey, date, codeTail) = subject
        var document = parsed
        var filled = false
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO unsure_numbers (document_id, issuer_key, date, code) VALUES (?,?,?,?)")
            .execute(arguments: [id, issuerKey, date, codeTail])

        // Citing documents naming this issuer's code and this date.
        if let codeTail {
            let cited = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT c.number, c.number_key, d.number AS citer FROM citations c JOIN documents d ON d.id = c.document_id
                        WHERE c.issuer_key = ? AND c.date = ? AND c.document_id != ? AND c.number_key IS NOT NULL
                          AND ltrim(c.number_key, '0123456789') = ? AND d.superseded_by IS NULL
                        """
                ),
                arguments: [issuerKey, date, id, codeTail]
            )
            filled = applyCited(
                cited.map { CitedNumber(number: $0["number"], numberKey: $0["number_key"], citer: $0["citer"]) },
                date: date,
                parsed: parsed,
                to: &document
            )
        }

        // The issuer's series in the document's year.
        if let place = seriesPlace(of: document, parsed: parsed, date: date) {
            let base = """
                SELECT number, CAST(number_head AS INTEGER) AS serial, date FROM documents
                WHERE id != ? AND superseded_by IS NULL AND issuer_key = ? AND ltrim(number_key, '0123456789') = ?
                  AND number_year IS NULL AND substr(date, 1, 4) = ?
                """
            let args: StatementArguments = [id, issuerKey, place.tail, place.year, date]
            let neighbour = { (row: Row?) in row.map { Neighbour(number: $0["number"], serial: $0["serial"], date: $0["date"]) } }
            let before = try Row.fetchOne(db, sql: base + " AND date < ? ORDER BY serial DESC LIMIT 1", arguments: args)
            let after = try Row.fetchOne(db, sql: base + " AND date > ? ORDER BY serial ASC LIMIT 1", arguments: args)
            applySeries(place, date: date, before: neighbour(before), after: neighbour(after), to: &document)
        }

        guard document != parsed else { return nil }
        let json = try json(document)
        if filled, let number = document.number?.keyed {
            try db.execute(
                sql: """
                    UPDATE documents SET number = ?, number_key = ?, number_head = ?, number_year = ?, number_code = ?, parsed_json = ?
                    WHERE id = ?
                    """,
                arguments: [number.text, number.key, number.serial, number.year, number.code, json, id]
            )
            return number
        }
        try db.execute(sql: "UPDATE documents SET parsed_json = ? WHERE id = ?", arguments: [json, id])
        return nil
    }

    /// Documents whose number may be named by the citations of the new document `id` (same
    /// issuer, date and code, listed in `unsure_numbers` when they were stored), checked again: a
    /// citing document that arrives later is evidence too.
    static func recheckCited(by id: Int64, resolution: inout CitationResolver.Pending, db: Database) throws {
        guard try resolution.mayHoldUnsureNumbers(db: db) else { return }
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT DISTINCT d.id, d.parsed_json, d.date, d.issuer_key, d.parent_issuer_key FROM citations c
                    JOIN unsure_numbers u ON u.issuer_key = c.issuer_key AND u.date = c.date
                        AND (u.code IS NULL OR u.code = ltrim(c.number_key, '0123456789'))
                    JOIN documents d ON d.id = u.document_id
                    WHERE c.document_id = ? AND u.document_id != ? AND d.superseded_by IS NULL AND c.number_key IS NOT NULL
                    """
            ),
            arguments: [id, id]
        )
        for row in rows {
            let json: String = row["parsed_json"]
            guard let parsed = try? JSONDecoder().decode(ParsedDocument.self, from: Data(json.utf8)), wanted(parsed) else { continue }
            let other: Int64 = row["id"]
            if let filled = try run(documentID: other, parsed: parsed, db: db) {
                resolution.add(
                    .init(
                        id: other,
                        numberKey: filled.key,
                        date: row["date"],
                        year: filled.year,
                        issuerKeys: [row["issuer_key"], row["parent_issuer_key"]]
                    ),
                    previousID: nil
                )
            }
        }
    }

    /// Adds a reading once.
    private static func add(_ reading: Evidence.Reading, to document: inout ParsedDocument) {
        let readings = document.evidence?.number?.readings ?? []
        guard !readings.contains(reading) else { return }
        document.evidence?.number?.readings = readings + [reading]
    }

    /// Adds a notice once.
    private static func warn(_ notice: Notice, in document: inout ParsedDocument) {
        if !document.notices.contains(notice) { document.notices.append(notice) }
    }

    /// The code part of a number key, without the serial: "/qd-ubnd" for "47/qd-ubnd".
    package static func tail(of key: String) -> String {
        String(key.drop(while: { $0.isASCII && $0.isNumber }))
    }

    /// The code part of an unreadable number, from the printed reading kept in the evidence
    /// ("…/BC-UBND"), folded like a number key.
    package static func printedTail(_ parsed: ParsedDocument) -> String? {
        guard let printed = parsed.evidence?.number?.readings?.first(where: { $0.from == .printed })?.value,
            printed.hasPrefix("…"), let key = DocumentNumber(parsing: "0" + printed.dropFirst())?.key
        else { return nil }
        return tail(of: key)
    }
}

import GRDB

/// The rows the SQLite tiers read, decoded by GRDB: a document's summary (columns
/// `DocumentSummary.columns`) and what its tier adds.
enum TierRow {
    /// A document alone (the instrument's own documents, the listing).
    struct Document: FetchableRecord {
        var summary: DocumentSummary

        init(row: Row) {
            summary = DocumentSummary(row: row)
        }
    }

    /// A citing document with the citation (`c.raw_text`, `c.page`, `c.ambiguous`).
    struct Citing: FetchableRecord {
        var summary: DocumentSummary
        var citation: String
        var page: Int?
        var ambiguous: Bool

        init(row: Row) {
            summary = DocumentSummary(row: row)
            citation = row["raw_text"]
            page = row["page"]
            ambiguous = row["ambiguous"]
        }
    }

    /// A document with its best matching page (`pid`, `page`).
    struct TextHit: FetchableRecord {
        var summary: DocumentSummary
        var pageID: Int64
        var page: Int?

        init(row: Row) {
            summary = DocumentSummary(row: row)
            pageID = row["pid"]
            page = row["page"]
        }
    }
}

extension SearchResult {
    /// A result for `summary`; its rank is set when the page is cut.
    package init(_ summary: DocumentSummary, snippet: String, page: Int?, kind: Kind, ambiguous: Bool? = nil) {
        self.init(
            id: summary.id,
            number: summary.number,
            type: summary.type,
            date: summary.date,
            issuer: summary.issuer,
            subject: summary.subject,
            sourcePath: summary.sourcePath,
            snippet: snippet,
            page: page,
            rank: 0,
            kind: kind,
            ambiguous: ambiguous
        )
    }
}

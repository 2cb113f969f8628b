import DocumentParser
import Foundation
import GRDB

/// The archive's schema, one named migration per change. Never edit a shipped migration: add one.
enum ArchiveSchema {
    /// `PRAGMA application_id` of a vanthu archive ("VNTH").
    static let applicationID: Int32 = 0x564E_5448

    /// The migrator with every migration this version knows.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents-pages-citations-deadlines") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(
                sql: """
                    CREATE TABLE documents (
                        id INTEGER PRIMARY KEY,
                        number TEXT, number_key TEXT, number_head TEXT, number_year TEXT, number_code TEXT,
                        type TEXT, type_key TEXT, date TEXT, place TEXT,
                        issuer TEXT, issuer_key TEXT, parent_issuer TEXT, parent_issuer_key TEXT,
                        subject TEXT, signer_name TEXT, signer_title TEXT,
                        source_path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, page_count INTEGER NOT NULL,
                        text_source TEXT, mean_confidence REAL, ingested_at TEXT NOT NULL,
                        version INTEGER NOT NULL DEFAULT 1,
                        supersedes INTEGER REFERENCES documents(id),
                        superseded_by INTEGER REFERENCES documents(id),
                        parsed_json TEXT NOT NULL
                    );
                    CREATE INDEX documents_number_key ON documents(number_key);
                    CREATE INDEX documents_number_head ON documents(number_head);
                    CREATE INDEX documents_source_path ON documents(source_path);
                    CREATE INDEX documents_date ON documents(date);

                    CREATE TABLE pages (
                        id INTEGER PRIMARY KEY,
                        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                        number INTEGER NOT NULL, text TEXT NOT NULL, confidence REAL,
                        carries_subject INTEGER NOT NULL DEFAULT 0,
                        UNIQUE(document_id, number)
                    );

                    CREATE TABLE citations (
                        id INTEGER PRIMARY KEY,
                        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        raw_text TEXT NOT NULL, number TEXT, number_key TEXT, number_head TEXT,
                        number_year TEXT, number_code TEXT, type TEXT, type_key TEXT, name TEXT,
                        date TEXT, issuer TEXT, issuer_key TEXT, relation TEXT NOT NULL,
                        page INTEGER, mentions INTEGER NOT NULL DEFAULT 1,
                        resolved_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
                        ambiguous INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE INDEX citations_document ON citations(document_id);
                    CREATE INDEX citations_number_key ON citations(number_key);
                    CREATE INDEX citations_number_head ON citations(number_head);
                    CREATE INDEX citations_resolved ON citations(resolved_document_id);

                    CREATE TABLE deadlines (
                        id INTEGER PRIMARY KEY,
                        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        date TEXT, time TEXT, task TEXT, responsible TEXT, text TEXT NOT NULL,
                        page INTEGER, recurrence TEXT
                    );
                    CREATE INDEX deadlines_document ON deadlines(document_id);
                    CREATE INDEX deadlines_date ON deadlines(date);
                    """
            )
        }
        migrator.registerMigration("v1-full-text-search") { db in
            // Folded index: external content (a view over pages and documents), so snippets show
            // the original text; exact index: contentless, only to rank exact-diacritic hits first.
            try db.execute(
                sql: """
                    CREATE VIEW search_content AS
                        SELECT p.id AS id,
                               CASE WHEN p.carries_subject THEN d.subject END AS subject,
                               p.text AS body
                        FROM pages p JOIN documents d ON d.id = p.document_id;
                    CREATE VIRTUAL TABLE search_folded USING fts5(
                        subject, body, content='search_content', content_rowid='id',
                        tokenize='\(VietnameseFoldingTokenizer.name)');
                    CREATE VIRTUAL TABLE search_exact USING fts5(
                        subject, body, content='', tokenize='unicode61 remove_diacritics 0');
                    """
            )
        }
        registerWordsMigration(&migrator)
        migrator.registerMigration("v2-filter-indexes") { db in
            // Search filters (type, issuer, dates) pick their documents from these, then pages;
            // (date, superseded_by) replaces the index on date alone.
            try db.execute(
                sql: """
                    CREATE INDEX IF NOT EXISTS documents_type ON documents(type_key, superseded_by);
                    CREATE INDEX IF NOT EXISTS documents_issuer ON documents(issuer_key, parent_issuer_key, superseded_by);
                    CREATE INDEX IF NOT EXISTS documents_date_current ON documents(date, superseded_by);
                    DROP INDEX IF EXISTS documents_date;
                    """
            )
        }
        migrator.registerMigration("v3-unsure-numbers") { db in
            // Documents whose number was not printed-and-sure (handwritten, from the file name,
            // unreadable), by issuer, date and code: a citing document stored later is checked
            // against these few rows, not against every document of its date.
            try db.execute(
                sql: """
                    CREATE TABLE unsure_numbers (
                        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                        issuer_key TEXT NOT NULL, date TEXT NOT NULL, code TEXT
                    );
                    CREATE INDEX unsure_numbers_issuer_date ON unsure_numbers(issuer_key, date);
                    """
            )
        }
        migrator.registerMigration("v4-deadline-due-by") { db in
            // A deadline naming a period ("hoàn thành trong quý II/2024") has no written date but
            // falls due at the period's end; it is listed by that day. Older archives stored the
            // period's end as the date and keep it there.
            try db.execute(
                sql: """
                    ALTER TABLE deadlines ADD COLUMN due_by TEXT;
                    CREATE INDEX deadlines_due ON deadlines(coalesce(date, due_by));
                    DROP INDEX IF EXISTS deadlines_date;
                    """
            )
        }
        migrator.registerMigration("v5-search-speed") { db in
            // The `--cites` filter: citing documents from the citations' number index without their
            // rows, then checked for being current in a small partial index instead of their wide rows.
            // FTS5 merges its segments eight at a time instead of four: a third less rewriting of the
            // indexes while ingesting (+12-20 % documents/s on 100,000), a few more segments to read.
            try db.execute(
                sql: """
                    CREATE INDEX IF NOT EXISTS citations_number_key_document ON citations(number_key, document_id);
                    CREATE INDEX IF NOT EXISTS documents_current ON documents(id) WHERE superseded_by IS NULL;
                    INSERT INTO search_folded(search_folded, rank) VALUES ('automerge', 8);
                    INSERT INTO search_exact(search_exact, rank) VALUES ('automerge', 8);
                    """
            )
        }
        migrator.registerMigration("v6-known-law-numbers") { db in
            // A law cited by name whose number the parser knows ("Luật Tổ chức chính quyền địa
            // phương" is 77/2015/QH13) is that number in the archive: search, citing tier, graph
            // node and links. Older archives stored such citations without a number key.
            let rows = try Row.fetchAll(db, sql: "SELECT id, parsed_json FROM documents WHERE parsed_json LIKE '%knownNumber%'")
            for row in rows {
                guard let id: Int64 = row["id"], let json: String = row["parsed_json"],
                    let parsed = try? JSONDecoder().decode(ParsedDocument.self, from: Data(json.utf8))
                else { continue }
                for (position, citation) in parsed.citations.enumerated() where citation.number == nil {
                    guard let n = citation.knownNumber?.keyed else { continue }
                    try db.execute(
                        sql: """
                            UPDATE citations SET number = ?, number_key = ?, number_head = ?, number_year = ?, number_code = ?
                            WHERE document_id = ? AND position = ? AND number_key IS NULL
                            """,
                        arguments: [n.text, n.key, n.serial, n.year, n.code, id, position]
                    )
                }
            }
        }
        migrator.registerMigration("v7-scan-copies") { db in
            // The same dispatch scanned several times (other bytes, same number, issuer and date)
            // is one document in several copies: `copy_of` names the group's first current
            // document; searches, lists and deadlines show the group once (`documents_heads`).
            try db.execute(
                sql: """
                    ALTER TABLE documents ADD COLUMN copy_of INTEGER REFERENCES documents(id);
                    CREATE INDEX documents_copy_key ON documents(number_key, issuer_key, date) WHERE superseded_by IS NULL;
                    CREATE INDEX documents_copies ON documents(copy_of) WHERE copy_of IS NOT NULL;
                    UPDATE documents SET copy_of = (
                        SELECT min(o.id) FROM documents o
                        WHERE o.number_key = documents.number_key AND o.issuer_key = documents.issuer_key
                          AND o.date = documents.date AND o.superseded_by IS NULL AND o.id < documents.id)
                    WHERE superseded_by IS NULL AND number_key IS NOT NULL AND issuer_key IS NOT NULL AND date IS NOT NULL;
                    CREATE INDEX documents_heads ON documents(id) WHERE superseded_by IS NULL AND copy_of IS NULL;
                    """
            )
        }
        migrator.registerMigration("v8-citation-actions") { db in
            // What a document does to an instrument it cites (replaces, repeals, amends …) and the
            // part it acts on: the instrument's status is derived from these rows when it is asked
            // for, so it holds whatever order the documents arrive in.
            try db.execute(
                sql: """
                    ALTER TABLE citations ADD COLUMN action TEXT;
                    ALTER TABLE citations ADD COLUMN affected_part TEXT;
                    CREATE INDEX citations_acts ON citations(number_key, action) WHERE action IS NOT NULL;
                    """
            )
        }
        return migrator
    }
}

import GRDB

extension ArchiveSchema {
    /// `v2-page-words`: the OCR word boxes of scanned pages, one compact JSON row per page, so the
    /// web page can mark matched words on the page image. Pages without boxes (text layers, text
    /// files, archives ingested before this migration) simply have no row.
    static func registerWordsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-page-words") { db in
            try db.execute(
                sql: """
                    CREATE TABLE page_words (
                        page_id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,
                        width INTEGER NOT NULL, height INTEGER NOT NULL,
                        rotation INTEGER NOT NULL DEFAULT 0, deskew_angle REAL,
                        words TEXT NOT NULL
                    );
                    """
            )
        }
    }
}

import GRDB

extension SQLiteArchive {
    /// Dated deadlines matching `query`, earliest first (undated, relative deadlines are left out; a
    /// deadline naming a period counts from the period's last day).
    ///
    /// - Parameter query: the date window; `overdue` keeps only dates before `today`.
    /// - Returns: the deadlines with their documents (current versions only).
    /// - Throws: ``ArchiveError`` (`.invalidArgument` for a malformed date).
    public func deadlines(_ query: DeadlineQuery) throws -> [DeadlineEntry] {
        // One entry per copy group: the deadlines of the group's first document.
        var clauses: [SQL] = ["coalesce(l.date, l.due_by) IS NOT NULL", "d.superseded_by IS NULL", "d.copy_of IS NULL"]
        if let before = try query.before.map({ try DayText.checked($0, field: "before") }) {
            clauses.append("coalesce(l.date, l.due_by) <= \(before)")
        }
        if let after = try query.after.map({ try DayText.checked($0, field: "after") }) {
            clauses.append("coalesce(l.date, l.due_by) >= \(after)")
        }
        if query.overdue {
            let today = try DayText.checked(query.today, field: "today")
            clauses.append("coalesce(l.date, l.due_by) < \(today)")
        }
        let request = SQLRequest<Row>(
            """
            SELECT \(sql: DocumentSummary.columns), l.id AS deadline_id, coalesce(l.date, l.due_by) AS deadline_date, l.date IS NULL AS period_end, l.time, l.task,
                   l.responsible, l.text, l.page, l.recurrence,
                   \(sql: Self.voidedSQL) AS void
            FROM deadlines l JOIN documents d ON d.id = l.document_id
            WHERE \(clauses.joined(separator: " AND "))
            ORDER BY coalesce(l.date, l.due_by), l.time, l.id
            """
        )
        return try perform {
            try pool.read { db in
                try request.fetchAll(db).map { row in
                    DeadlineEntry(
                        id: row["deadline_id"],
                        document: DocumentSummary(row: row),
                        date: row["deadline_date"],
                        dateIsPeriodEnd: row["period_end"],
                        time: row["time"],
                        task: row["task"],
                        responsible: row["responsible"],
                        text: row["text"],
                        page: row["page"],
                        recurrence: row["recurrence"],
                        void: (row["void"] as Bool) ? true : nil
                    )
                }
            }
        }
    }

    /// The years that have dated deadlines (of current documents), newest first: for a year picker.
    public func deadlineYears() throws -> [Int] {
        try perform {
            try pool.read { db in
                try Int.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT CAST(substr(coalesce(l.date, l.due_by), 1, 4) AS INTEGER) AS year
                        FROM deadlines l JOIN documents d ON d.id = l.document_id
                        WHERE coalesce(l.date, l.due_by) IS NOT NULL AND d.superseded_by IS NULL AND d.copy_of IS NULL
                        ORDER BY year DESC
                        """
                )
            }
        }
    }
}

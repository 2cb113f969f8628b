/// Which deadlines to list.
public struct DeadlineQuery: Sendable, Hashable {
    /// Due on or before this ISO 8601 date.
    public var before: String?
    /// Due on or after this ISO 8601 date.
    public var after: String?
    /// Only deadlines already past `today`.
    public var overdue: Bool
    /// Today's date, ISO 8601, for `overdue`.
    public var today: String

    /// Creates a query.
    public init(before: String? = nil, after: String? = nil, overdue: Bool = false, today: String) {
        self.before = before
        self.after = after
        self.overdue = overdue
        self.today = today
    }
}

/// A deadline and the document that sets it.
public struct DeadlineEntry: Sendable, Hashable, Codable {
    /// The deadline's id in the archive (stable, used as the calendar UID).
    public var id: Int64
    public var document: DocumentSummary
    /// ISO 8601: the written date, or the last day of the period the deadline names.
    public var date: String
    /// Whether ``date`` is the end of a period the text names ("trong quý II/2024"), not a written day.
    public var dateIsPeriodEnd: Bool
    public var time: String?
    public var task: String?
    public var responsible: String?
    public var text: String
    public var page: Int?
    public var recurrence: String?
    /// The document setting it was replaced or repealed by an archived document: the deadline no
    /// longer binds (listed, marked).
    public var void: Bool? = nil
}

extension DeadlineEntry {
    /// An entry (other archive backends build it from their rows).
    package init(
        id: Int64,
        document: DocumentSummary,
        date: String,
        dateIsPeriodEnd: Bool,
        time: String?,
        task: String?,
        responsible: String?,
        text: String,
        page: Int?,
        recurrence: String?,
        isVoid: Bool
    ) {
        self.init(
            id: id,
            document: document,
            date: date,
            dateIsPeriodEnd: dateIsPeriodEnd,
            time: time,
            task: task,
            responsible: responsible,
            text: text,
            page: page,
            recurrence: recurrence,
            void: isVoid ? true : nil
        )
    }
}

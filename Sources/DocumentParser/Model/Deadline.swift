/// Something the document says must be done by a date ("Báo cáo quý 1 năm 2024: gửi trước ngày 28/03/2024").
public struct Deadline: Sendable, Hashable, Codable {
    /// ISO 8601 date written in the text; `nil` when the deadline is relative ("trong thời hạn 05
    /// ngày làm việc") or names a period instead of a day (see ``dueBy``).
    public var date: String?
    /// For a deadline that names a period ("hoàn thành trong quý II/2024", "trong tháng 5/2024"):
    /// the period's last day, the latest day that still meets it ("2024-06-30"). Inferred, not
    /// written, so it is kept apart from ``date``; the archive lists such deadlines by it.
    public var dueBy: String?
    /// "17:00", or `nil`.
    public var time: String?
    /// What must be done.
    public var task: String?
    /// Who owes it, where written.
    public var responsible: String?
    /// The sentence as written.
    public var text: String
    /// 1-based page.
    public var page: Int?
    /// "monthly", "quarterly" ... for recurring deadlines ("hằng tháng, trước ngày 25").
    public var recurrence: String?

    /// Creates a deadline.
    public init(
        date: String?,
        dueBy: String? = nil,
        time: String? = nil,
        task: String? = nil,
        responsible: String? = nil,
        text: String,
        page: Int? = nil,
        recurrence: String? = nil
    ) {
        self.date = date
        self.dueBy = dueBy
        self.time = time
        self.task = task
        self.responsible = responsible
        self.text = text
        self.page = page
        self.recurrence = recurrence
    }

    /// The day the deadline falls due: the written ``date``, else the period's last day (``dueBy``).
    public var effectiveDate: String? { date ?? dueBy }
}

/// Something the document says must be done by a date ("Báo cáo quý 1 năm 2024: gửi trước ngày 28/03/2024").
public struct Deadline: Sendable, Hashable, Codable {
    /// ISO 8601 date, `nil` when the deadline is relative ("trong thời hạn 05 ngày làm việc").
    public var date: String?
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
    public init(date: String?, time: String? = nil, task: String? = nil, responsible: String? = nil, text: String, page: Int? = nil, recurrence: String? = nil) {
        self.date = date
        self.time = time
        self.task = task
        self.responsible = responsible
        self.text = text
        self.page = page
        self.recurrence = recurrence
    }
}

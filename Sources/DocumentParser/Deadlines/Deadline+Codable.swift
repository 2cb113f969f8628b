extension Deadline {
    private enum Keys: String, CodingKey {
        case date, dueBy, time, task, responsible, text, page, recurrence
    }

    /// Decodes a deadline; missing optional keys become `nil`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(
            date: try c.decodeIfPresent(String.self, forKey: .date),
            dueBy: try c.decodeIfPresent(String.self, forKey: .dueBy),
            time: try c.decodeIfPresent(String.self, forKey: .time),
            task: try c.decodeIfPresent(String.self, forKey: .task),
            responsible: try c.decodeIfPresent(String.self, forKey: .responsible),
            text: try c.decode(String.self, forKey: .text),
            page: try c.decodeIfPresent(Int.self, forKey: .page),
            recurrence: try c.decodeIfPresent(String.self, forKey: .recurrence)
        )
    }

    /// Encodes per the contract: `date` and `text` always present (`date` as `null` for relative
    /// deadlines); other optional keys left out when empty.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(date, forKey: .date)
        try c.encodeIfPresent(dueBy, forKey: .dueBy)
        try c.encodeIfPresent(time, forKey: .time)
        try c.encodeIfPresent(task, forKey: .task)
        try c.encodeIfPresent(responsible, forKey: .responsible)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(page, forKey: .page)
        try c.encodeIfPresent(recurrence, forKey: .recurrence)
    }
}

// The contract (shared/contracts/parsed-document.schema.json) requires some keys even when their
// value is unknown: they are written as `null` rather than left out, which synthesized Codable
// would do.

extension Citation {
    enum CodingKeys: String, CodingKey {
        case type, number, name, date, issuer, relation, text, page, mentions, numberFromTable
    }

    /// Writes `type` and `number` always (as `null` when unknown), the rest when present.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(number, forKey: .number)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(issuer, forKey: .issuer)
        try c.encode(relation, forKey: .relation)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(page, forKey: .page)
        try c.encodeIfPresent(mentions, forKey: .mentions)
        try c.encodeIfPresent(numberFromTable, forKey: .numberFromTable)
    }
}

extension Deadline {
    enum CodingKeys: String, CodingKey {
        case date, time, task, responsible, text, page, recurrence
    }

    /// Writes `date` always (as `null` for relative deadlines), the rest when present.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encodeIfPresent(time, forKey: .time)
        try c.encodeIfPresent(task, forKey: .task)
        try c.encodeIfPresent(responsible, forKey: .responsible)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(page, forKey: .page)
        try c.encodeIfPresent(recurrence, forKey: .recurrence)
    }
}

extension Evidence.Reading {
    enum CodingKeys: String, CodingKey {
        case value, from, confidence, page, box
    }

    /// Writes `value` always (as `null` when nothing could be read), the rest when present.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(from, forKey: .from)
        try c.encodeIfPresent(confidence, forKey: .confidence)
        try c.encodeIfPresent(page, forKey: .page)
        try c.encodeIfPresent(box, forKey: .box)
    }
}

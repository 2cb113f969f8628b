// The contract (shared/contracts/parsed-document.schema.json) requires some keys even when their
// value is unknown: they are written as `null` rather than left out, which synthesized Codable
// would do. (Citation and Deadline: see Citations/Citation+Codable.swift, Deadlines/Deadline+Codable.swift.)

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

extension DocumentNumber: Codable {
    /// Decodes a number from its text (the JSON contract's `"number": "59/2023/NĐ-CP"`).
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the canonical text, so the JSON contract carries a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

extension DocumentNumber: ExpressibleByStringLiteral {
    /// A number written in code (`let n: DocumentNumber = "59/2023/NĐ-CP"`).
    public init(stringLiteral value: String) {
        self.init(value)
    }
}

extension Citation {
    private enum Keys: String, CodingKey {
        case type, number, name, date, issuer, relation, text, page, mentions, numberFromTable, knownNumber, numberHandwritten, action, affectedPart
    }

    /// Decodes a citation; missing optional keys become `nil`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(
            type: try c.decodeIfPresent(String.self, forKey: .type),
            number: try c.decodeIfPresent(DocumentNumber.self, forKey: .number),
            name: try c.decodeIfPresent(String.self, forKey: .name),
            date: try c.decodeIfPresent(String.self, forKey: .date),
            issuer: try c.decodeIfPresent(String.self, forKey: .issuer),
            relation: try c.decode(Relation.self, forKey: .relation),
            text: try c.decode(String.self, forKey: .text),
            page: try c.decodeIfPresent(Int.self, forKey: .page),
            mentions: try c.decodeIfPresent(Int.self, forKey: .mentions),
            numberFromTable: try c.decodeIfPresent(Bool.self, forKey: .numberFromTable),
            knownNumber: try c.decodeIfPresent(DocumentNumber.self, forKey: .knownNumber),
            numberHandwritten: try c.decodeIfPresent(Bool.self, forKey: .numberHandwritten)
        )
        action = try c.decodeIfPresent(Action.self, forKey: .action)
        affectedPart = try c.decodeIfPresent(String.self, forKey: .affectedPart)
    }

    /// Encodes per the contract: the schema's required keys (`type`, `number`, `relation`, `text`)
    /// always present, as `null` when unknown; other optional keys left out when empty.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(type, forKey: .type)
        try c.encode(number, forKey: .number)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encode(date, forKey: .date)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(relation, forKey: .relation)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(page, forKey: .page)
        try c.encodeIfPresent(mentions, forKey: .mentions)
        try c.encodeIfPresent(numberFromTable, forKey: .numberFromTable)
        try c.encodeIfPresent(knownNumber, forKey: .knownNumber)
        try c.encodeIfPresent(numberHandwritten, forKey: .numberHandwritten)
        try c.encodeIfPresent(action, forKey: .action)
        try c.encodeIfPresent(affectedPart, forKey: .affectedPart)
    }
}

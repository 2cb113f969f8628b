extension ParsedDocument {
    private enum CodingKeys: String, CodingKey {
        case source, number, type, date, place, issuer, parentIssuer, subject, signer, recipients, marks
        case citations, deadlines, warnings, notices, evidence, eSignature, effectiveDate, endDate
    }

    /// Decodes a parsed document; missing optional keys become `nil` or empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try c.decode(Source.self, forKey: .source),
            number: try c.decodeIfPresent(DocumentNumber.self, forKey: .number),
            type: try c.decodeIfPresent(String.self, forKey: .type),
            date: try c.decodeIfPresent(String.self, forKey: .date),
            place: try c.decodeIfPresent(String.self, forKey: .place),
            issuer: try c.decodeIfPresent(String.self, forKey: .issuer),
            parentIssuer: try c.decodeIfPresent(String.self, forKey: .parentIssuer),
            subject: try c.decodeIfPresent(String.self, forKey: .subject),
            signer: try c.decodeIfPresent(Signer.self, forKey: .signer),
            recipients: try c.decodeIfPresent([String].self, forKey: .recipients) ?? [],
            marks: try c.decodeIfPresent([String].self, forKey: .marks),
            citations: try c.decodeIfPresent([Citation].self, forKey: .citations) ?? [],
            deadlines: try c.decodeIfPresent([Deadline].self, forKey: .deadlines) ?? [],
            // Documents stored before notices had codes carry only their English sentences.
            notices: try c.decodeIfPresent([Notice].self, forKey: .notices)
                ?? (try c.decodeIfPresent([String].self, forKey: .warnings) ?? []).map { Notice(.other, $0) },
            evidence: try c.decodeIfPresent(Evidence.self, forKey: .evidence),
            eSignature: try c.decodeIfPresent(ESignature.self, forKey: .eSignature)
        )
        effectiveDate = try c.decodeIfPresent(String.self, forKey: .effectiveDate)
        endDate = try c.decodeIfPresent(String.self, forKey: .endDate)
    }

    /// Encodes per the contract: the schema's required keys are always present (as `null` when
    /// unknown); other optional keys are left out when empty.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(number, forKey: .number)
        try c.encode(type, forKey: .type)
        try c.encode(date, forKey: .date)
        try c.encodeIfPresent(place, forKey: .place)
        try c.encode(issuer, forKey: .issuer)
        try c.encodeIfPresent(parentIssuer, forKey: .parentIssuer)
        try c.encode(subject, forKey: .subject)
        try c.encodeIfPresent(signer, forKey: .signer)
        try c.encode(recipients, forKey: .recipients)
        try c.encodeIfPresent(marks, forKey: .marks)
        try c.encode(citations, forKey: .citations)
        try c.encode(deadlines, forKey: .deadlines)
        try c.encode(warnings, forKey: .warnings)
        if !notices.isEmpty { try c.encode(notices, forKey: .notices) }
        try c.encodeIfPresent(evidence, forKey: .evidence)
        try c.encodeIfPresent(eSignature, forKey: .eSignature)
        try c.encodeIfPresent(effectiveDate, forKey: .effectiveDate)
        try c.encodeIfPresent(endDate, forKey: .endDate)
    }
}

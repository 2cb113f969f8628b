/// Where a header field's value came from.
public enum EvidenceSource: String, Sendable, Hashable, Codable {
    case printed
    case handwritten
    case fileName = "file-name"
    case signatureTime = "signature-time"
    case archiveSeries = "archive-series"
    case citedBy = "cited-by"
}

/// How the number and the date were obtained, for scans where they are handwritten or unclear.
public struct Evidence: Sendable, Hashable, Codable {
    /// One reading of a field.
    public struct Reading: Sendable, Hashable, Codable {
        public var value: String?
        public var from: EvidenceSource
        /// 0...1.
        public var confidence: Double?
        public var page: Int?
        /// Where the ink is, in page pixels (`[x, y, width, height]` in JSON).
        public var box: PageBox?

        /// Creates a reading.
        public init(value: String?, from: EvidenceSource, confidence: Double? = nil, page: Int? = nil, box: PageBox? = nil) {
            self.value = value
            self.from = from
            self.confidence = confidence
            self.page = page
            self.box = box
        }
    }

    /// The chosen value's origin and how sure it is, with every reading considered.
    public struct Field: Sendable, Hashable, Codable {
        public var from: EvidenceSource
        /// 0...1.
        public var confidence: Double
        public var readings: [Reading]?

        /// Creates a field's evidence.
        public init(from: EvidenceSource, confidence: Double, readings: [Reading]? = nil) {
            self.from = from
            self.confidence = confidence
            self.readings = readings
        }
    }

    public var number: Field?
    public var date: Field?

    /// Creates evidence.
    public init(number: Field? = nil, date: Field? = nil) {
        self.number = number
        self.date = date
    }
}

/// The e-signature box of a signed PDF ("Ký bởi: ... Cơ quan: ... Thời gian ký: ...").
public struct ESignature: Sendable, Hashable, Codable {
    public var signedBy: String?
    public var organ: String?
    /// ISO 8601 with offset when given ("2025-03-14T10:44:25+07:00").
    public var time: String?

    /// Creates an e-signature description.
    public init(signedBy: String? = nil, organ: String? = nil, time: String? = nil) {
        self.signedBy = signedBy
        self.organ = organ
        self.time = time
    }
}

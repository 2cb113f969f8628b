/// Everything the parser pulls out of one document.
///
/// Encodes to the JSON of `shared/contracts/parsed-document.schema.json` (dates ISO 8601, numbers
/// canonical). `vanthu parse --json` and `vanthu show --json` print it.
public struct ParsedDocument: Sendable, Hashable, Codable {
    /// Where the document came from.
    public struct Source: Sendable, Hashable, Codable {
        /// The file's path as given.
        public var path: String
        /// SHA-256 of the file, 64 lowercase hex digits.
        public var sha256: String
        /// Page count, at least 1.
        public var pages: Int
        /// `ocr`, `pdf-text` or `plain-text`.
        public var textSource: DocumentText.Source?
        /// Mean OCR confidence 0...100, or `nil`.
        public var meanConfidence: Double?

        /// Creates a source description.
        public init(path: String, sha256: String, pages: Int, textSource: DocumentText.Source? = nil, meanConfidence: Double? = nil) {
            self.path = path
            self.sha256 = sha256
            self.pages = pages
            self.textSource = textSource
            self.meanConfidence = meanConfidence
        }
    }

    /// The person who signed, and in which capacity.
    public struct Signer: Sendable, Hashable, Codable {
        /// "Nguyễn Thanh Hải".
        public var name: String?
        /// "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG".
        public var title: String?

        /// Creates a signer.
        public init(name: String? = nil, title: String? = nil) {
            self.name = name
            self.title = title
        }
    }

    public var source: Source
    /// The number ("63/KH-THNH") with its parts, or `nil` when it cannot be read.
    public var number: DocumentNumber?
    /// Document type in Vietnamese ("Kế hoạch", "Công văn").
    public var type: String?
    /// Issue date, ISO 8601 ("2024-02-29").
    public var date: String?
    /// Place of issue ("Quận 6").
    public var place: String?
    /// Issuing body ("Trường Tiểu học Nguyễn Huệ").
    public var issuer: String?
    /// The body the issuer belongs to ("Ủy ban nhân dân Quận 6").
    public var parentIssuer: String?
    /// Trích yếu: what the document is about.
    public var subject: String?
    public var signer: Signer?
    /// Nơi nhận.
    public var recipients: [String]
    /// Urgency and secrecy marks ("KHẨN", "MẬT").
    public var marks: [String]?
    /// One entry per distinct cited instrument.
    public var citations: [Citation]
    public var deadlines: [Deadline]
    /// Problems a clerk should know of, as coded values ("date-impossible": "ngày 30/02 does
    /// not exist"); shown in Vietnamese, matched by code.
    public var notices: [Notice]
    /// The notices in English, as the JSON contract's `warnings` carries them.
    public var warnings: [String] { notices.map(\.message) }
    /// The day the document takes effect, when it says so ("có hiệu lực kể từ ngày ký": its date).
    public var effectiveDate: String?
    /// The day it stops having effect, when it says so ("hết hiệu lực kể từ ngày …").
    public var endDate: String?
    /// How the number and the date were obtained, where they were unclear.
    public var evidence: Evidence?
    /// The e-signature box, kept apart from the text.
    public var eSignature: ESignature?

    /// Creates a parsed document.
    public init(
        source: Source,
        number: DocumentNumber? = nil,
        type: String? = nil,
        date: String? = nil,
        place: String? = nil,
        issuer: String? = nil,
        parentIssuer: String? = nil,
        subject: String? = nil,
        signer: Signer? = nil,
        recipients: [String] = [],
        marks: [String]? = nil,
        citations: [Citation] = [],
        deadlines: [Deadline] = [],
        notices: [Notice] = [],
        evidence: Evidence? = nil,
        eSignature: ESignature? = nil
    ) {
        self.source = source
        self.number = number
        self.type = type
        self.date = date
        self.place = place
        self.issuer = issuer
        self.parentIssuer = parentIssuer
        self.subject = subject
        self.signer = signer
        self.recipients = recipients
        self.marks = marks
        self.citations = citations
        self.deadlines = deadlines
        self.notices = notices
        self.evidence = evidence
        self.eSignature = eSignature
    }
}

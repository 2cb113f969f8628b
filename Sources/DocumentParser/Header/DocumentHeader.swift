/// The header fields of a document: what the clerk files it by.
public struct DocumentHeader: Sendable, Hashable {
    /// The number ("63/KH-THNH"), `nil` when its digits cannot be read or vouched for.
    public var number: DocumentNumber?
    /// Document type in title form ("Kế hoạch", "Công văn").
    public var type: String?
    /// Issue date, ISO 8601 ("2024-02-29").
    public var date: String?
    /// Place of issue ("Quận 6").
    public var place: String?
    /// Issuing body ("Trường Tiểu học Nguyễn Huệ").
    public var issuer: String?
    /// The body the issuer belongs to ("Ủy ban nhân dân Quận 6").
    public var parentIssuer: String?
    /// Trích yếu, without "V/v" / "Về việc".
    public var subject: String?
    /// Who signed, and in which capacity.
    public var signer: ParsedDocument.Signer?
    /// Nơi nhận, one entry per list item.
    public var recipients: [String] = []
    /// "KHẨN", "HỎA TỐC", "MẬT", "DỰ THẢO" …
    public var marks: [String] = []
    /// What a clerk should check: unreadable digits, impossible dates, a lost header.
    public var notices: [Notice] = []
    /// The notices in English.
    public var warnings: [String] { notices.map(\.message) }
    /// How the number and the date were obtained.
    public var evidence: Evidence?
    /// Other years the written year may be, when OCR glued a digit to it ("20235").
    var yearAlternatives: [Int] = []
    /// The e-signature box.
    public var eSignature: ESignature?

    /// Creates an empty header.
    public init() {}
}

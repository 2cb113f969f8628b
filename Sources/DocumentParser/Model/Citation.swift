/// One legal instrument a document cites ("Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ").
public struct Citation: Sendable, Hashable, Codable {
    /// Why the document cites it.
    public enum Relation: String, Sendable, Hashable, Codable {
        /// Cited in a "Căn cứ" line: the legal basis.
        case basis
        /// Cited anywhere else.
        case reference
    }

    /// What the citing document does to the instrument, when its sentence says so.
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// "Quyết định này thay thế Quyết định số …".
        case replaces
        /// "Bãi bỏ Quyết định số …", "… hết hiệu lực"; with ``Citation/affectedPart`` only that part.
        case repeals
        /// "sửa đổi, bổ sung một số điều của …".
        case amends
        /// "hướng dẫn thi hành …", "quy định chi tiết …".
        case guides
        /// "Thực hiện Kế hoạch số …", "Triển khai Chỉ thị số …".
        case implements
        /// "Theo đề nghị của … tại Tờ trình số …".
        case respondsTo = "responds-to"
        /// "đính chính Quyết định số …".
        case corrects
    }

    /// "Nghị định", "Chỉ thị", "Luật".
    public var type: String?
    /// The number ("59/2023/NĐ-CP") with its parts, `nil` for named-only instruments.
    public var number: DocumentNumber?
    /// The instrument's name when it is cited by name ("Luật thực hiện dân chủ ở cơ sở").
    public var name: String?
    /// ISO 8601 date of the instrument.
    public var date: String?
    /// "Chính phủ", "Ủy ban nhân dân Quận 6".
    public var issuer: String?
    public var relation: Relation
    /// The citation as written (first mention).
    public var text: String
    /// 1-based page of the first mention.
    public var page: Int?
    /// How many times it is mentioned.
    public var mentions: Int?
    /// Set when the number was filled from the built-in table of major laws, not read in the text.
    public var numberFromTable: Bool?
    /// For a named-only law: its number from the built-in table of major laws ("10/2022/QH15").
    /// Kept apart from `number`, which holds only numbers printed in the document, so that scoring
    /// by number (truth lists named-only laws with `number: null`) is not affected.
    public var knownNumber: DocumentNumber?
    /// Set when the number's digits were written by hand into a printed blank ("số ..... /QĐ-UBND")
    /// and read by the OCR stage's handwriting reader; a warning says how sure the reading is.
    public var numberHandwritten: Bool?
    /// What the citing document does to it, when a sentence says so (`nil`: it only cites it).
    public var action: Action?
    /// The part acted on, as written ("Điều 3", "khoản 2 Điều 5", "Phụ lục I"); `nil` for the whole.
    public var affectedPart: String?

    /// Creates a citation.
    public init(
        type: String?,
        number: DocumentNumber?,
        name: String? = nil,
        date: String? = nil,
        issuer: String? = nil,
        relation: Relation,
        text: String,
        page: Int? = nil,
        mentions: Int? = nil,
        numberFromTable: Bool? = nil,
        knownNumber: DocumentNumber? = nil,
        numberHandwritten: Bool? = nil
    ) {
        self.numberHandwritten = numberHandwritten
        self.type = type
        self.number = number
        self.name = name
        self.date = date
        self.issuer = issuer
        self.relation = relation
        self.text = text
        self.page = page
        self.mentions = mentions
        self.numberFromTable = numberFromTable
        self.knownNumber = knownNumber
    }
}

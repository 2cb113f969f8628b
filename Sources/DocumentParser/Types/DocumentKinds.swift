import VietnameseText

/// The document types of Nghị định 30/2020 (Phụ lục III) and the normative and Party forms, with
/// their codes in numbers ("KH" in "63/KH-THNH"). The one table of types: the header, the number
/// reader and the archive's query parser all read it.
public enum DocumentKinds {
    /// Title-form name and code as printed (`nil` for types whose numbers carry no type code).
    public static let table: [(name: String, code: String?)] = [
        ("Nghị quyết", "NQ"), ("Quyết định", "QĐ"), ("Chỉ thị", "CT"), ("Quy chế", "QC"),
        ("Quy định", "QyĐ"), ("Thông cáo", "TC"), ("Thông báo", "TB"), ("Hướng dẫn", "HD"),
        ("Chương trình", "CTr"), ("Kế hoạch", "KH"), ("Phương án", "PA"), ("Đề án", "ĐA"),
        ("Dự án", "DA"), ("Báo cáo", "BC"), ("Biên bản", "BB"), ("Tờ trình", "TTr"),
        ("Hợp đồng", "HĐ"), ("Công điện", "CĐ"), ("Bản ghi nhớ", "BGN"), ("Bản thỏa thuận", "BTT"),
        ("Giấy ủy quyền", "GUQ"), ("Giấy mời", "GM"), ("Giấy giới thiệu", "GGT"),
        ("Giấy nghỉ phép", "GNP"), ("Phiếu gửi", "PG"), ("Phiếu chuyển", "PC"), ("Phiếu báo", "PB"),
        ("Nghị định", "NĐ"), ("Thông tư liên tịch", "TTLT"), ("Thông tư", "TT"), ("Kết luận", "KL"),
        ("Công văn", "CV"), ("Thông tri", "TTr"), ("Luật", nil), ("Pháp lệnh", nil), ("Lệnh", nil),
        ("Sắc lệnh", nil), ("Điều lệ", nil), ("Quy trình", nil), ("Hiến pháp", nil),
    ]

    /// Issuer codes that are not type codes, for repairing OCR doublings ("HĐÐĐND" → "HĐND").
    static let issuerCodes: Set<String> = [
        "UBND", "HĐND", "CP", "TTg", "BNV", "TW", "QU", "TU", "HU", "ĐU", "GDĐT", "SGDĐT", "NV", "CTN",
        "VPCP", "BTC", "BCA", "BQP", "BYT", "BTP", "STC", "STP", "SNV", "STNMT", "SXD", "SYT",
        "KTTH", "KGVX", "KTN", "VHXH", "KTNS", "HCSN", "ĐĐBQH", "UBTVQH", "MTTQ",
    ]

    /// The type named by a number's code, matching exactly first, then ignoring case and marks.
    static func name(forCode code: String) -> String? {
        if let hit = table.first(where: { $0.code == code }) { return hit.name }
        let f = VietnameseFolding.fold(code)
        return table.first { $0.code.map(VietnameseFolding.fold) == f }?.name
    }

    /// The code for a type name, if it has one.
    static func code(forName name: String) -> String? {
        table.first(where: { $0.name == name })?.code
    }

    /// Whether `code` is a type code (exactly as printed, or ignoring case and marks).
    static func isTypeCode(_ code: String) -> Bool { name(forCode: code) != nil }

    /// Whether `segment` is a known code of any kind.
    static func isKnownCode(_ segment: String) -> Bool {
        table.contains { $0.code == segment } || issuerCodes.contains(segment)
    }

    /// The type whose name is the whole of a title line ("QUYÉT ĐỊNH" → "Quyết định").
    /// - Parameter foldedLetters: the line's letters, folded, without spaces.
    static func name(forTitleLetters foldedLetters: String) -> String? {
        guard !foldedLetters.isEmpty else { return nil }
        return titleLetters[foldedLetters]
    }

    /// Folded letters of each name → the first name in the table with them.
    static let titleLetters: [String: String] = Dictionary(
        table.map { (VietnameseFolding.fold($0.name).filter(\.isLetter), $0.name) },
        uniquingKeysWith: { first, _ in first }
    )
}

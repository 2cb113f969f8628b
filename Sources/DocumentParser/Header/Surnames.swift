import VietnameseText

/// Vietnamese family names, to recognise a signer's name under a seal ("Nđuyễn Hoàng Giang").
enum Surnames {
    static let all: [String] = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Đào", "Mai", "Tô", "Cao", "Lâm", "Phùng",
        "Đoàn", "Châu", "Tạ", "Hà", "Thái", "Trịnh", "La", "Kiều", "Lưu", "Văn", "Quách", "Từ", "Tăng",
        "Lại", "Khổng", "Mạc", "Thân", "Triệu", "Chu", "Diệp", "Đàm", "Giang", "Hứa", "Kim", "Nông",
        "Ông", "Tống", "Vương", "Viên", "Âu", "Doãn", "Lò", "Lục", "Mã", "Nghiêm", "Quan", "Tiêu",
        // Family names of the Khmer, Hmong, Tày, Thái, Ê Đê and Gia Rai peoples.
        "Thạch", "Danh", "Sơn", "Giàng", "Sùng", "Vàng", "Thào", "Lầu", "Mùa", "Hờ", "Lường", "Cầm", "Quàng",
        "Ma", "Bế", "Vi", "Lộc", "Rơ", "Ksor", "Siu", "Nay", "Niê", "Ka", "Cil", "Kpă", "Rah", "Điểu", "Đàng", "Quảng",
        "Tôn", "Bạch", "Cù", "Khúc", "Phí", "Lều", "Hầu",
    ]

    /// The table's spellings as printed: a name printed so is kept ("Lường", "Ma"), not taken for
    /// another of the same letters ("Lương", "Mã").
    static let exact: Set<String> = Set(all)

    static let byFold: [String: String] = Dictionary(all.map { (VietnameseFolding.fold($0), $0) }, uniquingKeysWith: { a, _ in a })

    /// The names of four letters or more with their folds as characters, in table order (for OCR slips).
    static let foldedLong: [(name: String, key: [Character])] = all.map { ($0, Array(VietnameseFolding.fold($0))) }.filter { $0.1.count >= 4 }

    /// The surname `word` stands for: exact when folded, or one OCR slip away for longer names.
    static func match(_ word: String) -> String? {
        // A seal's speck glued to the name ("'xguyên") is no letter of it.
        let letters = String(word.filter(\.isLetter))
        if exact.contains(letters) { return letters }
        let f = VietnameseFolding.fold(letters)
        if let hit = byFold[f] { return hit }
        let x = Array(f)
        guard x.count >= 3 else { return nil }
        for (name, key) in foldedLong where x != key && OCRVariants.editDistanceAtMostOne(x, key) { return name }
        return nil
    }
}

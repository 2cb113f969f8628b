import VietnameseText

/// Vietnamese family names, to recognise a signer's name under a seal ("Nđuyễn Hoàng Giang").
enum Surnames {
    static let all: [String] = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Đào", "Mai", "Tô", "Cao", "Lâm", "Phùng",
        "Đoàn", "Châu", "Tạ", "Hà", "Thái", "Trịnh", "La", "Kiều", "Lưu", "Văn", "Quách", "Từ", "Tăng",
        "Lại", "Khổng", "Mạc", "Thân", "Triệu", "Chu", "Diệp", "Đàm", "Giang", "Hứa", "Kim", "Nông",
        "Ông", "Tống", "Vương", "Viên", "Âu", "Doãn", "Lò", "Lục", "Mã", "Nghiêm", "Quan", "Tiêu",
    ]

    static let byFold: [String: String] = Dictionary(all.map { (VietnameseFolding.fold($0), $0) }, uniquingKeysWith: { a, _ in a })

    /// The names of four letters or more with their folds as characters, in table order (for OCR slips).
    static let foldedLong: [(name: String, key: [Character])] = all.map { ($0, Array(VietnameseFolding.fold($0))) }.filter { $0.1.count >= 4 }

    /// The surname `word` stands for: exact when folded, or one OCR slip away for longer names.
    static func match(_ word: String) -> String? {
        // A seal's speck glued to the name ("'xguyên") is no letter of it.
        let f = VietnameseFolding.fold(String(word.filter(\.isLetter)))
        if let hit = byFold[f] { return hit }
        let x = Array(f)
        guard x.count >= 3 else { return nil }
        for (name, key) in foldedLong where abs(x.count - key.count) <= 1 && editDistanceIsOne(x, key) { return name }
        return nil
    }

    /// Whether two short character sequences differ by exactly one insertion, deletion or substitution.
    static func editDistanceIsOne(_ x: [Character], _ y: [Character]) -> Bool {
        if abs(x.count - y.count) > 1 || x == y { return false }
        var i = 0
        var j = 0
        var edits = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count {
                i += 1
            } else if x.count < y.count {
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        return edits + (x.count - i) + (y.count - j) == 1
    }
}

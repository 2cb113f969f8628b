import VietnameseText

/// The codes a header's organ lines imply for the document's number: a number's code names the
/// issuing organ by the initials of its words ("ỦY BAN NHÂN DÂN" → "UBND", "SỞ GIÁO DỤC VÀ ĐÀO
/// TẠO" → "SGDĐT", "TRƯỜNG ĐẠI HỌC CẦN THƠ" → "ĐHCT", "HỘI ĐỒNG NHÂN DÂN" → "HĐND").
///
/// ```swift
/// IssuerCodes.implied(by: ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"])   // ["UBND"]
/// ```
/// Evidence of the page's own structure, read where OCR garbled the printed code past one slip
/// (``CodeRepair/issuerCode(for:among:)``).
enum IssuerCodes {
    /// The initials of each organ line's words up to its place ("tỉnh", "huyện", "thành phố" …:
    /// a line of the place alone gives none), "và" and marks that are no word left out, a
    /// leading "Trường" too (a school's code leaves it out); three letters at least.
    /// - Parameter organLines: the header's organ lines, as ``IssuerExtractor/organLines(in:nationalLine:numberLine:)`` gives them.
    /// - Returns: the codes, each once, in the lines' order.
    static func implied(by organLines: [String]) -> [String] {
        var codes: [String] = []
        for line in organLines {
            var words = line.split(whereSeparator: \.isWhitespace).filter { $0.first?.isLetter ?? false }.map(String.init)
            var folded = words.map(VietnameseFolding.fold)
            if let place = folded.indices.first(where: { opensPlace(folded[$0...]) }) {
                words = Array(words[..<place])
                folded = Array(folded[..<place])
            }
            if folded.first == "truong" {
                words.removeFirst()
                folded.removeFirst()
            }
            let code = String(zip(words, folded).filter { $0.1 != "va" }.compactMap { $0.0.first.map(initial) })
            if code.count >= 3, !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// Whether the folded words open a place's name: "tỉnh", "huyện", "quận", "xã" (not "xã
    /// hội", society), "phường", "thành phố", "thị xã", "thị trấn", "TP.".
    private static func opensPlace(_ folded: ArraySlice<String>) -> Bool {
        guard let first = folded.first else { return false }
        let second = folded.dropFirst().first ?? ""
        if first == "xa" { return second != "hoi" }
        if ["tinh", "huyen", "quan", "phuong", "tp", "tp."].contains(first) { return true }
        return (first == "thanh" && second == "pho") || (first == "thi" && (second == "xa" || second == "tran"))
    }

    /// A word's first letter as a code writes it: a capital without marks, "Đ" kept.
    private static func initial(_ letter: Character) -> Character {
        if letter == "Đ" || letter == "đ" { return "Đ" }
        return VietnameseFolding.fold(String(letter)).uppercased().first ?? letter
    }
}

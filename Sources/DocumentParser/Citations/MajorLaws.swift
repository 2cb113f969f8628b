/// A small table of major laws cited by name only ("Luật Ngân sách nhà nước ngày 25/6/2015"), with
/// their numbers and dates of adoption.
///
/// Scoring (and the truth files) match citations by the number read in the text, and list a
/// named-only law with `number: null`. A number filled from this table therefore goes to
/// ``Citation/knownNumber`` (with ``Citation/numberFromTable`` set), never to ``Citation/number``:
/// `number` holds only what the document itself prints, so a table hit can neither create a
/// spurious match nor hide a missed one. Search may index `knownNumber` as an alias.
///
/// Only numbers checked against the official gazette are listed.
enum MajorLaws {
    /// One law: folded name (without "luật", letters and digits only), year of adoption, number, ISO date.
    struct Entry: Sendable {
        var foldedName: String
        var year: Int
        var number: String
        var date: String
    }

    static let entries: [Entry] = [
        .init(foldedName: "ban hanh van ban quy pham phap luat", year: 2015, number: "80/2015/QH13", date: "2015-06-22"),
        .init(foldedName: "sua doi bo sung mot so dieu cua luat ban hanh van ban quy pham phap luat", year: 2020, number: "63/2020/QH14", date: "2020-06-18"),
        .init(foldedName: "to chuc chinh quyen dia phuong", year: 2015, number: "77/2015/QH13", date: "2015-06-19"),
        .init(foldedName: "to chuc chinh phu", year: 2015, number: "76/2015/QH13", date: "2015-06-19"),
        .init(foldedName: "sua doi bo sung mot so dieu cua luat to chuc chinh phu va luat to chuc chinh quyen dia phuong", year: 2019, number: "47/2019/QH14", date: "2019-11-22"),
        .init(foldedName: "ngan sach nha nuoc", year: 2015, number: "83/2015/QH13", date: "2015-06-25"),
        .init(foldedName: "thuc hien dan chu o co so", year: 2022, number: "10/2022/QH15", date: "2022-11-10"),
        .init(foldedName: "quy hoach", year: 2017, number: "21/2017/QH14", date: "2017-11-24"),
        .init(foldedName: "dat dai", year: 2024, number: "31/2024/QH15", date: "2024-01-18"),
        .init(foldedName: "dat dai", year: 2013, number: "45/2013/QH13", date: "2013-11-29"),
        .init(foldedName: "nha o", year: 2023, number: "27/2023/QH15", date: "2023-11-27"),
        .init(foldedName: "kinh doanh bat dong san", year: 2023, number: "29/2023/QH15", date: "2023-11-28"),
        .init(foldedName: "cac to chuc tin dung", year: 2024, number: "32/2024/QH15", date: "2024-01-18"),
        .init(foldedName: "dau tu cong", year: 2019, number: "39/2019/QH14", date: "2019-06-13"),
        .init(foldedName: "can bo cong chuc", year: 2008, number: "22/2008/QH12", date: "2008-11-13"),
        .init(foldedName: "vien chuc", year: 2010, number: "58/2010/QH12", date: "2010-11-15"),
        .init(foldedName: "xay dung", year: 2014, number: "50/2014/QH13", date: "2014-06-18"),
        .init(foldedName: "bao ve moi truong", year: 2020, number: "72/2020/QH14", date: "2020-11-17"),
        .init(foldedName: "giao duc", year: 2019, number: "43/2019/QH14", date: "2019-06-14"),
        .init(foldedName: "phong chong tham nhung", year: 2018, number: "36/2018/QH14", date: "2018-11-20"),
        .init(foldedName: "thi dua khen thuong", year: 2022, number: "06/2022/QH15", date: "2022-06-15"),
    ]

    /// The law a named citation means.
    /// - Parameters:
    ///   - foldedName: the folded name without the leading "luật".
    ///   - year: the year written with the name or taken from its date, if any.
    /// - Returns: the entry when the name (and the year, or a unique version) identifies one law.
    static func lookup(foldedName: String, year: Int?) -> Entry? {
        var candidates = entries.filter { $0.foldedName == foldedName }
        if candidates.isEmpty {
            // OCR slips in the name ("t o chuc chinh quyen"): a near match, never a prefix.
            let a = Array(foldedName.unicodeScalars)
            candidates = entries.filter {
                let b = Array($0.foldedName.unicodeScalars)
                return a.count >= 12 && abs(a.count - b.count) <= 2
                    && CitationExtractor.editDistance(a, b, limit: max(2, a.count / 15)) != nil
            }
        }
        if let year { return candidates.first { $0.year == year } }
        return candidates.count == 1 ? candidates.first : nil
    }
}

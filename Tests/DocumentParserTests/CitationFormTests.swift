import Foundation
import Testing

@testable import DocumentParser

/// One form per case: number families, date forms, short forms, lists, OCR confusions, false friends.
@Suite struct CitationFormTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var number: String?
        var date: String? = nil
        var type: String? = nil
        var issuer: String? = nil
        var testDescription: String { input }
    }

    private func only(_ input: String, own: String? = nil) -> [Citation] {
        CitationExtractor().extract(from: FixtureLoader.text(input), ownNumber: own)
    }

    @Test(arguments: [
        Case(
            input: "Căn cứ Kế hoạch số 71/KH-UBND ngày 07 tháng 02 năm 2024 của Ủy ban nhân dân Quận 6 về việc",
            number: "71/KH-UBND",
            date: "2024-02-07",
            type: "Kế hoạch",
            issuer: "Ủy ban nhân dân Quận 6"
        ),
        Case(
            input: "theo Công văn số 163/NV ngày 21/02/2024 của Phòng Nội vụ.",
            number: "163/NV",
            date: "2024-02-21",
            type: "Công văn",
            issuer: "Phòng Nội vụ"
        ),
        Case(input: "tại Công văn số 5563/UBND-KGVX ngày 16/10/2024", number: "5563/UBND-KGVX", date: "2024-10-16", type: "Công văn"),
        Case(
            input: "Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định",
            number: "59/2023/NĐ-CP",
            date: "2023-08-14",
            type: "Nghị định",
            issuer: "Chính phủ"
        ),
        Case(input: "Nghị quyết số 98/2023/QH15 của Quốc hội", number: "98/2023/QH15", type: "Nghị quyết", issuer: "Quốc hội"),
        Case(
            input: "thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị",
            number: "05-CT/TW",
            date: "2016-05-15",
            type: "Chỉ thị",
            issuer: "Bộ Chính trị"
        ),
        Case(
            input: "tại Công văn số 1151-CV/QU ngày 01.8.2023 của Ban Thường vụ Quận ủy",
            number: "1151-CV/QU",
            date: "2023-08-01",
            type: "Công văn"
        ),
        Case(input: "Chương trình phối hợp số 01-CTr/BDVQU-UBND ngày 22 tháng 3 năm 2022", number: "01-CTr/BDVQU-UBND", date: "2022-03-22"),
        Case(input: "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương", number: "18-NQ/TW", type: "Nghị quyết"),
        Case(input: "Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng", number: "36-HD/VPTW", type: "Hướng dẫn"),
        Case(input: "Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương", number: "08-QĐi/TW", type: "Quy định"),
        Case(input: "Thông tư liên tịch số 03/2014/TTLT-BTC-BNV ngày 05/3/2014", number: "03/2014/TTLT-BTC-BNV", type: "Thông tư liên tịch"),
        Case(input: "Nghị quyết số 1211/2016/UBTVQH13 ngày 25/5/2016", number: "1211/2016/UBTVQH13", type: "Nghị quyết"),
        Case(input: "theo Quyết định số 157/QĐ-NĐ-UB ngày 02/01/1999", number: "157/QĐ-NĐ-UB", date: "1999-01-02", type: "Quyết định"),
        Case(
            input: "Công điện số 1725/CĐ-TTg ngày 10/9/2023 của Thủ tướng Chính phủ",
            number: "1725/CĐ-TTg",
            type: "Công điện",
            issuer: "Thủ tướng Chính phủ"
        ),
        Case(input: "Thông tư số 01/2016/TT-BNV ngày 13/01/2016", number: "01/2016/TT-BNV", type: "Thông tư", issuer: "Bộ Nội vụ"),
        Case(input: "Kết luận số 184/KL-TTr ngày 05/3/2024", number: "184/KL-TTr", type: "Kết luận"),
        Case(input: "Biên bản vi phạm hành chính số 09/BB-VPHC ngày 05/3/2024", number: "09/BB-VPHC"),
        // Short forms.
        Case(input: "thực hiện Nghị định 59/2023 về dân chủ cơ sở", number: "59/2023/NĐ-CP", type: "Nghị định", issuer: "Chính phủ"),
        Case(input: "theo NĐ 59/2023/NĐ-CP", number: "59/2023/NĐ-CP", type: "Nghị định"),
    ])
    func form(_ c: Case) throws {
        let citations = only(c.input)
        let citation = try #require(citations.first)
        #expect(citations.count == 1)
        #expect(citation.number?.text == c.number)
        if let date = c.date { #expect(citation.date == date) }
        if let type = c.type { #expect(citation.type == type) }
        if let issuer = c.issuer { #expect(citation.issuer == issuer) }
    }

    @Test(arguments: [
        ("ngày 14 tháng 8 năm 2023", "2023-08-14"), ("ngày 14/8/2023", "2023-08-14"), ("14-8-2023", "2023-08-14"),
        ("ngày 14.8.2023", "2023-08-14"), ("ngày 20/ 11/2024", "2024-11-20"), ("ngày 13⁄11⁄2024", "2024-11-13"),
        ("ngày 10 tháng 3 năm\n\n2021", "2021-03-10"), ("ngày\n25 tháng 5 năm 2024", "2024-05-25"), ("ngày 29/02/2024", "2024-02-29"),
        ("ngày 14/8/2O23", "2023-08-14"), ("ngày 27/1 1/2024", "2024-11-27"), ("ngày 1 3/12/2024", "2024-12-13"),
    ])
    func dateForms(written: String, iso: String) {
        #expect(only("Quyết định số 12/QĐ-UBND \(written) của UBND tỉnh").first?.date == iso)
    }

    @Test(arguments: [
        "Quyết định số 12/QĐ-UBND, ngày 02/01/2024 của UBND tỉnh",
        "Quyết định số 12/QĐ-UBND (ngày 02/01/2024) của UBND tỉnh",
        "Quyết định số 12/QĐ-UBND ban hành ngày 02/01/2024 của UBND tỉnh",
        "Quyết định số 12/QĐ-UBND ký ngày 02/01/2024 của UBND tỉnh",
    ])
    func dateAfterPunctuationOrVerb(_ input: String) {
        let citation = only(input).first
        #expect(citation?.date == "2024-01-02")
        #expect(citation?.issuer == "Ủy ban nhân dân tỉnh")
    }

    @Test func impossibleDateIsNotInvented() {
        #expect(only("Quyết định số 12/QĐ-UBND ngày 30/02/2024").first?.date == nil)
    }

    @Test func dateSplitAcrossPageBreak() {
        let text = DocumentText(
            path: "p.txt",
            sha256: String(repeating: "0", count: 64),
            pages: [
                .init(number: 1, text: "Quyết định số 842/QĐ-UBND ngày 10 tháng 3 năm"),
                .init(number: 2, text: "2021 của Ủy ban nhân dân Quận 6 về ban hành"),
            ]
        )
        let citation = CitationExtractor().extract(from: text, ownNumber: nil).first
        #expect(citation?.date == "2021-03-10")
        #expect(citation?.issuer == "Ủy ban nhân dân Quận 6")
        #expect(citation?.page == 1)
    }

    @Test func citationSplitAcrossLinesAndPages() {
        let text = DocumentText(
            path: "p.txt",
            sha256: String(repeating: "0", count: 64),
            pages: [
                .init(number: 1, text: "Căn cứ Quyết định số"),
                .init(number: 2, text: "79/QĐ-UBND ngày\n19/02/2021 của UBND tỉnh;"),
            ]
        )
        let citation = CitationExtractor().extract(from: text, ownNumber: nil).first
        #expect(citation?.number == "79/QĐ-UBND")
        #expect(citation?.date == "2021-02-19")
        #expect(citation?.relation == .basis)
    }

    @Test(arguments: [
        ("Công văn số 174/HĐÐND-VHXH ngày 11/10/2024", "174/HĐND-VHXH"),
        ("Quyết định số 2269/QĐÐ- -TTg ngày 31/12/2021", "2269/QĐ-TTg"),
        ("Quyết định số 1368/QĐ- UBND ngày 12/12/2023", "1368/QĐ-UBND"),
        ("Công văn số 287/STC-\nHCSN ngày 04/02/2025", "287/STC-HCSN"),
        ("Nghị quyết số 39/201 1L/NQ-HĐND ngày 12/12/2011", "39/2011/NQ-HĐND"),
        ("Nghị định số 123/2020/NÐ-CP ngày 19/10/2020", "123/2020/NĐ-CP"),
        ("Luật Đất đai số 3 1⁄2024⁄QHI5", "31/2024/QH15"),
        ("Thông báo số 1594-1B/TU ngày 11/01/2025", "1594-TB/TU"),
        ("Kế hoạch số 63 /KH-THNH ngày 29/02/2024", "63/KH-THNH"),
        ("Quyết định số 12/QĐ–UBND ngày 02/01/2024", "12/QĐ-UBND"),
        ("Nghị quyết số 83/NQ-\nHĐND ngày 07/12/2023", "83/NQ-HĐND"),
        ("Báo cáo số 312/BC-\nSIP ngày 27/11/2024", "312/BC-STP"),
        ("Quyết định số 2O21/QĐ-UBND ngày 02/01/2024", "2021/QĐ-UBND"),
        ("Nghi dinh so 59/2023/ND-CP ngay 14/8/2023", "59/2023/NĐ-CP"),
        ("các Nghị định của Chính phủ: Số ] 01/2024/NĐ-CP ngày 29/7/2024", "101/2024/NĐ-CP"),
        ("Tờ trình số 1420TTr-BQL ngày 13/12/2024", "1420/TTr-BQL"),
        ("Tờ trình số 6389/TTr-ST' NMT ngày 30/12/2024", "6389/TTr-STNMT"),
        ("Nghị quyết số 37/2023/NQ-HDND ngày 08/12/2023", "37/2023/NQ-HĐND"),
    ])
    func ocrConfusion(written: String, number: String) {
        #expect(only(written).compactMap(\.number?.text) == [number])
    }

    @Test func siblingCodeRepairsOneLetterSlip() {
        let numbers = only("Tờ trình số 1420/TTr-BQL ngày 13/12/2024 và số 1424/TTr-BOL ngày 16/12/2024").compactMap(\.number)
        #expect(numbers == ["1420/TTr-BQL", "1424/TTr-BQL"])
    }

    @Test(arguments: [
        "Kế hoạch thực hiện 04 Chương trình trọng điểm",
        "theo yêu cầu của tiêu chuẩn quốc gia TCVN ISO 9001:2015 trong giải quyết",
        "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030",
        "Nghị quyết Đại hội nhiệm kỳ 2020 - 2025 và giai đoạn 2022- 2027",
        "theo quy định tại khoản 2 Điều 5 và Điều 116",
        "Điện thoại: 0255.3822.123, Fax: 0255 3822 456",
        "đến ngày 20/11/2024 và 14-8-2023",
        "Xét Tờ trình số /TTr-UBND ngày tháng năm 2025 của Ủy ban nhân dân tỉnh",
        "Số: /2025/NQ-HĐND Quảng Ngãi, ngày tháng năm 2025",
        "với kinh phí là 8.699,28 triệu đồng, diện tích 7.700m²",
        "Trên đây là Kế hoạch triển khai thực hiện công tác dân vận năm 2024 của trường.",
        "Số: 63 /KH-THNH\nQuận 6, ngày 29 tháng 02 năm 2024",
        "Lưu: VT, KTTHa47. Cổng TT-ĐT tỉnh",
        "hỗ trợ COVID-19 năm 2021",
        "báo cáo theo Mẫu số 01/BC-TTHC kèm theo, Phụ lục số 02/KH",
        "đáp ứng QCVN 02/2022/BCT về an toàn",
        "trụ sở tại số 12/A đường Nguyễn Huệ",
    ])
    func falseFriend(_ input: String) {
        #expect(only(input).filter { $0.number != nil }.isEmpty, "\(only(input).compactMap(\.number))")
    }

    @Test func ownNumberIsNotACitation() {
        let citations = only("Kế hoạch số 63/KH-THNH đã nêu. Căn cứ Kế hoạch số 71/KH-UBND ngày 07/02/2024", own: "63 /KH-THNH")
        #expect(citations.compactMap(\.number) == ["71/KH-UBND"])
    }

    @Test func headerNumberIsOwnEvenWithoutOwnNumber() {
        let input =
            "Số: 512/SGDĐT-TCCB\nBình Định, ngày 12 tháng 3 năm 2024\nThực hiện Công văn số 1234/UBND-VX ngày 05/3/2024 của UBND tỉnh.\nTrên đây là Công văn số 512/SGDĐT-TCCB của Sở."
        #expect(only(input).compactMap(\.number) == ["1234/UBND-VX"])
        #expect(only(input).first?.issuer == "Ủy ban nhân dân tỉnh Bình Định")
    }

    @Test func listSharesTypeAndIssuer() {
        let input =
            "UBND tỉnh đã ban hành các Quyết định: Số 418/QĐ-UBND ngày 30/5/2024 về việc điều chỉnh, số 728/QĐ-UBND ngày 13/11/2024 về việc phân bổ và số 735/QĐ-UBND ngày 14/11/2024."
        let citations = only(input)
        #expect(citations.compactMap(\.number) == ["418/QĐ-UBND", "728/QĐ-UBND", "735/QĐ-UBND"])
        #expect(citations.allSatisfy { $0.type == "Quyết định" })
        #expect(citations.allSatisfy { $0.issuer == "Ủy ban nhân dân tỉnh" })
        let letters = only(
            "ý kiến của Thường trực HĐND tỉnh tại các Công văn: số 87/HĐND-KTNS ngày 15/5/2024 về việc A, số 208/HĐND-KTNS ngày 30/10/2024 về việc B"
        )
        #expect(letters.map(\.type) == ["Công văn", "Công văn"])
        #expect(letters.allSatisfy { $0.issuer == "Thường trực Hội đồng nhân dân tỉnh" })
        let decrees = only(
            "Căn cứ các Nghị định của Chính phủ: Số 101/2024/NĐ-CP ngày 29/7/2024 về điều tra; số 102/2024/NĐ-CP ngày 30/7/2024 quy định"
        )
        #expect(decrees.allSatisfy { $0.relation == .basis && $0.issuer == "Chính phủ" && $0.type == "Nghị định" })
    }

    @Test func sharedIssuerPhrase() {
        let citations = only(
            "Chỉ thị số 16/CT-TTg ngày 16 tháng 5 năm 2016 và Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ về tăng cường"
        )
        #expect(citations.map(\.issuer) == ["Thủ tướng Chính phủ", "Thủ tướng Chính phủ"])
    }

    @Test func issuerBeforeTai() {
        let citations = only("Theo đề nghị của Giám đốc Sở Tài chính tại Công văn số 287/STC-HCSN ngày 04/02/2025; tiếp theo")
        #expect(citations.first?.issuer == "Sở Tài chính")
    }

    @Test func issuerOfAnEarlierTaiClause() {
        let input =
            "Xét đề nghị của Giám đốc Ban Quản lý dự án huyện Mộ Đức tại Đơn xin giao đất ngày 13/12/2024, Tờ trình số 1420/TTr-BQL ngày 13/12/2024 và số 1424/TTr-BQL ngày 16/12/2024; đề nghị của UBND thị trấn"
        #expect(only(input).map(\.issuer) == ["Ban Quản lý dự án huyện Mộ Đức", "Ban Quản lý dự án huyện Mộ Đức"])
    }

    @Test func issuerExpandedWithProvince() {
        let input =
            "TỈNH QUẢNG NGÃI\nSố: 22/TTr-UBND Quảng Ngãi, ngày 05 tháng 02 năm 2025\nCăn cứ Quyết định số 789/QĐ-UBND ngày 12/12/2024 của UBND tỉnh về việc giao"
        let citation = only(input, own: "22/TTr-UBND").first
        #expect(citation?.number == "789/QĐ-UBND")
        #expect(citation?.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi")
    }

    @Test func chairmanAndCommitteeSeriesAreTwoDocuments() {
        let input =
            "Quyết định số 87/QĐ-UBND ngày 16/01/2025 của Chủ tịch UBND tỉnh; Quyết định số 87/QĐ-UBND ngày 05/02/2025 của UBND tỉnh; Quyết định số 87/QĐ-UBND ngày 05/02/2025."
        let citations = only(input)
        #expect(citations.map(\.date) == ["2025-01-16", "2025-02-05"])
        #expect(citations.map(\.mentions) == [1, 2])
        // A differing date alone is an OCR slip, not another document.
        #expect(only("Quyết định số 12/QĐ-UBND ngày 16/01/2025 của UBND tỉnh; Quyết định số 12/QĐ-UBND ngày 18/01/2025 của UBND tỉnh").count == 1)
    }

    @Test func cityLevelIssuerCompleted() {
        let input = "Số: 12/UBND-VX\nĐà Nẵng, ngày 05 tháng 3 năm 2024\nThực hiện Kế hoạch số 45/KH-UBND ngày 01/3/2024 của UBND thành phố về việc"
        #expect(only(input).first?.issuer == "Ủy ban nhân dân thành phố Đà Nẵng")
    }

    @Test func shortFormsAreMentionsOfTheFullNumber() {
        let citations = only("Quyết định số 3855/QĐ-UBND ngày 12/9/2023 của UBND Thành phố. Theo QĐ 3855, các đơn vị thực hiện Quyết định số 3855.")
        #expect(citations.compactMap(\.number) == ["3855/QĐ-UBND"])
        #expect(citations.first?.mentions == 3)
        #expect(only("theo QĐ 3855 đã ban hành").isEmpty)
    }

    @Test func lostToneMarksInTypeWords() {
        #expect(only("Thuc hien Nghi dinh so 59/2023/ND-CP ngay 14/8/2023").first?.type == "Nghị định")
        #expect(only("Quyet dinh so 12/QĐ-UBND").first?.type == "Quyết định")
    }

    @Test(arguments: [
        ("Căn cứ Luật Ngân sách nhà nước ngày 25/6/2015;", "Luật Ngân sách nhà nước", "2015-06-25", "83/2015/QH13"),
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Luật Tổ chức chính quyền địa phương", "2015-06-19", "77/2015/QH13"),
        (
            "Thực hiện quy định của Luật Ban hành văn bản quy phạm pháp luật năm 2015 và", "Luật Ban hành văn bản quy phạm pháp luật", "2015-06-22",
            "80/2015/QH13"
        ),
        ("Tổ chức thực hiện tốt Luật thực hiện dân chủ ở cơ sở nhằm đảm bảo", "Luật thực hiện dân chủ ở cơ sở", "2022-11-10", "10/2022/QH15"),
        (
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;",
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", "2019-11-22", "47/2019/QH14"
        ),
    ])
    func namedOnlyLaw(input: String, name: String, date: String, known: String) throws {
        let citations = only(input)
        #expect(citations.count == 1)
        let law = try #require(citations.first)
        #expect(law.number == nil)
        #expect(law.name == name)
        #expect(law.date == date)
        #expect(law.knownNumber?.text == known)
        #expect(law.numberFromTable == true)
    }

    @Test(arguments: [
        ("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;", "Bộ luật", "Bộ luật Lao động", "2019-11-20"),
        (
            "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09/12/2020;", "Pháp lệnh", "Pháp lệnh Ưu đãi người có công với cách mạng",
            "2020-12-09"
        ),
        ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam ngày 28/11/2013;", "Hiến pháp", "Hiến pháp", "2013-11-28"),
    ])
    func otherNamedInstruments(input: String, type: String, name: String, date: String) throws {
        let citation = try #require(only(input).first)
        #expect(only(input).count == 1)
        #expect(citation.type == type)
        #expect(citation.name == name)
        #expect(citation.date == date)
        #expect(citation.relation == .basis)
    }

    @Test func genericLawMentionsAreNotCitations() {
        #expect(only("phải thực hiện đúng các quy định của Luật Đất đai, Luật Xây dựng, Luật Bảo vệ môi trường và các quy định").isEmpty)
    }

    @Test func numberedLawTakesItsNameAndTheNamedDate() {
        let citations = only(
            "Căn cứ Luật Đất đai ngày 18/01/2024; Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 ngày 29/6/2024;"
        )
        let land = citations.first { $0.number == "31/2024/QH15" }
        #expect(land?.name == "Luật Đất đai")
        #expect(land?.date == "2024-01-18")
        #expect(citations.first { $0.number == "27/2023/QH15" }?.date == nil)
        #expect(citations.allSatisfy { $0.relation == .basis })
    }

    @Test func basisContinuesOnALineOfInstruments() {
        let input =
            "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ;\nNghị định số 154/2020/NĐ-CP ngày 31/12/2020 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ Quyết định số 12/QĐ-UBND ngày 02/01/2020."
        #expect(only(input).map(\.relation) == [.basis, .basis, .reference])
    }

    @Test func basisEndsWithItsParagraph() {
        let input =
            "Căn cứ Quyết định số 79/QĐ-UBND ngày 19/02/2021 của UBND tỉnh;\nTrên cơ sở ý kiến của Thường trực Tỉnh ủy tại Thông báo số 1594-TB/TU ngày 11/01/2025;"
        #expect(only(input).map(\.relation) == [.basis, .reference])
    }

    @Test func jsonKeepsRequiredKeysAsNull() throws {
        let law = try #require(only("Căn cứ Luật Ngân sách nhà nước ngày 25/6/2015;").first)
        let json = String(decoding: try JSONEncoder().encode(law), as: UTF8.self)
        #expect(json.contains("\"number\":null"))
        let decoded = try JSONDecoder().decode(Citation.self, from: Data(json.utf8))
        #expect(decoded == law)
    }

    @Test func basisAfterMergedLine() {
        let citations = only("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI; Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2024 của UBND tỉnh;")
        #expect(citations.first?.relation == .basis)
    }
}

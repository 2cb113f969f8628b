import Testing

@testable import DocumentParser

/// The "Số" line in all families and OCR variants.
@Suite struct HeaderNumberTests {
    static func number(_ line: String, path: String = "x.txt") -> DocumentHeader {
        HeaderExtractor().extract(from: HeaderFixtures.text("\(line)\nHà Nội, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nVề việc thử", path: path))
    }

    @Test(arguments: [
        ("Số: 63 /KH-THNH", "63/KH-THNH"),
        ("Số: 63 / KH - THNH", "63/KH-THNH"),
        ("S6: 71/KH-UBND", "71/KH-UBND"),
        ("Sô: 3855/QĐ-UBND", "3855/QĐ-UBND"),
        ("sỐ: 07/KH-GDĐT", "07/KH-GDĐT"),
        ("Só:83 /TTr-UBND", "83/TTr-UBND"),
        ("Số: 12/NÐ-CP", "12/NĐ-CP"),
        ("Số: 1234/UBND\u{2013}VX", "1234/UBND-VX"),
        ("Số: 59/2023/NĐ-CP", "59/2023/NĐ-CP"),
        ("Số: 67/2017/QĐ-UBND", "67/2017/QĐ-UBND"),
        ("Số 03-CT/QU", "03-CT/QU"),
        ("Số: 1151-CV/QU", "1151-CV/QU"),
        ("Số: 01-CTr/BDVQU-UBND", "01-CTr/BDVQU-UBND"),
        ("Số: 4 /QĐÐ-UBND", "4/QĐ-UBND"),
        ("Số: 157/QĐ-NĐ-UB", "157/QĐ-NĐ-UB"),
        ("ề Số: 125/BC-UBND.", "125/BC-UBND"),  // a speck of noise before the marker
        ("số: 47 /rB-UBND", "47/TB-UBND"),  // type codes one OCR slip off a known one
        ("Số: 12/Qb-UBND", "12/QĐ-UBND"),
        ("Số: 574/UBND-KTTH", "574/UBND-KTTH"),  // a công văn's issuer code is left alone
        ("Số: 163/NV", "163/NV"),
        ("Số: 391/UBND-vP", "391/UBND-VP"),  // a capital's small form read for it
        ("Số: 12/UBND-Vp", "12/UBND-VP"),
    ])
    func canonical(line: String, expected: String) {
        #expect(Self.number(line).number?.text == expected)
    }

    @Test func aBodyLineBrokenAfterATypeWordIsNotTheNumberLine() {
        // The noise scan of bc-cchc: the header line starts with a speck, and a citation broken
        // after "Nghị định" starts a body line with "số".
        let text = HeaderFixtures.text(
            """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HUYỆN CẨM XUYÊN Độc lập - Tự do - Hạnh phúc
            ề Số: 125/BC-UBND. Cẩm Xuyên, ngày 18 tháng 3 năm 2024
            BÁO CÁO
            Kết quả công tác cải cách hành chính quý I năm 2024
            theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ và Nghị định
            số 107/2021/NĐ-CP ngày 6/12/2021 của Chính phủ sửa đổi, bổ sung một số điều
            """
        )
        let h = HeaderExtractor().extract(from: text)
        #expect(h.number == "125/BC-UBND")
        #expect(h.date == "2024-03-18")
        // Without a punctuated header line, a "số" line still serves.
        #expect(Self.number("Số 03-CT/QU").number == "03-CT/QU")
        #expect(Self.number("ề Số 125/BC-UBND").number == nil)
    }

    @Test(arguments: [("Số: 6O/KH-UBND", "60/KH-UBND", "6O"), ("Số: l2/BC-UBND", "12/BC-UBND", "l2")])
    func unambiguousDigitConfusionsAreRepairedAndSaid(line: String, expected: String, raw: String) {
        let h = Self.number(line)
        #expect(h.number?.text == expected)
        #expect(h.warnings.contains { $0.contains("\"\(raw)\"") })
        #expect((h.evidence?.number?.confidence ?? 1) < 0.8)
    }

    @Test(arguments: ["Số:ổ0 /BC-UBND", "Số: $4/UBND-KTTH", "Số: 4† /QĐ-UBND", "Số:   /BC-UBND", "Số: 0 /BC-UBND"])
    func unreadableDigitsGiveNilAndThePrintedPart(line: String) {
        let h = Self.number(line)
        #expect(h.number == nil)
        #expect(h.warnings.contains { $0.contains("number digits unreadable") })
        #expect(h.evidence?.number?.readings?.first?.value?.hasPrefix("…/") == true)
    }

    @Test(arguments: [
        ("Số:ổ0 /BC-UBND", "280 BC.signed_20250219_164611.pdf", "280/BC-UBND"),
        ("Số: 0 /TTr-UBND", "09 TTR.signed_20250219_012025.pdf", "09/TTr-UBND"),
        ("Số: 4† /QĐÐ-UBND", "archive/47 QĐ UB.signed (1)_20250510_124908.pdf", "47/QĐ-UBND"),
        ("Số: Ø2 /CT-UBND", "01CT_20250509_154257.pdf", "01/CT-UBND"),
        ("Số: $4/UBND-KTTH", "574 UB.signed_20250510_124908.pdf", "574/UBND-KTTH"),
    ])
    func fileNameFillsUnreadableDigits(line: String, path: String, expected: String) {
        let h = Self.number(line, path: path)
        #expect(h.number?.text == expected)
        #expect(h.evidence?.number?.from == .fileName)
        #expect(h.warnings.contains { $0.contains("taken from the file name") })
    }

    @Test(arguments: [
        ("Số:ổ0 /BC-UBND", "280 TTR.signed.pdf"),  // type code disagrees
        ("Số:ổ0 /BC-UBND", "bnt - BTTTT - Gop y.pdf"),  // no number in the name
        ("Số:ổ0 /BC-UBND", "20250219_164611.pdf"),  // a date stamp, not a number
        ("Số: $4/UBND-KTTH", "574 SGD.pdf"),  // issuer code disagrees
    ])
    func fileNameThatDisagreesIsIgnored(line: String, path: String) {
        let h = Self.number(line, path: path)
        #expect(h.number == nil)
    }

    @Test func fileNameIsOffWhenAsked() {
        let text = HeaderFixtures.text("Số:ổ0 /BC-UBND\nBÁO CÁO\nVề việc thử", path: "280 BC.pdf")
        #expect(HeaderExtractor(options: .init(numberFromFileName: false)).extract(from: text).number == nil)
    }

    @Test func agreeingFileNameRaisesConfidence() {
        let h = Self.number("Số: 280/BC-UBND", path: "280 BC.signed.pdf")
        #expect(h.number == "280/BC-UBND")
        #expect(h.evidence?.number?.from == .printed)
        #expect((h.evidence?.number?.confidence ?? 0) > 0.9)
    }

    @Test func noNumberLineIsWarned() {
        let h = HeaderExtractor().extract(from: HeaderFixtures.text("KẾ HOẠCH\nVề việc thử\nCăn cứ Luật"))
        #expect(h.number == nil)
        #expect(h.warnings.contains { $0.contains("number line") })
    }

    @Test func aSởLineIsNotANumberLine() {
        let h = HeaderExtractor().extract(from: HeaderFixtures.text("Sở Tài chính/Kho bạc\nKẾ HOẠCH\nVề việc thử"))
        #expect(h.number == nil)
    }
}

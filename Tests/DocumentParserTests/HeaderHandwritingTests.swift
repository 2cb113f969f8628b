import Testing

@testable import DocumentParser

/// Handwritten digits, as the OCR stage's reader gives them, weighed against the printed text, the
/// file name and the signing time.
@Suite struct HeaderHandwritingTests {
    static let signedBox = "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nCơ quan: Tỉnh Quảng Ngãi\nThời gian ký: 17.01.2025 10:44:25 +07:00"

    /// A header whose number and day lines read as `numberLine` and `dateLine`, with readings.
    static func header(
        _ numberLine: String = "Số: 4† /QĐ-UBND",
        _ dateLine: String = "Quảng Ngãi, ngày ẨT. tháng 01 năm 2025",
        readings: [HandwrittenReading],
        path: String = "scan.pdf",
        signature: String? = signedBox
    ) -> DocumentHeader {
        var text = HeaderFixtures.text("\(numberLine) \(dateLine)\nQUYẾT ĐỊNH\nVề việc thử", path: path, signature: signature)
        text.pages[0].handwriting = readings
        return HeaderExtractor().extract(from: text)
    }

    static func number(_ digits: String, _ confidence: Double, _ method: HandwrittenReading.Method = .classifier) -> HandwrittenReading {
        HandwrittenReading(
            field: .number,
            digits: digits,
            confidence: confidence,
            method: method,
            box: PageBox(x: 555, y: 500, width: 72, height: 51)
        )
    }

    static func day(_ digits: String, _ confidence: Double, _ method: HandwrittenReading.Method = .classifier) -> HandwrittenReading {
        HandwrittenReading(field: .day, digits: digits, confidence: confidence, method: method, box: PageBox(x: 1657, y: 485, width: 76, height: 53))
    }

    @Test func aConfidentHandwrittenNumberFillsUnreadableDigits() {
        let h = Self.header(readings: [Self.number("47", 0.93), Self.number("41", 0.04)])
        #expect(h.number == "47/QĐ-UBND")
        #expect(h.evidence?.number?.from == .handwritten)
        #expect((h.evidence?.number?.confidence ?? 0) >= 0.9)
        // Every reading is listed, the printed part first, with the ink's box.
        let values = h.evidence?.number?.readings?.map(\.value) ?? []
        #expect(values == ["…/QĐ-UBND", "47/QĐ-UBND", "41/QĐ-UBND"])
        #expect(h.evidence?.number?.readings?[1].box?.array == [555, 500, 72, 51])
        #expect(!h.warnings.contains { $0.contains("number") })
    }

    @Test(arguments: ["Số: Z/&” /QĐ-UBND", "Số: /  /QĐ-UBND", "Số: ` /“QĐ-UBND", "Số: ƒ@*/  /QĐ-UBND"])
    func handwritingReadAsSlashesAndQuotesLeavesTheNumberLine(line: String) {
        // Handwriting OCR read as slashes of its own, or a quote mark run onto the code: the
        // code follows the first slash a code follows, and the hand's reading gives the digits.
        let h = Self.header(line, readings: [Self.number("775", 0.92)])
        #expect(h.number == "775/QĐ-UBND")
        #expect(!h.warnings.contains { $0.contains("number line") })
    }

    @Test(arguments: ["Số: 1/Ấˆ /QĐ-UBND", "Số: Ấ⁄/Ở. /QĐ-UBND", "Số: 6/74 /QĐ-UBND", "Số: /2OI /QĐ-UBND", "Số  /Ô_ /QĐ-UBND"])
    func handwritingReadAsCodeBeforeTheCodeIsNotTheCode(line: String) {
        // A phone photo's handwriting read as a slash and a capital, or a slash and digits.
        let h = Self.header(line, readings: [Self.number("674", 0.92)])
        #expect(h.number == "674/QĐ-UBND")
    }

    @Test func aYearAfterTheSlashIsTheCodesOwn() {
        #expect(!NumberLineParser.startsWithHandwriting("2023/NĐ-CP"))
        #expect(NumberLineParser.startsWithHandwriting("74/UBND-VP"))
        #expect(!NumberLineParser.startsWithHandwriting("QĐ-UBND"))
        let h = Self.header("Số: 59/2023/NĐ-CP", readings: [])
        #expect(h.number == "59/2023/NĐ-CP")
    }

    @Test func aMarkerWhoseHatWasReadAsATildeIsTheMarker() {
        let h = Self.header("Sẽ: ⁄“#` /QĐ-UBND", readings: [Self.number("352", 0.92)])
        #expect(h.number == "352/QĐ-UBND")
        // A word that merely starts so is not.
        #expect(NumberLineParser.markerEnd(in: TextLine("Sẽn 12/QĐ-UBND", page: 1)) == nil)
    }

    @Test(arguments: [
        "Số: 47 uBND-vP", "số: (3 ;uBND-VP", "số #©\\_ /upND-vp", "số |Â  /uBND-vVP", "Số: 4đ. UBND-vP", "Số: 5Â BND-vP",
        "Số: đ?' mpBND-VP", "Số: SA 0uBND-vP", "Số: ?Ở7 U5ND-VP", "Số: #ị © 2 ÄÃÖBND-VP", "số: Ï »/ Ô øuBND-vp",
    ])
    func aCodeGarbledByHandwritingIsRestoredAndChecked(line: String) {
        // A phone photo's handwriting run onto the code: the slash lost or read as another mark,
        // the capitals read small or one letter off. The code is restored from the known codes
        // and the number comes with a notice naming what OCR printed, a tenth less sure.
        let h = Self.header(line, readings: [Self.number("49", 0.92)])
        #expect(h.number == "49/UBND-VP")
        #expect(h.notices.contains { $0.code == .numberCodeRestored })
        #expect(!h.notices.contains { $0.code == .numberLineMissing })
        #expect((h.evidence?.number?.confidence ?? 1) < 0.9)
    }

    @Test func aCodeHoldingLettersNoCodeHoldsIsChecked() {
        // A benchmark page: the handwritten "17" over the blank read "/ỦÍŸ_", taken for the code
        // before the printed "/UBND-VP"; the reader's "1" at 0.85 would pass unwarned.
        let h = Self.header("Số: /ỦÍŸ_ /UBND-VP", readings: [Self.number("1", 0.85)])
        #expect(h.notices.contains { $0.code == .numberCodeUnknown && $0.vietnamese.contains("không phải ký hiệu") })
        #expect((h.evidence?.number?.confidence ?? 1) < 0.8)
        // A printed code of code letters ("QĐ", "TTr", "ĐHTĐ") is not so noted.
        for line in ["Số: 12/QĐ-UBND", "Số: 12/TTr-ĐHTĐ"] {
            #expect(!Self.header(line, readings: []).notices.contains { $0.code == .numberCodeUnknown })
        }
    }

    @Test(arguments: ["Số: 12 lượng-cán bộ", "Số: pND-vP", "Số: 22 Ô pNpD-vp"])
    func aCodeThatCannotBeRestoredLeavesNoNumber(line: String) {
        // A line of words is no code; "PND" and "NPD" are two edits from any code: no guess.
        let h = Self.header(line, readings: [Self.number("49", 0.92)])
        #expect(h.number == nil)
        #expect(h.notices.contains { $0.code == .numberLineMissing })
    }

    /// A header whose organ column reads `organ` (over "TỈNH QUẢNG NGÃI") and whose number row reads `row`.
    static func organHeader(_ organ: String, _ row: String, readings: [HandwrittenReading]) -> DocumentHeader {
        var text = HeaderFixtures.text(
            "\(organ) CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc\n\(row)\nKẾ HOẠCH\nVề việc thử",
            path: "scan.pdf",
            signature: signedBox
        )
        text.pages[0].handwriting = readings
        return HeaderExtractor().extract(from: text)
    }

    @Test(arguments: [
        "Số: 6 øöpụD-vp Quảng Ngãi, ngày `] tháng 07 năm 2024", "số: ÝfÌ_ mpND-vP Quảng Ngãi, ngày /“⁄ tháng 06 năm 2024",
        "Số: 2Ì pND-vp Quảng Ngãi, ngày “tháng 12 năm 2024", "Số: 22 Ô pNpD-vp Quảng Ngãi, ngày \\% tháng Ó năm 2024",
        "Số: 8Ô upụD-vp Quảng Ngãi, ngày 2 tháng ` năm 2024", "số”. ## pND-vP Quảng Ngãi, ngày “= tháng 08 năm 2024",
    ])
    func aCodeGarbledPastOneSlipIsReadAgainstTheIssuersInitials(row: String) {
        // Benchmark phone photos and broken pens: the pen ran over the "/UB" of "/UBND-VP". The
        // organ column says "ỦY BAN NHÂN DÂN", whose code is "UBND": the part ending on its "D"
        // with another of its letters before is taken for it, checked.
        let h = Self.organHeader("ỦY BAN NHÂN DÂN", row, readings: [Self.number("49", 0.92)])
        #expect(h.number == "49/UBND-VP")
        #expect(h.notices.contains { $0.code == .numberCodeRestored })
        #expect((h.evidence?.number?.confidence ?? 1) < 0.9)
        // Under another organ the same ink is no code: no number, rather than a guess.
        let other = Self.organHeader("SỞ NỘI VỤ", row, readings: [Self.number("49", 0.92)])
        #expect(other.number == nil)
        #expect(other.notices.contains { $0.code == .numberLineMissing })
    }

    @Test(arguments: [
        ("Số 4/Z/_ /UBND-VP", "411"), ("Số: / Z3 /UBND-VP", "103"), ("Số: -Ÿ  /UBND-VP", "3"), ("số: ÀAØÑ# £ /UBND-VvP", "2045"),
    ])
    func handwritingReadAsACodesLettersIsNotTheCode(line: String, digits: String) {
        // Benchmark pages: the pen's ink read as a one-letter code ("/Z"), a letter and a digit
        // ("Z3"), a party type ("-Ÿ"), or a doubled "V" in the printed code ("VvP").
        let h = Self.header(line, readings: [Self.number(digits, 0.7)])
        #expect(h.number?.description == "\(digits)/UBND-VP")
    }

    @Test(arguments: [
        ("Số 03-CT/TU", "03-CT/TU"), ("Số 45-QĐ/TW", "45-QĐ/TW"), ("Số 12-NQ/TU", "12-NQ/TU"), ("Số 12-ct/TU", "12-ct/TU"),
        ("Số: 12/CTr-UBND", "12/CTr-UBND"), ("Số: 12/L-UBND", "12/L-UBND"),
    ])
    func partyNumbersAndShortCodePartsStillReadAsPrinted(line: String, number: String) {
        #expect(Self.header(line, readings: []).number?.description == number)
    }

    @Test func aReaderThatSawMoreOfTheDayThanOCRDisagrees() {
        // A benchmark page: the day "13" written touching, OCR read the "3" as print and lost the
        // "1"; the reader, which took the ink for print, read "13". The printed "3" is no longer
        // sure, and the page says why.
        func header(_ digits: String) -> DocumentHeader {
            let day = HandwrittenReading(field: .day, digits: digits, confidence: 0.17, method: .classifier, looksHandwritten: false)
            return Self.header("Số: 12/UBND-VP", "Đà Lạt, ngày 3 tháng 03 năm 2024", readings: [day])
        }
        let h = header("13")
        #expect(h.date == "2024-03-03")
        #expect((h.evidence?.date?.confidence ?? 1) < 0.9)
        #expect(h.notices.contains { $0.code == .dateReadingsDisagree })
        #expect(h.evidence?.date?.readings?.contains { $0.value == "2024-03-13" && $0.from == .handwritten } ?? false)
        // A reading that agrees, or one of no more digits, leaves the printed day sure.
        for digits in ["3", "03", "8"] {
            let same = header(digits)
            #expect(same.date == "2024-03-03")
            #expect(same.evidence?.date?.confidence == 0.9)
            #expect(!same.notices.contains { $0.code == .dateReadingsDisagree })
        }
    }

    @Test func anIssuersInitialsAreItsCode() {
        // The place ("TỈNH QUẢNG NGÃI", or the same line's end) is no part of the code.
        #expect(IssuerCodes.implied(by: ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"]) == ["UBND"])
        #expect(IssuerCodes.implied(by: ["ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"]) == ["UBND"])
        #expect(IssuerCodes.implied(by: ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"]) == ["SGDĐT"])
        #expect(IssuerCodes.implied(by: ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]) == ["SLĐTBXH"])
        #expect(IssuerCodes.implied(by: ["TRƯỜNG ĐẠI HỌC CẦN THƠ"]) == ["ĐHCT"])
        #expect(IssuerCodes.implied(by: ["HỘI ĐỒNG NHÂN DÂN", "HUYỆN BA TƠ"]) == ["HĐND"])
        // Two words make no code to restore to ("TỈNH ỦY" is a known code already).
        #expect(IssuerCodes.implied(by: ["TỈNH ỦY"]).isEmpty)
        // The part must end on the code's last letter and share another before it.
        #expect(CodeRepair.issuerCode(for: "pND", among: ["UBND"]) == "UBND")
        #expect(CodeRepair.issuerCode(for: "øöpụD", among: ["UBND"]) == "UBND")
        #expect(CodeRepair.issuerCode(for: "pụp", among: ["UBND"]) == nil)
        #expect(CodeRepair.issuerCode(for: "xD", among: ["UBND"]) == nil)
        #expect(CodeRepair.issuerCode(for: "tỳnn", among: ["UBND"]) == nil)
        #expect(CodeRepair.issuerCode(for: "xT", among: ["SGDĐT"]) == nil)  // too short for five letters
        #expect(CodeRepair.issuerCode(for: "ahbcdND", among: ["UBND"]) == nil)
        // Two codes that fit: neither.
        #expect(CodeRepair.issuerCode(for: "pND", among: ["UBND", "HĐND"]) == nil)
    }

    @Test func aMarkerWithThePensDigitBesideItOpensTheNumberRow() {
        // "Số" read "3S": the pen's stroke as a digit before the "S", the colon kept.
        let h = Self.organHeader("ỦY BAN NHÂN DÂN", "3S: : /UBND-VP Quảng Ngãi, ngày tháng 08 năm 2024", readings: [Self.number("790", 0.92)])
        #expect(h.number == "790/UBND-VP")
    }

    @Test func aCodeIsRestoredOnlyToOneKnownCode() {
        #expect(CodeRepair.restoredPart("upND", first: true) == "UBND")
        #expect(CodeRepair.restoredPart("vVP", first: false) == "VP")
        #expect(CodeRepair.restoredPart("vp", first: false) == "VP")
        #expect(CodeRepair.restoredPart("vp", first: true) == nil)
        // "BND" is one letter from "UBND", "BNV" and "BNG": the pen runs onto a code's start,
        // so the code that lost its first letter is taken; not for a later part.
        #expect(CodeRepair.restoredPart("BND", first: true) == "UBND")
        #expect(CodeRepair.restoredPart("BND", first: false) == nil)
        // Leading small letters or marks no code has are the pen's ink; a digit inside, a letter.
        #expect(CodeRepair.restoredPart("mpBND", first: true) == "UBND")
        #expect(CodeRepair.restoredPart("ÄÃÖBND", first: true) == "UBND")
        #expect(CodeRepair.restoredPart("U5ND", first: true) == "UBND")
        #expect(CodeRepair.restoredPart("mpBND", first: false) == nil)
        // Leading ink left out, the rest must be a code as it stands: no second slip.
        #expect(CodeRepair.restoredPart("tỳnn", first: true) == nil)
        #expect(OCRVariants.editDistanceAtMostOne(Array("UBND"), Array("UPND")))
        #expect(OCRVariants.editDistanceAtMostOne(Array("UBND"), Array("BND")))
        #expect(!OCRVariants.editDistanceAtMostOne(Array("UBND"), Array("PND")))
    }

    @Test(arguments: ["sø. 43 /UBND-VP", "sốẽ f7 /UBND-VP", "s: 8Ø /UBND-VP", "VN: /UBND-VP", "sø. Ế “ “?2UBND-VvP"])
    func aMarkerThePenWroteOverStillOpensTheNumberRow(line: String) {
        // The "Số:" the handwriting was written across, read as another short word: the row
        // still holds a known code and, straight after it, the place and date.
        let h = Self.header(line, readings: [Self.number("49", 0.92)])
        #expect(h.number == "49/UBND-VP")
        #expect(!h.notices.contains { $0.code == .numberLineMissing })
    }

    @Test func aShortWordBeforeACitedNumberOpensNoNumberRow() {
        #expect(HeaderLayout.opensNumberRow(TextLine("sø. 43 /UBND-VP Quảng Ngãi, ngày 17 tháng 11 năm 2024", page: 1)))
        // No place with its comma between the code and "ngày": a cited number and its date.
        #expect(!HeaderLayout.opensNumberRow(TextLine("Về 12/QĐ-UBND ngày 3 tháng 1 năm 2024 của", page: 1)))
        // "V/v" opens the subject; a code that is no known code is no number row.
        #expect(!HeaderLayout.opensNumberRow(TextLine("V/v 12/QĐ-UBND Quảng Ngãi, ngày 3 tháng 1 năm 2024", page: 1)))
        #expect(!HeaderLayout.opensNumberRow(TextLine("Về 12/XYZW-AB Quảng Ngãi, ngày 17 tháng 11 năm 2024", page: 1)))
        // A word of four letters or more is a word, not the marker; nor is OCR's "W/v".
        #expect(!HeaderLayout.opensNumberRow(TextLine("W/v 12/QĐ-UBND Quảng Ngãi, ngày 3 tháng 1 năm 2024", page: 1)))
        // The place must follow the code straight away: words between make it a sentence.
        #expect(!HeaderLayout.opensNumberRow(TextLine("Về 12/QĐ-UBND của UBND tỉnh Quảng Ngãi, ngày 3 tháng 1 năm 2024", page: 1)))
        #expect(!HeaderLayout.opensNumberRow(TextLine("Theo 12/QĐ-UBND Quảng Ngãi, ngày 17 tháng 11 năm 2024", page: 1)))
        let h = Self.header("V/v 12/QĐ-UBND", readings: [])
        #expect(h.number == nil)
        #expect(h.notices.contains { $0.code == .numberLineMissing })
    }

    @Test func aSlashWithNoCodeAfterItIsNoNumberLine() {
        let h = Self.header("Số: 12/ ghi / nhận", readings: [Self.number("12", 0.92)])
        #expect(h.number == nil)
    }

    @Test func anUnsureHandwrittenNumberIsKeptWithAWarning() {
        let h = Self.header(readings: [Self.number("47", 0.41), Self.number("41", 0.30)])
        #expect(h.number == "47/QĐ-UBND")
        #expect((h.evidence?.number?.confidence ?? 1) < 0.8)
        #expect(h.warnings.contains { $0.contains("written by hand") && $0.contains("check 47/QĐ-UBND") })
    }

    @Test func ocrThatReadHandwritingAsOtherDigitsIsOverruledAndSaid() {
        // tesseract reads the handwritten "22" as a plausible "83"; the day beside it is unreadable.
        let h = Self.header("Số: 83 /TTr-UBND", "Quảng Ngãi, ngày 0B tháng 01 năm 2025", readings: [Self.number("22", 0.88)])
        #expect(h.number == "22/TTr-UBND")
        #expect(h.warnings.contains { $0.contains("\"22\" by the handwriting reader, \"83\" by OCR") })
    }

    @Test func theDigitOCRAgreeingRaisesConfidence() {
        let alone = Self.header(readings: [Self.number("47", 0.6)])
        let agreed = Self.header(readings: [Self.number("47", 0.6), Self.number("47", 0.7, .ocrDigits)])
        #expect((agreed.evidence?.number?.confidence ?? 0) > (alone.evidence?.number?.confidence ?? 1))
    }

    @Test func aFileNameThatDisagreesIsWeighedNotObeyed() {
        // A clerk's file name can carry a wrong digit: against a fair reading of the ink it loses,
        // and the warning names it...
        let read = Self.header(readings: [Self.number("41", 0.7)], path: "47 QĐ UB.signed (1)_20250510_124908.pdf")
        #expect(read.number == "41/QĐ-UBND")
        #expect(read.evidence?.number?.from == .handwritten)
        #expect(read.warnings.contains { $0.contains("file name \"47 QĐ UB.signed (1)_20250510_124908.pdf\"") && $0.contains("check it") })
        // ...against a reader that barely read anything, it wins, with a warning.
        let h = Self.header(readings: [Self.number("41", 0.2)], path: "47 QĐ UB.signed (1)_20250510_124908.pdf")
        #expect(h.number == "47/QĐ-UBND")
        #expect(h.evidence?.number?.from == .fileName)
        #expect(h.warnings.contains { $0.contains("\"41\" disagree with the file name") })
    }

    @Test func aFileNameThatAgreesMakesTheHandwritingSure() {
        let h = Self.header(readings: [Self.number("47", 0.5)], path: "47 QĐ UB.signed.pdf")
        #expect(h.number == "47/QĐ-UBND")
        #expect(h.evidence?.number?.from == .handwritten)
        #expect((h.evidence?.number?.confidence ?? 0) >= 0.9)
    }

    @Test func aPrintedNumberStandsAgainstAHandwritingMisreading() {
        // Typed digits (not taller than the printed ones) read cleanly: the reader only checks them.
        let typed = HandwrittenReading(field: .number, digits: "68", confidence: 0.7, method: .classifier, looksHandwritten: false)
        let h = Self.header("Số: 63/KH-THNH", "Quận 6, ngày 29 tháng 02 năm 2024", readings: [typed], signature: nil)
        #expect(h.number == "63/KH-THNH")
        #expect(h.evidence?.number?.from == .printed)
        #expect(h.warnings.contains { $0.contains("\"63\" by OCR and \"68\" by the handwriting reader") })
    }

    @Test func cleanPrintedDigitsStandAgainstAReaderThatBarelyReadAnything() {
        // The phone photo of cv-snv: "366/SNV-CCVC" printed; the reader took the "S" for a tall
        // "5" (so the ink "looks handwritten") and read "3665" with confidence 0.005.
        let misread = HandwrittenReading(field: .number, digits: "3665", confidence: 0.005, method: .classifier, looksHandwritten: true)
        let h = Self.header("Số: 366/SNV-CCVC", "Phú Yên, ngày 09 tháng 3 năm 2024", readings: [misread], signature: nil)
        #expect(h.number == "366/SNV-CCVC")
        #expect(h.evidence?.number?.from == .printed)
        #expect(h.warnings.contains { $0.contains("\"366\" by OCR and \"3665\" by the handwriting reader") })
        // A reader that did read something still wins over OCR's clean-looking digits.
        let read = HandwrittenReading(field: .number, digits: "365", confidence: 0.45, method: .classifier, looksHandwritten: true)
        #expect(Self.header("Số: 366/SNV-CCVC", "Phú Yên, ngày 09 tháng 3 năm 2024", readings: [read], signature: nil).number == "365/SNV-CCVC")
    }

    @Test func aHandwrittenDayInsideTheSigningWindowIsTaken() {
        let h = Self.header(readings: [Self.day("17", 0.8), Self.day("11", 0.1)])
        #expect(h.date == "2025-01-17")
        #expect(h.evidence?.date?.from == .handwritten)
        #expect((h.evidence?.date?.confidence ?? 0) >= 0.85)
        #expect(h.evidence?.date?.readings?.contains { $0.from == .signatureTime && $0.value == "2025-01-17" } == true)
    }

    @Test func theSigningTimeRulesOutADayAfterItAndTheNextReadingIsTaken() {
        // "17" misread as "27": after the signing on the 17th, impossible; "17" is the next reading.
        let h = Self.header(readings: [Self.day("27", 0.6), Self.day("17", 0.3)])
        #expect(h.date == "2025-01-17")
        #expect((h.evidence?.date?.confidence ?? 1) <= 0.5)
        #expect(h.warnings.contains { $0.contains("rules out") && $0.contains("2025-01-27") })
    }

    @Test func noFittingReadingFallsBackToTheSigningDayMarked() {
        let h = Self.header(readings: [Self.day("27", 0.6), Self.day("28", 0.3)])
        #expect(h.date == "2025-01-17")
        #expect(h.evidence?.date?.from == .signatureTime)
        #expect(h.evidence?.date?.readings?.contains { $0.from == .handwritten && $0.value == "2025-01-27" } == true)
    }

    @Test func withoutASignatureTheReaderIsTakenAsItIs() {
        let h = Self.header(readings: [Self.day("05", 0.95)], signature: nil)
        #expect(h.date == "2025-01-05")
        #expect(h.evidence?.date?.from == .handwritten)
    }

    @Test func aDayThatDoesNotExistIsNotTaken() {
        let h = Self.header(
            "Số: 12/TB-UBND",
            "Hà Nội, ngày ẨT. tháng 02 năm 2025",
            readings: [Self.day("30", 0.9), Self.day("20", 0.05)],
            signature: nil
        )
        #expect(h.date == "2025-02-20")
    }

    @Test func aPrintedPageWithoutHandwritingIsUnchanged() {
        let h = Self.header("Số: 63/KH-THNH", "Quận 6, ngày 29 tháng 02 năm 2024", readings: [], signature: nil)
        #expect(h.number == "63/KH-THNH")
        #expect(h.date == "2024-02-29")
        #expect(h.evidence?.number?.from == .printed)
        #expect(h.evidence?.date?.from == .printed)
    }
}

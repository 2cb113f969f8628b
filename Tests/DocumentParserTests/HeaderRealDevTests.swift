import Testing

@testable import DocumentParser

/// The eight real scans (tesseract OCR text in Fixtures/realdev-ocr), with the clerk's file names as
/// paths. Expected values are the hand-checked truth of shared/real-dev/dNN.json, except where the
/// OCR text cannot hold it (a handwritten day: the date stays nil with a warning).
@Suite struct HeaderRealDevTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var number: String
        var numberFrom: EvidenceSource
        var type: String
        var date: String?
        var subjectPrefix: String
        var signer: String?
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        .init(
            id: "d01",
            number: "01/CT-UBND",
            numberFrom: .fileName,
            type: "Chỉ thị",
            date: nil,
            subjectPrefix: "Triển khai sử dụng hóa đơn điện tử trên địa bàn tỉnh Quảng Ngãi",
            signer: "Đặng Văn Minh"
        ),
        .init(
            id: "d02",
            number: "09/TTr-UBND",
            numberFrom: .fileName,
            type: "Tờ trình",
            date: nil,
            subjectPrefix: "Ban hành Nghị quyết bãi bỏ các Nghị quyết: Số 39/2011/NQ-HĐND",
            signer: "Trần Hoàng Tuấn"
        ),
        .init(
            id: "d03",
            number: "22/TTr-UBND",
            numberFrom: .fileName,
            type: "Tờ trình",
            date: nil,
            subjectPrefix: "Đề nghị giao dự toán năm 2025 cho Sở Dân tộc - Tôn giáo tỉnh (sau khi",
            signer: "Nguyễn Hoàng Giang"
        ),
        .init(
            id: "d04",
            number: "280/BC-UBND",
            numberFrom: .fileName,
            type: "Báo cáo",
            date: nil,
            subjectPrefix: "Điều chỉnh dự toán ngân sách của một số đơn vị dự toán năm 2024",
            signer: nil
        ),
        .init(
            id: "d05",
            number: "574/UBND-KTTH",
            numberFrom: .fileName,
            type: "Công văn",
            date: nil,
            subjectPrefix: "Đăng ký bổ sung nội dung trình HĐND tỉnh tại kỳ họp thứ 31",
            signer: nil
        ),
        .init(
            id: "d06",
            number: "507/UBND-KGVX",
            numberFrom: .printed,
            type: "Công văn",
            date: "2025-01-24",
            subjectPrefix: "Góp ý dự thảo Quyết định sửa",
            signer: nil
        ),
        .init(
            id: "d07",
            number: "47/QĐ-UBND",
            numberFrom: .fileName,
            type: "Quyết định",
            date: nil,
            subjectPrefix: "Kinh phí thực hiện hỗ trợ quà Tết cho hộ nghèo, cận nghèo",
            signer: "Nguyễn Hoàng Giang"
        ),
        .init(
            id: "d08",
            number: "88/QĐ-UBND",
            numberFrom: .fileName,
            type: "Quyết định",
            date: nil,
            subjectPrefix: "Øiao đất (đợt 1) cho Ban Quản lý dự án",
            signer: "Trần Phước Hiên"
        ),
    ]

    @Test(arguments: cases)
    func header(_ c: Case) throws {
        let h = HeaderExtractor(options: .init(dateFromSignatureTime: false)).extract(from: try HeaderFixtures.realDev(c.id))
        #expect(h.number?.text == c.number)
        #expect(h.evidence?.number?.from == c.numberFrom)
        #expect(h.type == c.type)
        #expect(h.date == c.date)
        #expect(h.place == "Quảng Ngãi")
        #expect(h.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(h.parentIssuer == nil)
        #expect(h.subject?.hasPrefix(c.subjectPrefix) == true, "subject: \(h.subject ?? "nil")")
        #expect(h.signer?.name == c.signer)
        #expect(h.marks.isEmpty)
        // The contract wants a value in every reading (null is not encoded by the model).
        #expect(h.evidence?.number?.readings?.allSatisfy { $0.value != nil } ?? true)
        #expect(h.evidence?.date?.readings?.allSatisfy { $0.value != nil } ?? true)
        if c.date == nil {
            #expect(h.warnings.contains { $0.hasPrefix("issue date unreadable") })
        }
    }

    /// Without the clerk's file name the handwritten digits stay unknown: never a guessed digit.
    @Test(arguments: ["d01", "d02", "d04", "d05", "d07", "d08"])
    func unreadableDigitsWithoutFileNameGiveNil(_ id: String) throws {
        let h = HeaderExtractor().extract(from: try HeaderFixtures.realDev(id, path: "\(id).pdf"))
        #expect(h.number == nil)
        #expect(h.warnings.contains { $0.contains("number digits unreadable") && $0.contains("printed part …/") })
        #expect(h.evidence?.number?.readings?.first?.value?.hasPrefix("…/") == true)
    }

    /// d03's handwritten "22" is read as "83": a clean-looking but wrong reading.
    @Test func disagreeingDigitsKeepBothReadings() throws {
        let h = HeaderExtractor().extract(from: try HeaderFixtures.realDev("d03"))
        let readings = h.evidence?.number?.readings ?? []
        #expect(readings.contains { $0.value == "83/TTr-UBND" && $0.from == .printed })
        #expect(readings.contains { $0.value == "22/TTr-UBND" && $0.from == .fileName })
        #expect(h.warnings.contains { $0.contains("disagree with the file name") })
        let alone = HeaderExtractor().extract(from: try HeaderFixtures.realDev("d03", path: "d03.pdf"))
        #expect(alone.number == "83/TTr-UBND")
        #expect((alone.evidence?.number?.confidence ?? 1) < 0.5)
        #expect(alone.warnings.contains { $0.contains("probably handwritten") })
    }

    /// d02 pages 4-5 hold the attached draft Nghị quyết (blank number, HĐND, signer Bùi Thị Quỳnh Vân).
    @Test func attachedDraftDoesNotOverrideHeader() throws {
        let h = HeaderExtractor().extract(from: try HeaderFixtures.realDev("d02"))
        #expect(h.type == "Tờ trình")
        #expect(h.signer?.name != "Bùi Thị Quỳnh Vân")
        #expect(!h.recipients.contains { $0.contains("UBTV Quốc hội") })
    }

    @Test func eSignatureFromPageText() throws {
        let h = HeaderExtractor().extract(from: try HeaderFixtures.realDev("d02"))
        #expect(h.eSignature?.signedBy == "Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(h.eSignature?.organ == "Tỉnh Quảng Ngãi")
        // The publication stamp (21.01.2025 09:27:35 +07:00) is not the signing time.
        #expect(h.eSignature?.time == "2025-01-21T08:54:03")
        #expect(h.evidence?.date?.readings?.contains { $0.from == .signatureTime && $0.value == "2025-01-21" } == true)
    }

    @Test func signatureDateFillsOnlyWhenAllowed() throws {
        let text = try HeaderFixtures.realDev("d07")
        #expect(HeaderExtractor(options: .init(dateFromSignatureTime: false)).extract(from: text).date == nil)
        let filled = HeaderExtractor(options: .init(dateFromSignatureTime: true)).extract(from: text)
        #expect(filled.date == "2025-01-17")
        #expect(filled.evidence?.date?.from == .signatureTime)
        #expect((filled.evidence?.date?.confidence ?? 1) < 0.5)
        #expect(filled.warnings.contains { $0.contains("e-signature time") })
    }

    @Test func recipientsDropTheSignerColumn() throws {
        let h = HeaderExtractor().extract(from: try HeaderFixtures.realDev("d04"))
        #expect(h.recipients.first == "Như trên")
        #expect(h.recipients.contains("Sở Tài chính"))
        #expect(h.signer?.title == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH")
    }
}

import Testing

@testable import DocumentParser

/// The seed plan: header lost (no quốc hiệu, no issuer column), markdown debris.
@Suite struct HeaderSeedTests {
    let header: DocumentHeader

    init() throws {
        header = HeaderExtractor().extract(from: try HeaderFixtures.seed())
    }

    @Test func number() { #expect(header.number == "63/KH-THNH") }
    @Test func type() { #expect(header.type == "Kế hoạch") }
    @Test func dateAndPlace() {
        #expect(header.date == "2024-02-29")
        #expect(header.place == "Quận 6")
    }
    @Test func subjectWithoutMarkdown() {
        #expect(header.subject == "Triển khai thực hiện công tác dân vận của chính quyền và quy chế dân chủ ở cơ sở năm 2024")
    }
    @Test func issuerInferredWithWarning() {
        #expect(header.issuer == "Trường Tiểu học Nguyễn Huệ")
        #expect(header.warnings.contains { $0.contains("inferred from the text") })
        #expect(header.warnings.contains { $0.contains("header lost") })
    }
    @Test func signerAndRecipients() {
        #expect(header.signer?.name == "Nguyễn Thanh Hải")
        #expect(header.recipients == ["Phòng GDĐT", "Lưu: VT"])
    }
    @Test func printedEvidence() {
        #expect(header.evidence?.number?.from == .printed)
        #expect(header.evidence?.date?.from == .printed)
        #expect(header.marks.isEmpty)
    }
}

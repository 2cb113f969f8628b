import DocumentParser
import Foundation
import OCR
import Testing

@testable import Pipeline

/// Issue 13, item 13: a UTF-16 text file with its byte-order mark (Notepad's "Unicode") was refused.
@Suite("Text files in UTF-16")
struct TextEncodingTests {
    static let body = "Công văn số 12/UBND-VX ngày 3 tháng 4 năm 2024\nVề việc thử nghiệm.\n"

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian, .utf8])
    func decodedWithItsByteOrderMark(encoding: String.Encoding) throws {
        let bom: [UInt8] =
            switch encoding {
            case .utf16LittleEndian: [0xFF, 0xFE]
            case .utf16BigEndian: [0xFE, 0xFF]
            default: [0xEF, 0xBB, 0xBF]
            }
        let data = Data(bom) + (Self.body.data(using: encoding) ?? Data())
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-utf16-\(UUID().uuidString).txt").path
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try InputFormat.sniff(path: path) == .text)
        let text = try DocumentLoader.readText(path: path, sha256: "").get()
        #expect(text.pages.first?.text.contains("Công văn số 12/UBND-VX") == true)
    }

    @Test func binaryIsStillRefused() {
        #expect(InputFormat.sniff(Data([0xFF, 0xFE, 0x00, 0x00, 0x01, 0x00])) == nil)
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebServer

/// Issue 13, item 13: upload failure reasons on the Vietnamese page were left in English.
@Suite("Upload reasons in Vietnamese")
struct UploadReasonTests {
    @Test(arguments: [
        ("the PDF is encrypted and needs a password", "mật khẩu"),
        ("the PDF is damaged and cannot be opened (bad xref)", "PDF bị hỏng"),
        ("the PDF holds an image of 40000x40000 pixels, more than the 120 megapixels a page may have (refused before decoding)", "40000×40000"),
        ("the image is 50000x50000 pixels, more than the 120 megapixels a page may have", "Ảnh quá lớn"),
        ("the JPEG file is truncated (no end-of-image marker)", "cắt cụt"),
        ("the file has 5000 pages, more than the limit of 2000 (--max-pages)", "5000 trang, quá giới hạn 2000"),
        ("page 3: the PNG data is damaged and cannot be decoded", "Trang 3"),
        ("The archive is busy (another vanthu is writing); try again (x.sqlite)", "đang bận"),
    ])
    func translated(english: String, expected: String) {
        let vietnamese = UploadReason.vietnamese(english)
        #expect(vietnamese.contains(expected), "\(vietnamese)")
        #expect(!vietnamese.hasPrefix("the "))
    }
}

/// Issue 14, item 10: an uploaded Word file is refused with advice, in Vietnamese.
@Suite("Word uploads")
struct WordUploadTests {
    @Test func aDocxUploadSaysExportToPDF() async throws {
        let server = try TestServer()
        try await server.test { client in
            let docx = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) + Data("[Content_Types].xml word/document.xml".utf8)
            let (status, job) = try await server.upload(client, name: "công văn.docx", data: docx)
            #expect(status == .unsupportedMediaType)
            #expect(job.reason?.contains("Tệp Word") == true)
            #expect(job.reason?.contains("PDF") == true)
        }
    }
}

import Foundation
import Testing

@testable import OCR

@Suite("Formats are recognised by content, not by name")
struct InputFormatTests {
    @Test(arguments: [
        ("small-page.png", InputFormat.png),
        ("two-pages.pdf", .pdf),
        ("not-a-pdf.pdf", .text),
        ("make_fixtures.py", .text),
    ])
    func sniffs(name: String, format: InputFormat) throws {
        #expect(try InputFormat.sniff(path: Paths.fixture(name)) == format)
    }

    @Test func pdfHeaderMayFollowJunk() {
        var data = Data(repeating: 0x20, count: 100)
        data.append(Data("%PDF-1.4\n".utf8))
        #expect(InputFormat.sniff(data) == .pdf)
    }

    @Test func tiffBothByteOrders() {
        #expect(InputFormat.sniff(Data([0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0])) == .tiff)
        #expect(InputFormat.sniff(Data([0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8])) == .tiff)
    }

    @Test(arguments: ["scan.gt.txt", "d01.json", ".DS_Store", "notes.md"])
    func sidecarsAreIgnoredInFolders(name: String) {
        #expect(InputCollector.isIgnoredInFolders(name))
    }

    @Test(arguments: ["12 BC.signed.pdf", "scan.TIF", "cong-van.txt", "photo.jpeg"])
    func documentsAreNotIgnored(name: String) {
        #expect(!InputCollector.isIgnoredInFolders(name))
    }

    @Test func binaryGarbageIsRejected() {
        #expect(InputFormat.sniff(Data([0x00, 0x01, 0x02, 0xFE, 0x00])) == nil)
    }

    @Test func foldersAreWalkedRecursivelyAndSorted() throws {
        let (files, missing) = InputCollector.collect([Paths.fixture(""), "/no/such/folder"])
        #expect(files.contains(Paths.fixture("small-page.png")))
        #expect(!files.contains(Paths.fixture("make_fixtures.py")))
        #expect(files == files.sorted())
        #expect(missing.count == 1)
        #expect(missing.first?.code == .notFound)
    }
}

/// Issue 14, item 10: a Word file is named as such, with what to do, not as unknown magic bytes.
@Suite("Word files are refused with advice")
struct WordFileTests {
    static let docx = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) + Data("[Content_Types].xml....word/document.xml".utf8)

    @Test func aDocxIsAWordFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-\(UUID().uuidString).pdf").path
        try Self.docx.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try InputFormat.sniff(path: path)
            Issue.record("a .docx was accepted")
        } catch let error as OCRError {
            #expect(error.reason.contains("a Word file"))
            #expect(error.reason.contains("export it to PDF"))
        }
        #expect(InputFormat.refusedKind(Data([0x50, 0x4B, 0x03, 0x04]) + Data("data.csv".utf8))?.contains("ZIP") == true)
        #expect(InputFormat.refusedKind(Data("%PDF-1.7".utf8)) == nil)
    }
}

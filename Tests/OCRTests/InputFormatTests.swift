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

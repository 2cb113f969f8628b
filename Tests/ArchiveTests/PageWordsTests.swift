import ArchiveSynthetic
import Foundation
import Testing

@testable import Archive

@Suite("Page word boxes")
struct PageWordsTests {
    @Test("word boxes are stored per page and read back; unknown pages are ignored")
    func roundTrip() throws {
        let (archive, directory) = try Fixtures.archive()
        _ = directory
        let outcome = try archive.store(Fixtures.seedPlan().0, text: Fixtures.seedPlan().1)
        guard case .stored(let id, _, _, _) = outcome else {
            Issue.record("not stored")
            return
        }
        let first = PageWords(
            page: 1,
            width: 2480,
            height: 3508,
            rotation: 90,
            deskewAngle: -0.4,
            words: [
                .init(text: "Căn", x: 10, y: 20, width: 30, height: 40), .init(text: "\"cứ\"", x: 50, y: 20, width: 28, height: 40),
            ]
        )
        let ghost = PageWords(page: 7, width: 1, height: 1, words: [.init(text: "x", x: 0, y: 0, width: 1, height: 1)])
        try archive.storeWords(documentID: id, pages: [first, ghost])
        #expect(try archive.words(documentID: id) == [first])
        try archive.storeWords(documentID: id, pages: [PageWords(page: 1, width: 5, height: 5, words: [])])
        #expect(try archive.words(documentID: id).first?.width == 5, "a second store replaces the first")
        #expect(try archive.words(documentID: id + 1).isEmpty)
    }
}

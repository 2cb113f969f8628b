import ArchiveSynthetic
import DocumentParser
import Foundation
import GRDB
import Testing

@testable import Archive

/// A law cited by name is its number when the parser knows it: search, graph node, migration.
@Suite struct KnownLawTests {
    static func citing(_ name: String, path: String, number: String) -> (ParsedDocument, DocumentText) {
        let law = Citation(
            type: "Luật",
            number: nil,
            name: name,
            date: "2015-06-19",
            issuer: "Quốc hội",
            relation: .basis,
            text: "Căn cứ \(name) ngày 19 tháng 6 năm 2015;",
            page: 1,
            numberFromTable: true,
            knownNumber: "77/2015/QH13"
        )
        return Fixtures.document(
            path: path,
            number: number,
            type: "Quyết định",
            date: "2025-02-20",
            issuer: "Ủy ban nhân dân tỉnh Lâm Đồng",
            subject: "Công bố danh mục",
            pages: ["Căn cứ \(name) ngày 19 tháng 6 năm 2015;"],
            citations: [law]
        )
    }

    @Test func searchByTheLawsNumberFindsItsCitersAndTheGraphHasOneNode() throws {
        let (archive, _) = try Fixtures.archive()
        // Two OCR spellings of the same law's name.
        let a = try archive.store(
            Self.citing("Luật Tổ chức chính quyền địa phương", path: "a.txt", number: "349/QĐ-UBND").0,
            text: Self.citing("Luật Tổ chức chính quyền địa phương", path: "a.txt", number: "349/QĐ-UBND").1
        ).documentID
        let b = try archive.store(
            Self.citing("Luật Tổ chức chính quyên địa phuơng", path: "b.txt", number: "350/QĐ-UBND").0,
            text: Self.citing("Luật Tổ chức chính quyên địa phuơng", path: "b.txt", number: "350/QĐ-UBND").1
        ).documentID
        let page = try archive.search(SearchQuery("77/2015/QH13"))
        #expect(Set(page.results.filter { $0.kind == .cites }.map(\.id)) == [a, b])
        var json = ""
        try archive.exportGraph(GraphOptions(format: .json), to: &json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let ids = (object["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.filter { $0.hasPrefix("x:77/2015") }.count == 1)
        #expect(!ids.contains { $0.hasPrefix("n:") })
    }

    @Test func anOlderArchiveIsMigrated() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        do {
            let archive = try SQLiteArchive(path: path)
            let (doc, text) = Self.citing("Luật Tổ chức chính quyền địa phương", path: "a.txt", number: "349/QĐ-UBND")
            _ = try archive.store(doc, text: text)
            // As vanthu stored it before `v6-known-law-numbers`.
            try archive.pool.write { db in
                try db.execute(
                    sql: """
                        UPDATE citations SET number = NULL, number_key = NULL, number_head = NULL, number_year = NULL, number_code = NULL;
                        DELETE FROM grdb_migrations WHERE identifier = 'v6-known-law-numbers';
                        """
                )
            }
            #expect(try archive.search(SearchQuery("77/2015/QH13")).results.allSatisfy { $0.kind != .cites })
        }
        let archive = try SQLiteArchive(path: path)
        #expect(try archive.search(SearchQuery("77/2015/QH13")).results.contains { $0.kind == .cites })
    }
}

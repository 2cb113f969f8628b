import Foundation
import Testing

@testable import Archive

/// Issue 13, item 11: `graph -o FILE` that fails midway leaves the file as it was (the export is
/// written to a temporary beside it and renamed only when complete).
@Suite("Exports written whole or not at all")
struct FileTextOutputTests {
    static func leftovers(in directory: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.url.path).filter { $0.hasPrefix(".") }
    }

    @Test func aCompleteExportReplacesTheFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("graph.graphml")
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        var out = try FileTextOutput(path: path)
        out.write(String(repeating: "x", count: 200_000))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old", "nothing visible before close")
        try out.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8).count == 200_000)
        #expect(try Self.leftovers(in: directory).isEmpty)
    }

    @Test func aFailedExportLeavesTheFileAsItWas() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("graph.graphml")
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        var out = try FileTextOutput(path: path)
        out.write(String(repeating: "x", count: 200_000))
        out.discard()  // what `graph` does when the export throws
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try Self.leftovers(in: directory).isEmpty)
        // And a new file is not created at all.
        var fresh = try FileTextOutput(path: directory.path("new.gexf"))
        fresh.write("partial")
        fresh.discard()
        #expect(!FileManager.default.fileExists(atPath: directory.path("new.gexf")))
    }

    @Test func aMissingFolderIsAnError() {
        #expect(throws: ArchiveError.self) { _ = try FileTextOutput(path: "/nonexistent-vanthu/graph.dot") }
    }
}

import Foundation
import HTTPTypes

/// Draws a citation graph as SVG with Graphviz: the archive's dot export, given links to the
/// documents, goes through `dot -Tsvg` as a subprocess.
struct GraphRenderer: Sendable {
    /// The `dot` program.
    let dotPath: String
    /// Longest a drawing may take.
    var timeout: TimeInterval = 20

    /// The dot text with every archived document linked to its page, `focus` (a document id)
    /// filled, and a left-to-right layout.
    static func linked(_ dot: String, focus: Int64?) -> String {
        var lines = dot.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let close = lines.lastIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "}" }),
            let open = lines.firstIndex(where: { $0.hasPrefix("digraph") })
        else { return dot }
        var additions: [String] = []
        for line in lines {
            // Document nodes are written `  "d12" [label=...`.
            guard line.hasPrefix("  \"d"), let end = line.dropFirst(4).firstIndex(of: "\""),
                let id = Int64(line[line.index(line.startIndex, offsetBy: 4)..<end]), line[end...].hasPrefix("\" [label=")
            else { continue }
            var attributes = "URL=\"/documents/\(id)\", target=\"_top\""
            if id == focus { attributes += ", style=\"filled,bold\", fillcolor=\"#fff1b8\"" }
            additions.append("  \"d\(id)\" [\(attributes)];")
        }
        lines.insert(contentsOf: additions, at: close)
        lines.insert(
            "  graph [rankdir=LR, bgcolor=\"transparent\"]; node [fontname=\"DejaVu Sans\", fontsize=10]; edge [color=\"#555555\"];",
            at: open + 1
        )
        return lines.joined(separator: "\n")
    }

    /// Runs `dot -Tsvg` on `dot` and returns the `<svg>` element (the XML prologue removed).
    /// - Throws: ``WebError`` when `dot` is missing, fails or takes too long.
    func svg(_ dot: String) async throws -> String {
        let dotPath = self.dotPath
        let timeout = self.timeout
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try Self.run(dotPath: dotPath, input: dot, timeout: timeout) })
            }
        }
    }

    private static func run(dotPath: String, input: String, timeout: TimeInterval) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: dotPath) else {
            throw WebError(.serviceUnavailable, "Không vẽ được sơ đồ: máy chủ chưa cài Graphviz (dot).")
        }
        let inputFile = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-graph-\(UUID().uuidString).dot")
        try Data(input.utf8).write(to: inputFile)
        defer { try? FileManager.default.removeItem(at: inputFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath)
        process.arguments = ["-Tsvg", inputFile.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        guard process.terminationStatus == 0, let text = String(data: data, encoding: .utf8),
            let start = text.range(of: "<svg")
        else {
            throw WebError(.internalServerError, "Graphviz không vẽ được sơ đồ này (quá lớn hoặc lỗi).")
        }
        return String(text[start.lowerBound...])
    }
}

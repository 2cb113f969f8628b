import Archive
import ArgumentParser
import Foundation

/// `vanthu search QUERY`: instrument-aware, diacritic-insensitive search of the archive.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the archive (\"nghi dinh 59\", \"59/2023/NĐ-CP\", \"QĐ 3855\").")

    @Argument(help: "What to look for; words without diacritics match words with them.")
    var query: String

    @Option(help: "Only documents of this type (\"Kế hoạch\").")
    var type: String?

    @Option(help: "Only documents whose issuer contains this (\"UBND Quận 6\").")
    var issuer: String?

    @Option(help: "Only documents dated on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only documents dated on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only documents citing this instrument (\"59/2023/NĐ-CP\").")
    var cites: String?

    @Option(help: "Results per page.")
    var limit: Int = 20

    @Option(help: "Results to skip (for the next page).")
    var offset: Int = 0

    @Flag(help: "One JSON object per line.")
    var json = false

    @OptionGroup var archiveOption: ArchiveOption

    func run() throws {
        let archive = try archiveOption.openExisting()
        let page = try archive.search(SearchQuery(
            query, type: type, issuer: issuer, from: from, to: to, cites: cites, limit: limit, offset: offset))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for result in page.results {
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            }
            return
        }
        if let instrument = page.instrument {
            print("Instrument: \(instrument)")
        }
        if page.results.isEmpty {
            print("No results.")
            return
        }
        for result in page.results {
            let heading = [result.number, result.type, result.date, result.issuer].compactMap { $0 }.joined(separator: " · ")
            let label = switch result.kind {
            case .instrument: "[văn bản]"
            case .cites: result.ambiguous == true ? "[trích dẫn, chưa rõ văn bản nào]" : "[trích dẫn]"
            case .text: ""
            }
            print("\(result.rank). \(label.isEmpty ? "" : label + " ")\(heading.isEmpty ? "(no number)" : heading)  #\(result.id)")
            print("   \(result.sourcePath)\(result.page.map { ", p. \($0)" } ?? "")")
            print("   \(result.snippet.replacingOccurrences(of: "\n", with: " "))")
        }
        if page.hasMore {
            print("More: --offset \(offset + page.results.count)")
        }
        if let window = page.rankingWindow {
            print("These words are on more than \(window) pages: text results are ranked among the \(window) most recently archived.")
        }
    }
}

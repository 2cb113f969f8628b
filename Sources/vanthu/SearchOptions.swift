import Archive
import ArgumentParser
import Foundation
import OCR

/// The filters and output options of `vanthu search` and `vanthu list`, and the printing of a
/// page of results.
struct SearchOptions: ParsableArguments {
    @Option(help: "Only documents of this type (\"Kế hoạch\").")
    var type: String?

    @Option(help: "Only documents whose issuer contains this (\"UBND Quận 6\").")
    var issuer: String?

    @Option(help: "Only documents dated on or after this day (YYYY-MM-DD or DD/MM/YYYY).")
    var from: String?

    @Option(help: "Only documents dated on or before this day (YYYY-MM-DD or DD/MM/YYYY).")
    var to: String?

    @Option(help: "Only documents citing this instrument (\"59/2023/NĐ-CP\").")
    var cites: String?

    @Flag(help: "Only documents still in force (none that an archived document replaced or repealed).")
    var inForce = false

    @Option(help: "Results per page.")
    var limit: Int = 20

    @Option(help: "Results to skip (for the next page).")
    var offset: Int = 0

    @Flag(help: "One JSON object per line.")
    var json = false

    @OptionGroup var archiveOption: ArchiveOption

    /// Every flag checked before the archive is opened: a bad value is a usage error (exit 2)
    /// naming the flag, never an archive error.
    func validate() throws {
        guard SearchQuery.allowedLimits.contains(limit) else { throw ValidationError("--limit must be 1 to 1000, not \(limit)") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more, not \(offset)") }
        for (option, value) in [("from", from), ("to", to)] {
            if let value { try Self.checkDay(value, option: option) }
        }
        for (option, value) in [("type", type), ("issuer", issuer), ("cites", cites)] {
            if let value, value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("--\(option) is empty: give a value or leave the option out")
            }
        }
        if let cites, InstrumentReference.find(in: cites) == nil {
            throw ValidationError("--cites needs a document number (59/2023/NĐ-CP or \"NĐ 59/2023\"), not '\(cites)'")
        }
    }

    /// Refuses a date flag that is not a real day (`--to 2024-02-30`).
    static func checkDay(_ value: String, option: String) throws {
        guard SearchQuery.isoDate(value) != nil else {
            throw ValidationError("--\(option) needs a real day written YYYY-MM-DD or DD/MM/YYYY, not '\(value)'")
        }
    }

    /// The archive query for `text` (empty: list the documents passing the filters, newest first).
    func query(_ text: String) -> SearchQuery {
        var query = SearchQuery(
            text,
            type: type,
            issuer: issuer,
            from: from.map { SearchQuery.isoDate($0) ?? $0 },
            to: to.map { SearchQuery.isoDate($0) ?? $0 },
            cites: cites,
            limit: limit,
            offset: offset
        )
        query.inForce = inForce
        return query
    }

    /// The badge of a document an archived document acted on.
    static func standing(_ state: DocumentStatus.State) -> String {
        switch state {
        case .replaced: "đã bị thay thế"
        case .repealed: "đã bị bãi bỏ"
        case .partlyRepealed: "bị bãi bỏ một phần"
        case .partlyReplaced: "bị thay thế một phần"
        case .amended: "đã sửa đổi, bổ sung"
        case .notYetInForce: "chưa có hiệu lực"
        case .inForce: "còn hiệu lực"
        }
    }

    /// Searches (or lists) and prints one page of results.
    func run(text: String) async throws {
        let query = self.query(text)
        let page = try await ArchiveOpener.withArchive(try archiveOption.location(), access: .readExisting) { archive in
            try await archive.search(query)
        }
        if let words = page.queryWords {
            Output.error("vanthu: the query has \(words) words: only the first \(SearchQuery.maximumWords) were searched")
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for result in page.results {
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            }
            return
        }
        if let instrument = page.instrument {
            print("Instrument: \(instrument.typedText)")
        }
        if page.results.isEmpty {
            print("No results.")
            return
        }
        for result in page.results {
            let heading = [result.number, result.type, result.date, result.issuer].compactMap { $0 }.joined(separator: " · ")
            let label =
                switch result.kind {
                case .instrument: "[văn bản]"
                case .cites: result.ambiguous == true ? "[trích dẫn, chưa rõ văn bản nào]" : "[trích dẫn]"
                case .text, .listed: ""
                }
            let standing = result.standing.map { " [\(Self.standing($0))]" } ?? ""
            print("\(result.rank). \(label.isEmpty ? "" : label + " ")\(heading.isEmpty ? "(no number)" : heading)  #\(result.id)\(standing)")
            print("   \(FileName.display(result.sourcePath))\(result.page.map { ", p. \($0)" } ?? "")")
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

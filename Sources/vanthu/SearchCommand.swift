import ArgumentParser

/// `vanthu search [QUERY]`: instrument-aware, diacritic-insensitive search of the archive; without
/// words, the documents passing the filters, newest first.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the archive (\"nghi dinh 59\", \"59/2023/NĐ-CP\", \"QĐ 3855\").",
        discussion: "Without a query (or with \"\"), lists the documents passing the filters, newest first."
    )

    @Argument(
        help: ArgumentHelp(
            "What to look for; words without diacritics match words with them (at most 64 words are searched).",
            discussion: "A query that starts with '-' follows '--': vanthu search -- \"-CP 59\"."
        )
    )
    var query: String = ""

    @OptionGroup var options: SearchOptions

    func run() async throws {
        try await options.run(text: query)
    }
}

import ArgumentParser

/// `vanthu list [filters]`: the archived documents passing the filters, newest first (by date,
/// then id), one entry per document and its copies.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List archived documents, newest first (--type, --issuer, --from, --to, --cites)."
    )

    @OptionGroup var options: SearchOptions

    func run() async throws {
        try await options.run(text: "")
    }
}

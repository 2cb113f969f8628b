import Archive
public import ArgumentParser

extension GraphOptions.Format: ExpressibleByArgument {}

/// `vanthu graph`: the citation graph for NetworkX, Gephi, Graphviz, d3 or a spreadsheet.
struct GraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Export the citation graph."
    )

    @Option(help: "graphml, gexf, dot, json or csv.")
    var format: GraphOptions.Format = .graphml

    @Option(help: "Only the neighbourhood of this document (number or id).")
    var around: String?

    @Option(help: "Citation steps around --around.")
    var depth: Int = 1

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var archiveOption: ArchiveOption

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth must be 0 or more") }
    }

    func run() async throws {
        let (options, output) = (GraphOptions(format: format, around: around, depth: depth), output)
        try await ArchiveOpener.withArchive(try archiveOption.location(), access: .readExisting) { archive in
            var out = try output.map(FileTextOutput.init(path:)) ?? .standardOutput()
            do {
                try await archive.exportGraph(options, to: &out)
            } catch {
                out.discard()  // -o FILE stays as it was: no truncated export
                throw error
            }
            try out.close()
        }
    }
}

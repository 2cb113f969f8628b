import ArgumentParser

/// The `vanthu` command: scanned dispatches in, a searchable archive out.
struct Vanthu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanthu",
        abstract: "Turns scanned Vietnamese dispatches into a searchable archive.",
        discussion: "Exit status: 0 when every file succeeded, 1 when some failed, 2 on a usage error.",
        subcommands: [
            OCRCommand.self, ParseCommand.self, IngestCommand.self, SearchCommand.self, ListCommand.self, ShowCommand.self,
            GraphCommand.self, DeadlinesCommand.self, ServeCommand.self, EnqueueCommand.self, WorkerCommand.self, JobsCommand.self,
        ]
    )
}

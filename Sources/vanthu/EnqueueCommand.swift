import ArgumentParser
import Foundation
import OCR
import PostgresArchive

/// `vanthu enqueue PATH… --index postgres://…`: puts files in the database's ingest queue for
/// `vanthu worker` processes on any machine.
struct EnqueueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enqueue",
        abstract: "Queue scans and text files for the ingest workers (folders are walked recursively).",
        discussion: """
            The files' bytes are stored in the database (1 MiB chunks) URL. A file already queued, being processed or done (same SHA-256) is not queued \
            again. Exit status: 0 all good, 1 when a file could not be read.
            """
    )

    @Argument(help: "Files or folders.")
    var paths: [String]

    @OptionGroup var archiveOption: ArchiveOption

    @Option(help: "Attempts per file before it is marked failed.")
    var attempts = 3

    func validate() throws {
        guard attempts >= 1 else { throw ValidationError("--attempts must be at least 1, not \(attempts)") }
    }

    func run() async throws {
        let (files, missing) = InputCollector.collect(paths)
        let attempts = self.attempts
        let summary = try await QueueAccess.withQueue(try archiveOption.location(), command: "enqueue") { _, queue in
            let archive = PostgresDocumentArchive(client: queue.client)
            var summary = Summary()
            for error in missing {
                Output.line("failed: \(FileName.display(error.path)): \(error.reason)")
                summary.failed += 1
            }
            for path in files {
                guard let bytes = FileName.contents(of: path) else {
                    Output.line("failed: \(FileName.display(path)): the file cannot be read")
                    summary.failed += 1
                    continue
                }
                if let archived = try await archive.documentID(sha256: IngestQueue.sha256(of: bytes)) {
                    Output.line("already archived as #\(archived): \(FileName.display(path))")
                    summary.archived += 1
                    continue
                }
                let result = try await queue.enqueue(path: path, bytes: bytes, maxAttempts: attempts)
                if result.queued {
                    Output.line("queued #\(result.jobID): \(FileName.display(path))")
                    summary.queued += 1
                } else {
                    Output.line("already \(result.state) #\(result.jobID): \(FileName.display(path))")
                    summary.skipped += 1
                }
            }
            return summary
        }
        Output.line(summary.line)
        if summary.failed > 0 { throw ExitCode(1) }
    }

    /// What the command did.
    struct Summary: Sendable {
        var queued = 0
        /// Already queued, being processed or done.
        var skipped = 0
        /// Already in the archive (by content), however it got there.
        var archived = 0
        var failed = 0

        /// The closing line.
        var line: String {
            "\(queued) queued, \(skipped + archived) skipped (\(skipped) already in the queue, \(archived) already archived), \(failed) failed"
        }
    }
}

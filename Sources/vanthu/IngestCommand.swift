import Archive
import ArgumentParser
import Foundation
import OCR
import Pipeline

/// `vanthu ingest PATH...`: OCR, parse and archive files.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "OCR, parse and archive scans and text files (folders are walked recursively).",
        discussion: """
            Each document is stored in one transaction. Content already archived (same SHA-256) is skipped \
            before OCR, so an interrupted ingest continues where it stopped when run again. A changed file \
            at an archived path becomes a new version. Exit status: 0 all good, 1 some files failed.
            """
    )

    @Argument(help: "Files or folders.")
    var paths: [String]

    @OptionGroup var archiveOption: ArchiveOption

    @Flag(help: "Report each file as a JSON line on standard output.")
    var json = false

    @OptionGroup var ocr: OCROptionGroup

    @OptionGroup var pageLimit: PageLimitOption

    func run() async throws {
        let (files, missing) = InputCollector.collect(paths)
        let options = pageLimit.apply(to: ocr.options())
        let json = self.json
        let progress: IngestProgress
        do {
            progress = try await ArchiveOpener.withArchive(try archiveOption.location(), access: .readWrite) { archive in
                let progress = IngestProgress(total: files.count + missing.count, json: json)
                for error in missing { progress.record(.failed(path: error.path, reason: error.reason)) }
                try await Ingestor(
                    archive: archive,
                    ocr: options,
                    pageProgress: { path, done, total in progress.page(path: path, done: done, total: total) }
                ).ingest(files: files) { progress.record($0) }
                return progress
            }
        } catch {
            Output.error("vanthu: \(error)")
            throw ExitCode(1)
        }
        progress.finish()
        if !progress.failures.isEmpty { throw ExitCode(1) }
    }
}

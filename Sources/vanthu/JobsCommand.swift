import ArgumentParser
import Foundation
import OCR
import PostgresArchive

/// `vanthu jobs --index postgres://…`: the ingest queue at a glance.
struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs",
        abstract: "Show the ingest queue: queued, running, done, failed (with reasons), pages per second per worker."
    )

    @OptionGroup var archiveOption: ArchiveOption

    @Option(help: "Seconds back over which the workers' throughput is measured.")
    var window = 300

    @Option(help: "At most this many failed jobs are listed, the most recent first.")
    var failures = 100

    @Flag(help: "One JSON object.")
    var json = false

    func validate() throws {
        guard window > 0 else { throw ValidationError("--window must be positive, not \(window)") }
        guard failures >= 0 else { throw ValidationError("--failures must be 0 or more, not \(failures)") }
    }

    func run() async throws {
        let (window, failures) = (window, failures)
        let status = try await QueueAccess.withQueue(try archiveOption.location(), command: "jobs") { _, queue in
            try await queue.status(window: .seconds(window), failureLimit: failures)
        }
        let report = JobsReport(status)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            Output.line(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        for line in report.lines() { Output.line(line) }
    }
}

/// The queue's status as `vanthu jobs` prints it, in text or JSON.
struct JobsReport: Encodable, Sendable {
    struct Running: Encodable, Sendable {
        var id: Int64
        var path: String
        var worker: String
        var attempt: Int
        var startedAt: Date
        var leaseUntil: Date
    }

    struct Failed: Encodable, Sendable {
        var id: Int64
        var path: String
        var sha256: String
        var attempts: Int
        var code: String
        var reason: String
        var worker: String?
        var finishedAt: Date?
    }

    struct Worker: Encodable, Sendable {
        var worker: String
        var files: Int
        var pages: Int
        var seconds: Double
        var pagesPerSecond: Double
    }

    var queued: Int
    var running: Int
    var done: Int
    var failed: Int
    var windowSeconds: Int
    var runningJobs: [Running]
    var failedJobs: [Failed]
    var workers: [Worker]

    init(_ status: QueueStatus) {
        queued = status.queued
        running = status.running
        done = status.done
        failed = status.failed
        windowSeconds = Int(status.window.components.seconds)
        runningJobs = status.runningJobs.map {
            Running(id: $0.id, path: $0.sourcePath, worker: $0.worker, attempt: $0.attempt, startedAt: $0.startedAt, leaseUntil: $0.leaseUntil)
        }
        failedJobs = status.failedJobs.map {
            Failed(
                id: $0.id,
                path: $0.sourcePath,
                sha256: $0.sha256,
                attempts: $0.attempts,
                code: $0.errorCode,
                reason: $0.errorMessage,
                worker: $0.worker,
                finishedAt: $0.finishedAt
            )
        }
        workers = status.workers.map {
            Worker(worker: $0.worker, files: $0.files, pages: $0.pages, seconds: $0.seconds, pagesPerSecond: $0.pagesPerSecond)
        }
    }

    /// The text report: counts, running jobs, failed jobs with reasons, throughput per worker.
    func lines() -> [String] {
        var lines = ["queued \(queued) · running \(running) · done \(done) · failed \(failed)"]
        if !runningJobs.isEmpty {
            lines.append("Running:")
            for job in runningJobs {
                lines.append("  #\(job.id) \(FileName.display(job.path))  \(job.worker), attempt \(job.attempt)")
            }
        }
        if !failedJobs.isEmpty {
            lines.append("Failed:")
            for job in failedJobs {
                lines.append("  #\(job.id) \(FileName.display(job.path)) after \(job.attempts) attempts [\(job.code)]: \(job.reason)")
            }
        }
        if workers.isEmpty {
            lines.append("No worker finished a file in the last \(windowSeconds) s.")
        } else {
            lines.append("Workers (last \(windowSeconds) s):")
            for worker in workers {
                let rate = String(format: "%.2f", worker.pagesPerSecond)
                lines.append("  \(worker.worker): \(worker.files) files, \(worker.pages) pages, \(rate) pages/s")
            }
        }
        return lines
    }
}

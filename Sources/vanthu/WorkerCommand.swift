import ArgumentParser
import Foundation
import OCR
import Pipeline
import PostgresArchive

/// `vanthu worker --index postgres://…`: takes files from the database's ingest queue, OCRs and
/// parses them on this machine, and stores each document in the same transaction that marks its
/// job done. Run as many as there are machines (and cores to spare).
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Process queued files: claim, OCR and parse here, store in the PostgreSQL archive.",
        discussion: """
            A job is claimed with a lease that a heartbeat extends every third of it; a worker that dies \
            loses nothing: its job is claimed again when the lease runs out. A file that fails is tried \
            again (enqueue --attempts) and then marked failed with its reason (vanthu jobs). SIGTERM or \
            Ctrl-C stops the worker after its current file. Without --once or --idle-exit it waits for \
            new files (LISTEN vanthu_jobs, and a look every --poll seconds).
            """
    )

    @OptionGroup var archiveOption: ArchiveOption

    @Option(help: "Seconds a claim holds without a heartbeat.")
    var lease = 60

    @Option(help: "Seconds between looks at an empty queue (a new file wakes the worker sooner).")
    var poll = 5

    @Option(help: "This worker's name in vanthu jobs (default: host name and process id).")
    var name: String?

    @Flag(help: "Process at most one job, then exit.")
    var once = false

    @Flag(help: "Exit when the queue is empty instead of waiting for new files.")
    var idleExit = false

    @Flag(help: "Print how long each step of each job took (claim, fetch, OCR, parse, store), and the sums at exit.")
    var timings = false

    @OptionGroup var ocr: OCROptionGroup

    @OptionGroup var pageLimit: PageLimitOption

    func validate() throws {
        guard lease >= 3 else { throw ValidationError("--lease must be at least 3 seconds, not \(lease)") }
        guard poll >= 1 else { throw ValidationError("--poll must be at least 1 second, not \(poll)") }
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--name is empty") }
    }

    func run() async throws {
        let stop = StopSignal(message: "vanthu: stopping after the current file")
        let (once, idleExit, poll, printTimings) = (once, idleExit, poll, timings)
        let name = self.name ?? IngestQueue.workerName()
        let options = pageLimit.apply(to: ocr.options())
        let lease = Duration.seconds(lease)
        let failed = try await QueueAccess.withQueue(try archiveOption.location(), command: "worker") { location, queue in
            let worker = JobWorker(queue: queue, name: name, lease: lease, ocr: options, pageProgress: PageLimitOption.progress)
            let wakeup = QueueWakeup(location: location)
            defer { wakeup.cancel() }
            Output.error("vanthu: worker \(name) on \(location.redacted)")
            var failed = 0
            var sums = JobTimings()
            while !stop.requested {
                let claimStart = ContinuousClock.now
                guard let job = try await queue.claim(worker: name, lease: lease) else {
                    if once || idleExit { break }
                    await wakeup.wait(seconds: poll, unless: { stop.requested })
                    continue
                }
                let claimed = ContinuousClock.now - claimStart
                var timings = JobTimings()
                timings.add(.claim, claimed)
                let outcome = await worker.process(job, timings: &timings)
                Output.line(outcome.line)
                if printTimings {
                    sums.add(timings)
                    Output.error("vanthu: timings job #\(job.id): \(timings.line)")
                }
                if outcome.isFailure { failed += 1 }
                if once { break }
            }
            if printTimings { Output.error("vanthu: timings of \(sums.jobs) jobs: \(sums.line)") }
            return failed
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

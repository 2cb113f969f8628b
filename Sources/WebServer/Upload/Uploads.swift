/// Where uploads go: the in-memory queue of an SQLite archive, ingested by this server, or the
/// ingest queue of a PostgreSQL archive, which every server on the database reads.
enum Uploads: Sendable {
    /// An SQLite archive: jobs in this server's memory, ingested here.
    case memory(UploadQueue)
    /// A PostgreSQL archive: jobs in the database.
    case database(DatabaseUploads)

    /// Jobs by id (unknown ids are left out); the recent ones, newest first, when `ids` is empty.
    func jobs(ids: [Int] = []) async throws -> [UploadJob] {
        switch self {
        case .memory(let queue): queue.snapshot(ids: ids)
        case .database(let uploads): try await uploads.jobs(ids: ids)
        }
    }

    /// Records an upload refused before it was queued; returns it with its id.
    func refuse(_ job: UploadJob) -> UploadJob {
        switch self {
        case .memory(let queue):
            var job = job
            job.id = queue.reserveID()
            queue.refuse(job)
            return job
        case .database(let uploads):
            return uploads.record(job)
        }
    }
}

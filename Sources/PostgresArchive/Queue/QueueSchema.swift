/// The tables of the ingest queue: files carried in the database in 1 MiB chunks, and jobs
/// claimed with a lease.
///
/// Files travel in the database (chunked `bytea`, not large objects: chunks are plain rows that
/// `pg_dump`, replication and `DELETE … CASCADE` handle like any other, and no chunk is ever
/// larger than 1 MiB in a message), so a worker needs nothing but the database URL.
enum QueueSchema {
    /// The size of one stored chunk of a file.
    static let chunkSize = 1 << 20

    /// The first migration: `files`, `file_chunks`, `jobs`.
    static let migration = PostgresMigration(
        name: "v1-ingest-queue",
        statements: [
            """
            CREATE TABLE files (
                sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
                name text NOT NULL,
                size bigint NOT NULL CHECK (size >= 0),
                chunk_count integer NOT NULL CHECK (chunk_count >= 0),
                stored_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            """
            CREATE TABLE file_chunks (
                sha256 text NOT NULL REFERENCES files (sha256) ON DELETE CASCADE,
                n integer NOT NULL CHECK (n >= 0),
                bytes bytea NOT NULL,
                PRIMARY KEY (sha256, n)
            )
            """,
            """
            CREATE TABLE jobs (
                id bigserial PRIMARY KEY,
                sha256 text NOT NULL REFERENCES files (sha256),
                source_path text NOT NULL,
                state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
                attempts integer NOT NULL DEFAULT 0,
                max_attempts integer NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
                worker text,
                lease_until timestamptz,
                heartbeat_at timestamptz,
                error_code text,
                error_message text,
                pages integer,
                enqueued_at timestamptz NOT NULL DEFAULT now(),
                started_at timestamptz,
                finished_at timestamptz
            )
            """,
            // One live job per file: enqueueing the same bytes again is a no-op, even from two
            // machines at once; a failed file may be queued anew.
            "CREATE UNIQUE INDEX jobs_one_live_job_per_file ON jobs (sha256) WHERE state IN ('queued', 'running', 'done')",
            "CREATE INDEX jobs_claimable ON jobs (id) WHERE state IN ('queued', 'running')",
            // Expired leases are looked up on every claim: by lease, among the few running jobs only.
            "CREATE INDEX jobs_running_lease ON jobs (lease_until) WHERE state = 'running'",
            "CREATE INDEX jobs_finished ON jobs (finished_at) WHERE state IN ('done', 'failed')",
        ]
    )
}

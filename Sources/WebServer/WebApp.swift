import Archive
import Foundation
public import Hummingbird
import HummingbirdCore
import NIOCore
public import Pipeline
public import PostgresArchive
public import PostgresNIO
public import ServiceLifecycle
import Synchronization

/// The web interface of one archive: search, documents, citations, deadlines, uploads, and the
/// same operations as JSON under `/api`. The archive is an SQLite file or a PostgreSQL database
/// (any ``Archive/ArchiveStore``); on PostgreSQL, uploads and originals live in the database, so
/// several servers may serve one archive.
///
/// ```swift
/// let app = try WebApp(configuration: WebServerConfiguration(indexPath: "Indexes/archive.sqlite"))
/// try await app.run()
/// ```
public final class WebApp: Sendable {
    /// How the server runs.
    public let configuration: WebServerConfiguration
    let archive: any ArchiveStore
    /// The anti-forgery token of this run, written into every page.
    let csrfToken: String
    let originals: OriginalStore
    let uploads: Uploads
    /// The in-process worker on a PostgreSQL archive's queue, unless turned off.
    let worker: InProcessWorker?
    /// Searchable PDFs are made one at a time (OCR is the machine's heaviest work).
    let searchablePDFs: SearchablePDFQueue
    let graphs: GraphRenderer
    let facetsCache: FacetsCache

    /// Opens (or creates) the SQLite archive at ``WebServerConfiguration/indexPath`` and prepares
    /// the upload queue, which ingests in this process.
    ///
    /// - Parameters:
    ///   - configuration: where the archive is and how to serve it.
    ///   - ingestor: replaces the OCR → parser → archive pipeline (tests); `nil` uses ``Ingestor``.
    /// - Throws: ``ArchiveError`` when the archive cannot be opened.
    public convenience init(configuration: WebServerConfiguration, ingestor: (any DocumentIngesting)? = nil) throws {
        let sqlite: SQLiteArchive
        do {
            sqlite = try SQLiteArchive(path: configuration.indexPath)
        } catch let error as ArchiveError where error.code == .readOnly && FileManager.default.fileExists(atPath: configuration.indexPath) {
            // A read-only archive (a backup, a snapshot) is still served for reading; uploads then
            // fail one by one with the reason.
            sqlite = try SQLiteArchive.openExisting(path: configuration.indexPath)
        }
        let archive = DispatchedArchive(sqlite: sqlite)
        let originals = OriginalStore(directory: configuration.filesDirectory)
        let cache = FacetsCache()
        let queue = UploadQueue(
            originals: originals,
            ingestor: ingestor ?? Ingestor(archive: archive, ocr: configuration.ocr),
            lookup: { sha256 in
                guard let id = try? sqlite.documentID(sha256: sha256) else { return nil }
                return (id, (try? sqlite.resolve(String(id)))?.first?.number)
            },
            changed: { cache.clear() }
        )
        self.init(configuration: configuration, archive: archive, originals: originals, uploads: .memory(queue), worker: nil, cache: cache)
    }

    /// Serves the PostgreSQL archive at `location`: uploads go into the database's ingest queue
    /// and their state is read from it, originals are read from the database, so any number of
    /// servers may serve one database. The schema is brought up to date first.
    ///
    /// - Parameters:
    ///   - configuration: how to serve (``WebServerConfiguration/indexPath`` is not used;
    ///     ``WebServerConfiguration/filesDirectory`` is this server's cache of originals).
    ///   - location: the database (the in-process worker listens on it for new files).
    ///   - client: a running pool on `location`.
    ///   - inProcessWorker: whether this server also processes queued files (as `vanthu worker`
    ///     does); turn it off when worker machines do all the OCR.
    /// - Throws: ``PostgresArchive/PostgresArchiveError`` when the schema cannot be migrated.
    public convenience init(
        configuration: WebServerConfiguration,
        location: PostgresLocation,
        client: PostgresClient,
        inProcessWorker: Bool = true
    ) async throws {
        let archive = PostgresDocumentArchive(client: client)
        try await archive.migrate()
        let queue = IngestQueue(client: client)
        var originals = OriginalStore(directory: configuration.filesDirectory)
        originals.database = { sha256 in
            do {
                return try await queue.fileBytes(sha256: sha256)
            } catch let error as PostgresArchiveError where error.code == .notFound {
                return nil
            }
        }
        let cache = FacetsCache(maxAge: .seconds(60))
        let worker =
            inProcessWorker
            ? InProcessWorker(
                worker: JobWorker(queue: queue, name: IngestQueue.workerName() + ":serve", lease: .seconds(60), ocr: configuration.ocr),
                location: location,
                poll: 5,
                changed: { cache.clear() }
            ) : nil
        self.init(
            configuration: configuration,
            archive: archive,
            originals: originals,
            uploads: .database(DatabaseUploads(queue: queue, archive: archive)),
            worker: worker,
            cache: cache
        )
    }

    private init(
        configuration: WebServerConfiguration,
        archive: any ArchiveStore,
        originals: OriginalStore,
        uploads: Uploads,
        worker: InProcessWorker?,
        cache: FacetsCache
    ) {
        self.configuration = configuration
        self.archive = archive
        csrfToken = Self.randomToken()
        self.originals = originals
        self.uploads = uploads
        self.worker = worker
        facetsCache = cache
        graphs = GraphRenderer(dotPath: configuration.dotPath)
        searchablePDFs = SearchablePDFQueue(originals: originals, options: configuration.ocr)
    }

    /// The services to run beside the HTTP server: the OCR of uploads and of searchable PDFs
    /// (``application(onRunning:)`` adds them; an application built on ``router()`` must too).
    public var services: [any Service] {
        let queue: UploadQueue? = if case .memory(let queue) = uploads { queue } else { nil }
        return [BackgroundOCR(uploads: queue, worker: worker, searchablePDFs: searchablePDFs)]
    }

    /// The router with every route and the safety middleware.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorPageMiddleware(csrfToken: csrfToken))
        let hosts = HostGuard<BasicRequestContext>.allowedNames(host: configuration.host, extra: configuration.allowedHosts)
        router.add(middleware: HostGuard(allowed: hosts))
        router.add(middleware: AccessTokenMiddleware(token: configuration.accessToken))
        router.add(middleware: CrossSiteGuard(csrfToken: csrfToken, allowedHosts: hosts))
        addPageRoutes(to: router)
        addDocumentRoutes(to: router)
        addFileRoutes(to: router)
        addUploadRoutes(to: router)
        addAPIRoutes(to: router)
        router.get("/assets/style.css") { _, _ in Reply.text(Stylesheet.css, contentType: "text/css; charset=utf-8") }
        router.get("/assets/app.js") { _, _ in Reply.text(Script.javascript, contentType: "text/javascript; charset=utf-8") }
        return router
    }

    /// The Hummingbird application, bound to the configured address, with the OCR of uploads and
    /// searchable PDFs among its services (stopped with it on SIGTERM or Ctrl-C).
    /// - Parameter onRunning: called once the server listens.
    public func application(onRunning: @escaping @Sendable () -> Void = {}) -> some ApplicationProtocol {
        // An idle connection is closed after `idleTimeout`; the first request's header must arrive
        // within `headerTimeout`; at most `maxConnections` are open (more are closed at once).
        let counter = ConnectionGuard.Counter(limit: configuration.maxConnections)
        let headerTimeout = TimeAmount.seconds(Int64(configuration.headerTimeoutSeconds))
        return Application(
            router: router(),
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [ConnectionGuard(counter: counter, headerTimeout: headerTimeout)],
                    idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds))
                )
            ),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "vanthu"),
            services: services,
            onServerRunning: { _ in onRunning() }
        )
    }

    /// Serves until the process is stopped. The filter menus' facets are counted first, in the
    /// background (a scan of the documents table: about a second at 100,000 documents).
    /// - Parameter onRunning: called once the server listens.
    /// - Throws: when the address cannot be bound (port in use, no such address).
    public func run(onRunning: @escaping @Sendable () -> Void = {}) async throws {
        Task { _ = try? await self.facets() }
        try await application(onRunning: onRunning).runService()
    }

    /// Whether no upload is waiting or being ingested in this process (on a PostgreSQL archive
    /// the queue is the database's: `vanthu jobs` tells).
    public var uploadsIdle: Bool {
        if case .memory(let queue) = uploads { return queue.isIdle }
        return true
    }

    /// Facets for the filter menus, cached until an upload stores something (on a PostgreSQL
    /// archive, for a minute at most: other processes store too).
    func facets() async throws -> ArchiveFacets {
        if let cached = facetsCache.value { return cached }
        let fresh = try await archive.facets()
        facetsCache.value = fresh
        return fresh
    }

    /// Runs blocking work (SQLite queries, image decoding, OCR) on Dispatch's threads, so a slow
    /// query never holds one of the few threads the server's async tasks share.
    static func background<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// 32 random bytes as hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}

/// The archive's facets, kept between requests: until cleared, or for at most `maxAge` when
/// other processes may store documents too (a PostgreSQL archive).
final class FacetsCache: Sendable {
    private let stored = Mutex<(facets: ArchiveFacets, at: ContinuousClock.Instant)?>(nil)
    private let maxAge: Duration?

    init(maxAge: Duration? = nil) {
        self.maxAge = maxAge
    }

    var value: ArchiveFacets? {
        get {
            stored.withLock { stored in
                guard let stored else { return nil }
                if let maxAge, ContinuousClock.now - stored.at > maxAge { return nil }
                return stored.facets
            }
        }
        set { stored.withLock { $0 = newValue.map { ($0, ContinuousClock.now) } } }
    }

    func clear() { value = nil }
}

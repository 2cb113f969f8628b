import Archive
import Foundation
public import Hummingbird
import HummingbirdCore
import NIOCore
public import Pipeline
public import ServiceLifecycle
import Synchronization

/// The web interface of one archive: search, documents, citations, deadlines, uploads, and the
/// same operations as JSON under `/api`.
///
/// ```swift
/// let app = try WebApp(configuration: WebServerConfiguration(indexPath: "Indexes/archive.sqlite"))
/// try await app.run()
/// ```
public final class WebApp: Sendable {
    /// How the server runs.
    public let configuration: WebServerConfiguration
    let archive: SQLiteArchive
    /// The anti-forgery token of this run, written into every page.
    let csrfToken: String
    let originals: OriginalStore
    let uploads: UploadQueue
    /// Searchable PDFs are made one at a time (OCR is the machine's heaviest work).
    let searchablePDFs: SearchablePDFQueue
    let graphs: GraphRenderer
    let facetsCache = FacetsCache()

    /// Opens (or creates) the archive and prepares the upload queue.
    ///
    /// - Parameters:
    ///   - configuration: where the archive is and how to serve it.
    ///   - ingestor: replaces the OCR → parser → archive pipeline (tests); `nil` uses ``Ingestor``.
    /// - Throws: ``ArchiveError`` when the archive cannot be opened.
    public init(configuration: WebServerConfiguration, ingestor: (any DocumentIngesting)? = nil) throws {
        self.configuration = configuration
        let archive: SQLiteArchive
        do {
            archive = try SQLiteArchive(path: configuration.indexPath)
        } catch let error as ArchiveError where error.code == .readOnly && FileManager.default.fileExists(atPath: configuration.indexPath) {
            // A read-only archive (a backup, a snapshot) is still served for reading; uploads then
            // fail one by one with the reason.
            archive = try SQLiteArchive.openExisting(path: configuration.indexPath)
        }
        self.archive = archive
        csrfToken = Self.randomToken()
        let originals = OriginalStore(directory: configuration.filesDirectory)
        self.originals = originals
        graphs = GraphRenderer(dotPath: configuration.dotPath)
        let cache = facetsCache
        uploads = UploadQueue(
            originals: originals,
            ingestor: ingestor ?? Ingestor(archive: archive, ocr: configuration.ocr),
            lookup: { sha256 in
                guard let id = try? archive.documentID(sha256: sha256) else { return nil }
                return (id, (try? archive.resolve(String(id)))?.first?.number)
            },
            changed: { cache.clear() }
        )
        searchablePDFs = SearchablePDFQueue(originals: originals, options: configuration.ocr)
    }

    /// The services to run beside the HTTP server: the OCR of uploads and of searchable PDFs
    /// (``application(onRunning:)`` adds them; an application built on ``router()`` must too).
    public var services: [any Service] {
        [BackgroundOCR(uploads: uploads, searchablePDFs: searchablePDFs)]
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
        DispatchQueue.global().async { _ = try? self.facets() }
        try await application(onRunning: onRunning).runService()
    }

    /// Whether no upload is waiting or being ingested.
    public var uploadsIdle: Bool { uploads.isIdle }

    /// Facets for the filter menus, cached until an upload stores something.
    func facets() throws -> ArchiveFacets {
        if let cached = facetsCache.value { return cached }
        let fresh = try archive.facets()
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

/// The archive's facets, kept between requests.
final class FacetsCache: Sendable {
    private let stored = Mutex<ArchiveFacets?>(nil)

    var value: ArchiveFacets? {
        get { stored.withLock { $0 } }
        set { stored.withLock { $0 = newValue } }
    }

    func clear() { value = nil }
}

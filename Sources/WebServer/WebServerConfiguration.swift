import Foundation
public import OCR

/// How `vanthu serve` runs: where the archive is, where it listens, who may use it, what it accepts.
public struct WebServerConfiguration: Sendable {
    /// The archive file (`Indexes/archive.sqlite`); for a PostgreSQL archive, its URL without the
    /// password (shown only).
    public var indexPath: String
    /// The address to bind: loopback unless told otherwise.
    public var host: String
    /// More host names the server answers to (`--allowed-host`, e.g. a LAN name "vanthu.ubnd.local");
    /// any other `Host` is refused (DNS rebinding).
    public var allowedHosts: [String] = []
    /// Most connections open at once (`--max-connections`); more are closed on arrival.
    public var maxConnections = 256
    /// Seconds a connection may stay idle between requests before it is closed.
    public var idleTimeoutSeconds = 30
    /// Seconds a new connection has to send its first request's header.
    public var headerTimeoutSeconds = 10
    /// The TCP port.
    public var port: Int
    /// When set, every request must carry it (cookie, `Authorization: Bearer`, or `?token=` once).
    public var accessToken: String?
    /// Largest upload accepted, in bytes.
    public var maxUploadBytes: Int
    /// Most pages accepted in one uploaded file.
    public var maxPages: Int
    /// Results per page of search.
    public var resultsPerPage: Int
    /// OCR settings for uploads.
    public var ocr: OCROptions
    /// The `dot` program that draws graphs.
    public var dotPath: String

    /// Creates a configuration.
    public init(
        indexPath: String,
        host: String = "127.0.0.1",
        port: Int = 8080,
        accessToken: String? = nil,
        maxUploadBytes: Int = 50 * 1024 * 1024,
        maxPages: Int = 100,
        resultsPerPage: Int = 20,
        ocr: OCROptions = OCROptions(),
        dotPath: String = "/usr/bin/dot"
    ) {
        self.indexPath = indexPath
        self.host = host
        self.port = port
        self.accessToken = accessToken
        self.maxUploadBytes = maxUploadBytes
        self.maxPages = maxPages
        self.resultsPerPage = resultsPerPage
        self.ocr = ocr
        self.dotPath = dotPath
        filesDirectory = indexPath + ".files"
    }

    /// Where uploaded originals are kept: `<index>.files/`, one file per SHA-256, with the
    /// searchable PDFs made from them. On a PostgreSQL archive the originals are in the database
    /// and this folder is the server's cache of them (``postgresCacheDirectory``).
    public var filesDirectory: String

    /// The cache of a server on a PostgreSQL archive: `~/.cache/vanthu/originals` (a folder of the
    /// user's own, so no other account can place files in it).
    public static var postgresCacheDirectory: String {
        let caches = FileManager.default.urls(for: .cachesDirectory, in: .userDomainMask).first ?? FileManager.default.temporaryDirectory
        return caches.appendingPathComponent("vanthu/originals").path
    }

    /// Whether the address is a loopback one (no token needed to be safe).
    public var isLoopback: Bool {
        host == "127.0.0.1" || host == "::1" || host == "localhost" || host.hasPrefix("127.")
    }
}

import ArgumentParser
import Foundation
import PostgresArchive
import WebServer

/// `vanthu serve`: the archive behind a web page for the office (Vietnamese interface).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the archive as a web page: upload, search, read, citations, deadlines.",
        discussion: """
            Binds to 127.0.0.1 unless --host says otherwise. On a LAN address give --token (or set \
            VANTHU_TOKEN): every request must then carry it; open http://HOST:PORT/?token=TOKEN once and \
            the browser keeps it in a cookie. With --index postgres://… uploads go into the database's \
            ingest queue and originals are read from the database, so several servers may serve one \
            archive; this server also processes queued files unless --no-worker (then run vanthu worker).
            """
    )

    @OptionGroup var archiveOption: ArchiveOption

    @Option(help: "Address to listen on (0.0.0.0 for every interface).")
    var host = "127.0.0.1"

    @Option(
        name: .customLong("allowed-host"),
        help: ArgumentHelp(
            "Another host name clients may use to reach the server (repeatable); any other Host header is refused.",
            valueName: "NAME"
        )
    )
    var allowedHosts: [String] = []

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Access token required from every client (default: $VANTHU_TOKEN).")
    var token: String?

    @Option(help: "Largest upload, in megabytes.")
    var maxUploadMB = 50

    @Option(help: "Most pages per uploaded file.")
    var maxPages = 100

    @Option(help: "Most connections open at once; more are closed on arrival (idle ones close after 30 s, a request header must arrive within 10 s).")
    var maxConnections = 256

    @Flag(
        inversion: .prefixedNo,
        help: "On a PostgreSQL archive: also process queued files in this process, as vanthu worker does (--no-worker when worker machines do it)."
    )
    var worker = true

    @OptionGroup var ocr: OCROptionGroup

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1 to 65535") }
        guard maxConnections > 0 else { throw ValidationError("--max-connections must be positive") }
        guard maxUploadMB > 0, maxPages > 0 else { throw ValidationError("--max-upload-mb and --max-pages must be positive") }
    }

    func run() async throws {
        let location = try archiveOption.location()
        let token = self.token ?? ProcessInfo.processInfo.environment["VANTHU_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        var configuration = WebServerConfiguration(
            indexPath: location.display,
            host: host,
            port: port,
            accessToken: token,
            maxUploadBytes: maxUploadMB * 1024 * 1024,
            maxPages: maxPages,
            ocr: ocr.options()
        )
        configuration.allowedHosts = allowedHosts
        configuration.maxConnections = maxConnections
        if !configuration.isLoopback, token == nil {
            Output.error("vanthu: warning: serving on \(host) without --token: anyone on the network can read and upload")
        }
        switch location {
        case .file:
            let app: WebApp
            do {
                app = try WebApp(configuration: configuration)
            } catch {
                Output.error("vanthu: \(error)")
                throw ExitCode(1)
            }
            try await serve(app, what: location.display)
        case .postgres(let postgres):
            configuration.filesDirectory = WebServerConfiguration.postgresCacheDirectory
            let inProcessWorker = worker
            try await postgres.withClient { client in
                let app = try await WebApp(configuration: configuration, location: postgres, client: client, inProcessWorker: inProcessWorker)
                let role = inProcessWorker ? "with an in-process worker" : "without a worker (--no-worker)"
                try await serve(app, what: "\(postgres.redacted) \(role)")
            }
        }
    }

    /// Runs the server until it is stopped, saying where it listens.
    private func serve(_ app: WebApp, what: String, isolation: isolated (any Actor)? = #isolation) async throws {
        let (host, port) = (host, port)
        do {
            try await app.run { Output.error("vanthu: serving \(what) at http://\(host):\(port)/ (Ctrl-C stops)") }
        } catch {
            if "\(error)".contains("Address already in use") {
                Output.error("vanthu: port \(port) on \(host) is already in use (another vanthu serve?); choose another with --port")
            } else {
                Output.error("vanthu: cannot serve on \(host):\(port): \(error)")
            }
            throw ExitCode(1)
        }
    }
}

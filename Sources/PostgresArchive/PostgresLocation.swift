import Foundation
public import Logging
public import PostgresNIO

/// Where a PostgreSQL archive lives: a `postgres://user[:password]@host[:port]/database` URL, parsed.
///
/// `postgresql://` is accepted too, as libpq does. Query parameters, all optional:
/// - `sslmode`: `disable`, `prefer` (the default) or `require`;
/// - `options`: command-line options for the server session, as libpq passes them
///   (`options=-c%20search_path%3Dtenant,public`);
/// - `application_name`: the name shown in `pg_stat_activity`.
///
/// User and password may be percent-encoded (`p%40ss` for `p@ss`); the password is never printed
/// (see ``redacted``).
///
/// ```swift
/// let location = try PostgresLocation(url: "postgres://vanthu@db.local/archive")
/// try await location.withClient { client in
///     let queue = IngestQueue(client: client)
///     print(try await queue.status())
/// }
/// ```
public struct PostgresLocation: Sendable, Hashable {
    /// How the connection is encrypted.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// Plain TCP (a server on loopback or in a private network).
        case disable
        /// TLS when the server offers it, plain TCP otherwise.
        case prefer
        /// TLS, or no connection.
        case require
    }

    /// The server's host name or IP address.
    public var host: String
    /// The server's TCP port (5432 unless the URL says otherwise).
    public var port: Int
    /// The user to log in as.
    public var username: String
    /// The user's password, when the URL gives one.
    public var password: String?
    /// The database's name.
    public var database: String
    /// How the connection is encrypted.
    public var tls: TLSMode
    /// Server options for every session (`-c search_path=...`), as libpq's `options` parameter.
    public var options: String?
    /// The application name the server shows for our sessions.
    public var applicationName: String

    /// The URL schemes that name a PostgreSQL database.
    public static let schemes: Set<String> = ["postgres", "postgresql"]

    /// Whether the text names a PostgreSQL database (`postgres://…`) rather than an SQLite file path:
    /// what `--index` uses to choose a backend.
    /// - Parameter text: An `--index` argument or a `VANTHU_INDEX` value.
    /// - Returns: `true` when the text starts with `postgres://` or `postgresql://`.
    public static func isPostgresURL(_ text: String) -> Bool {
        guard let colon = text.range(of: "://") else { return false }
        return schemes.contains(text[..<colon.lowerBound].lowercased())
    }

    /// Parses a PostgreSQL URL.
    /// - Parameter url: `postgres://user[:password]@host[:port]/database[?sslmode=…&options=…]`.
    /// - Throws: ``PostgresArchiveError`` with code ``PostgresArchiveError/Code/invalidURL`` naming
    ///   what is missing or malformed.
    public init(url: String) throws {
        func invalid(_ vietnamese: String, _ english: String) -> PostgresArchiveError {
            PostgresArchiveError(
                .invalidURL,
                "Địa chỉ cơ sở dữ liệu không hợp lệ: \(vietnamese). Dạng đúng: postgres://người_dùng@máy_chủ:cổng/tên_cơ_sở_dữ_liệu",
                "Invalid database URL: \(english). Expected postgres://user@host:port/database",
                underlying: PostgresLocation.redact(url)
            )
        }
        guard Self.isPostgresURL(url) else {
            throw invalid("phải bắt đầu bằng postgres:// hoặc postgresql://", "it must start with postgres:// or postgresql://")
        }
        guard let components = URLComponents(string: url) else {
            throw invalid(
                "không đọc được (cổng phải là số; ký tự đặc biệt trong mật khẩu phải mã hoá %XX)",
                "it cannot be read (the port must be a number; escape special characters of the password as %XX)"
            )
        }
        let rawHost = components.host ?? ""
        let host = rawHost.hasPrefix("[") && rawHost.hasSuffix("]") ? String(rawHost.dropFirst().dropLast()) : rawHost
        guard !host.isEmpty else { throw invalid("thiếu tên máy chủ", "the host is missing") }
        guard let username = components.user, !username.isEmpty else {
            throw invalid("thiếu tên người dùng (postgres://người_dùng@…)", "the user is missing (postgres://user@…)")
        }
        let port = components.port ?? 5432
        guard (1...65_535).contains(port) else { throw invalid("cổng \(port) nằm ngoài 1–65535", "port \(port) is outside 1–65535") }
        var database = components.path
        if database.hasPrefix("/") { database.removeFirst() }
        guard !database.isEmpty else {
            throw invalid("thiếu tên cơ sở dữ liệu sau dấu /", "the database name after / is missing")
        }
        guard !database.contains("/") else {
            throw invalid("tên cơ sở dữ liệu không được chứa dấu /", "the database name cannot contain /")
        }
        guard components.fragment == nil else { throw invalid("không được có phần #…", "a #fragment is not allowed") }

        var tls = TLSMode.prefer
        var options: String?
        var applicationName = "vanthu"
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else {
                    throw invalid("sslmode phải là disable, prefer hoặc require", "sslmode must be disable, prefer or require")
                }
                tls = mode
            case "options": options = value
            case "application_name": applicationName = value
            default:
                throw invalid(
                    "tham số “\(item.name)” không được hỗ trợ (có: sslmode, options, application_name)",
                    "parameter “\(item.name)” is not supported (known: sslmode, options, application_name)"
                )
            }
        }
        self.init(
            host: host,
            port: port,
            username: username,
            password: components.password,
            database: database,
            tls: tls,
            options: options,
            applicationName: applicationName
        )
    }

    /// Creates a location from its parts.
    public init(
        host: String,
        port: Int = 5432,
        username: String,
        password: String? = nil,
        database: String,
        tls: TLSMode = .prefer,
        options: String? = nil,
        applicationName: String = "vanthu"
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls
        self.options = options
        self.applicationName = applicationName
    }

    /// The URL without its password, for logs and messages.
    public var redacted: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(username)@\(hostPart):\(port)/\(database)"
    }

    /// postgres-nio's configuration of a connection pool for this location.
    public var clientConfiguration: PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: host,
            port: port,
            username: username,
            password: password,
            database: database,
            tls: clientTLS
        )
        configuration.options.additionalStartupParameters = startupParameters
        return configuration
    }

    /// postgres-nio's configuration of a single connection (for `LISTEN`, or a probe).
    /// - Throws: NIOSSL's error when no TLS context can be made (no system certificates).
    public func connectionConfiguration() throws -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(
            host: host,
            port: port,
            username: username,
            password: password,
            database: database,
            tls: try connectionTLS()
        )
        configuration.options.additionalStartupParameters = startupParameters
        return configuration
    }

    /// Runs `body` with a connection pool to this location, then closes the pool.
    ///
    /// One connection is opened first, so an unreachable server, a wrong user or a missing
    /// database fails at once with a clear error instead of a query waiting for the pool.
    /// - Parameters:
    ///   - logger: Where the pool logs its background events.
    ///   - body: The work to do with the pool.
    /// - Returns: What `body` returns.
    /// - Throws: ``PostgresArchiveError/Code/connectionFailed`` when the server cannot be reached,
    ///   or what `body` throws.
    @discardableResult
    public func withClient<Result: Sendable>(
        logger: Logger = PostgresMigrator.quiet,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresClient) async throws -> Result
    ) async throws -> Result {
        try await probe(logger: logger)
        let client = PostgresClient(configuration: clientConfiguration, backgroundLogger: logger)
        return try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(client)
        }
    }

    /// Opens one connection and closes it.
    /// - Throws: ``PostgresArchiveError/Code/connectionFailed`` naming the server and the cause.
    public func probe(logger: Logger = PostgresMigrator.quiet) async throws {
        do {
            let connection = try await PostgresConnection.connect(configuration: try connectionConfiguration(), id: 0, logger: logger)
            try await connection.close()
        } catch {
            let cause = (error as? PSQLError).flatMap { $0.serverInfo?[.message] } ?? String(describing: error)
            throw PostgresArchiveError(
                .connectionFailed,
                "Không kết nối được tới cơ sở dữ liệu \(redacted): kiểm tra máy chủ đang chạy, tên người dùng, mật khẩu và tên cơ sở dữ liệu",
                "Cannot connect to \(redacted): check that the server runs and the user, password and database are right",
                underlying: cause
            )
        }
    }

    private var startupParameters: [(String, String)] {
        var parameters = [("application_name", applicationName)]
        if let options { parameters.append(("options", options)) }
        return parameters
    }

    private var clientTLS: PostgresClient.Configuration.TLS {
        switch tls {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
    }

    private func connectionTLS() throws -> PostgresConnection.Configuration.TLS {
        switch tls {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    /// The URL with its password replaced by `***`.
    static func redact(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}

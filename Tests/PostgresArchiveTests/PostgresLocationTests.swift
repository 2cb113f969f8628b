import PostgresNIO
import Testing

@testable import PostgresArchive

@Suite("PostgreSQL URL")
struct PostgresLocationTests {
    @Test("a full URL gives every part")
    func fullURL() throws {
        let location = try PostgresLocation(url: "postgres://vanthu:s%40cret@db.example:6543/archive?sslmode=disable")
        #expect(location.host == "db.example")
        #expect(location.port == 6543)
        #expect(location.username == "vanthu")
        #expect(location.password == "s@cret")
        #expect(location.database == "archive")
        #expect(location.tls == .disable)
        #expect(location.redacted == "postgres://vanthu@db.example:6543/archive")
        let configuration = location.clientConfiguration
        #expect(configuration.host == "db.example")
        #expect(configuration.port == 6543)
        #expect(configuration.username == "vanthu")
        #expect(configuration.password == "s@cret")
        #expect(configuration.database == "archive")
    }

    @Test("defaults: port 5432, TLS preferred, no password; postgresql:// and IPv6 accepted")
    func defaults() throws {
        let location = try PostgresLocation(url: "postgresql://postgres@127.0.0.1/vanthu_test")
        #expect(location.port == 5432)
        #expect(location.tls == .prefer)
        #expect(location.password == nil)
        #expect(location.database == "vanthu_test")
        let six = try PostgresLocation(url: "postgres://u@[::1]:5433/db")
        #expect(six.host == "::1")
        #expect(six.port == 5433)
        #expect(six.redacted == "postgres://u@[::1]:5433/db")
    }

    @Test("options reach the server as a startup parameter")
    func options() throws {
        let location = try PostgresLocation(url: "postgres://u@h/db?options=-c%20search_path%3Dtenant,public&application_name=desk1")
        #expect(location.options == "-c search_path=tenant,public")
        #expect(location.applicationName == "desk1")
        let parameters = location.clientConfiguration.options.additionalStartupParameters
        #expect(parameters.contains { $0 == ("options", "-c search_path=tenant,public") })
        #expect(parameters.contains { $0 == ("application_name", "desk1") })
    }

    @Test(
        "a malformed URL is refused with a code and both languages",
        arguments: [
            "archive.sqlite", "http://u@h/db", "postgres://h/db", "postgres://u@/db", "postgres://u@h",
            "postgres://u@h/", "postgres://u@h:port/db", "postgres://u@h:70000/db", "postgres://u@h/db/extra",
            "postgres://u@h/db?sslmode=maybe", "postgres://u@h/db?colour=blue", "postgres://u@h/db#x",
        ]
    )
    func malformed(url: String) {
        #expect {
            try PostgresLocation(url: url)
        } throws: { error in
            guard let error = error as? PostgresArchiveError else { return false }
            return error.code == .invalidURL && error.vietnamese.contains("không hợp lệ") && error.message.contains("Invalid database URL")
        }
    }

    @Test("the password never appears in an error")
    func passwordHidden() {
        #expect {
            try PostgresLocation(url: "postgres://u:topsecret@h/db?colour=blue")
        } throws: { error in
            "\(error)".contains("topsecret") == false && ((error as? PostgresArchiveError)?.underlying ?? "").contains("topsecret") == false
        }
    }

    @Test("--index tells a URL from a file path")
    func urlOrPath() {
        #expect(PostgresLocation.isPostgresURL("postgres://u@h/db"))
        #expect(PostgresLocation.isPostgresURL("PostgreSQL://u@h/db"))
        #expect(!PostgresLocation.isPostgresURL("Indexes/archive.sqlite"))
        #expect(!PostgresLocation.isPostgresURL("/tmp/postgres://x"))
    }
}

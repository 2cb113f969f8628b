public import Foundation

/// The PostgreSQL server of the tests that need one: `VANTHU_TEST_POSTGRES_URL`
/// (`Scripts/postgres/test-server.sh start` prints one). Without it those suites are skipped with
/// one line, unless `VANTHU_REQUIRE_POSTGRES=1` (CI), where they run and fail with ``Missing``.
///
/// ```swift
/// static let enabled = PostgresTestEnvironment.enabled("Web server tests on PostgreSQL")
/// ```
public enum PostgresTestEnvironment {
    /// The test server's URL, when set.
    public static let url: String? = {
        guard let url = ProcessInfo.processInfo.environment["VANTHU_TEST_POSTGRES_URL"], !url.isEmpty else { return nil }
        return url
    }()

    /// Whether a missing server is a failure (CI) rather than a reason to skip.
    public static let required = ProcessInfo.processInfo.environment["VANTHU_REQUIRE_POSTGRES"] == "1"

    /// Whether `suites` run; when they do not, says so in one line naming them.
    public static func enabled(_ suites: String) -> Bool {
        if url != nil || required { return true }
        print(
            "\(suites) skipped: VANTHU_TEST_POSTGRES_URL is not set "
                + "(export VANTHU_TEST_POSTGRES_URL=$(Scripts/postgres/test-server.sh start) to run them)"
        )
        return false
    }

    /// The server is required but its URL is not set.
    public struct Missing: Error, CustomStringConvertible {
        public init() {}

        public var description: String {
            "VANTHU_REQUIRE_POSTGRES=1 but VANTHU_TEST_POSTGRES_URL is not set: .ci/run must start the test server"
        }
    }
}

import ArgumentParser
import Testing
@testable import vanthu

/// Issue 13, item 13: usage errors are validation failures (exit 2, see `Main`), caught before the
/// archive is opened: impossible days, empty filters, a limit of 0, a zero page limit.
@Suite("Usage errors")
struct UsageErrorTests {
    @Test(arguments: [
        ["search", "x", "--from", "2024-13-45"],
        ["search", "x", "--to", "2024-02-30"],
        ["search", "x", "--to", "2023-02-29"],
        ["search", "x", "--limit", "0"],
        ["search", "x", "--limit", "1001"],
        ["search", "x", "--issuer", " "],
        ["search", "x", "--type", ""],
        ["deadlines", "--before", "2024-04-31"],
        ["ocr", "--max-pages", "0", "a.pdf"],
        ["serve", "--max-connections", "0"],
    ])
    func refusedAsUsage(arguments: [String]) {
        do {
            _ = try Vanthu.parseAsRoot(arguments)
            Issue.record("accepted: \(arguments)")
        } catch {
            #expect(Vanthu.exitCode(for: error) == .validationFailure, "\(arguments): \(Vanthu.fullMessage(for: error))")
        }
    }

    @Test(arguments: [
        ["search", "x", "--to", "2024-02-29"],
        ["search", "--", "-CP 59"],
        ["search", "x", "--limit", "1000", "--from", "2024-01-31"],
    ])
    func accepted(arguments: [String]) throws {
        _ = try Vanthu.parseAsRoot(arguments)
    }
}

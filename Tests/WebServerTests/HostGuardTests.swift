import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebServer

/// Issue 13, item 2: DNS rebinding. Hummingbird's test clients always say `Host: localhost`, so
/// the requests here go through a responder that sets the authority from an `X-Test-Host` header
/// before the app's own router (with all its middleware) sees them.
@Suite("Host names the server answers to")
struct HostGuardTests {
    struct Rewriting<Inner: HTTPResponder>: HTTPResponder where Inner.Context == BasicRequestContext {
        let inner: Inner
        func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
            var head = request.head
            if let host = request.headers[HTTPField.Name("X-Test-Host")!] { head.authority = host }
            return try await inner.respond(to: Request(head: head, body: request.body), context: context)
        }
    }

    static func status(
        _ server: TestServer,
        host: String,
        method: HTTPRequest.Method = .get,
        origin: String? = nil
    ) async throws -> HTTPResponse.Status {
        let application = Application(responder: Rewriting(inner: server.app.router().buildResponder()))
        return try await application.test(.router) { client in
            var headers = method == .post ? server.uploadHeaders(name: "a.txt") : HTTPFields()
            headers[HTTPField.Name("X-Test-Host")!] = host
            if let origin { headers[.origin] = origin }
            return try await client.execute(
                uri: method == .post ? "/api/uploads" : "/api/facets",
                method: method,
                headers: headers,
                body: method == .post ? ByteBuffer(string: "Công văn số 1/UBND\n") : nil
            ) { $0.status }
        }
    }

    @Test func loopbackNamesAreServed() async throws {
        let server = try TestServer()
        for host in ["127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080"] {
            #expect(try await Self.status(server, host: host) == .ok, "\(host)")
        }
    }

    @Test func aReboundNameIsRefused() async throws {
        let server = try TestServer()
        #expect(try await Self.status(server, host: "evil.example:8080") == .misdirectedRequest)
        #expect(try await Self.status(server, host: "evil.example:8080", method: .post, origin: "http://evil.example:8080") == .misdirectedRequest)
    }

    @Test func anOriginMustBeAnAllowedName() async throws {
        let server = try TestServer()
        #expect(try await Self.status(server, host: "localhost:8080", method: .post, origin: "http://localhost:8080") == .accepted)
        #expect(try await Self.status(server, host: "localhost:8080", method: .post, origin: "http://evil.example:8080") == .forbidden)
    }

    @Test func allowedHostNamesAndTheBoundAddress() {
        let names = HostGuard<BasicRequestContext>.allowedNames(host: "192.168.1.20", extra: ["VanThu.UBND.local", "10.0.0.5:8080"])
        #expect(names.isSuperset(of: ["127.0.0.1", "localhost", "::1", "192.168.1.20", "vanthu.ubnd.local", "10.0.0.5"]))
        #expect(!names.contains("evil.example"))
        let all = HostGuard<BasicRequestContext>.allowedNames(host: "0.0.0.0", extra: [])
        #expect(all.contains("127.0.0.1"))
        #expect(HostGuard<BasicRequestContext>.hostName(ofAuthority: "[fe80::1]:80") == "fe80::1")
        #expect(HostGuard<BasicRequestContext>.hostName(ofAuthority: "Example.ORG:8080") == "example.org")
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebServer

@Suite("Safety")
struct SafetyTests {
    @Test("a scan that reads <script> stays text on every page that shows it")
    func escaping() async throws {
        let server = try TestServer()
        try await server.test { client in
            let text = """
                ỦY BAN NHÂN DÂN QUẬN 6
                Số: 12/TB-UBND
                THÔNG BÁO
                Về việc <script>alert("xss")</script> kiểm tra <img src=x onerror=alert(1)> an toàn
                Nội dung: thử nghiệm "dấu ngoặc" & ký tự đặc biệt </pre><b>đậm</b>
                """
            let job = try await server.ingest(client, name: "<i>tb.txt", data: Data(text.utf8))
            let id = try #require(job.documentID)
            let (_, page, headers) = try await TestServer.get(client, "/documents/\(id)?q=script")
            #expect(!page.contains("<script>alert"))
            #expect(!page.contains("<img src=x"))
            #expect(!page.contains("</pre><b>"))
            #expect(page.contains("&lt;<mark>script</mark>&gt;alert(&quot;xss&quot;)"))
            #expect(page.contains("&lt;i&gt;tb.txt"))
            #expect(headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            let (_, results, _) = try await TestServer.get(client, "/?q=script+alert")
            #expect(results.contains("/documents/\(id)"))
            #expect(!results.contains("<script>alert"))
            let (_, echoed, _) = try await TestServer.get(client, "/?q=%3Cscript%3Ealert(2)%3C%2Fscript%3E")
            #expect(!echoed.contains("<script>alert(2)"))
            #expect(echoed.contains("&lt;script&gt;alert(2)"))
        }
    }

    @Test("POSTs from another site are refused; the page's own are accepted")
    func crossSite() async throws {
        let server = try TestServer()
        try await server.test { client in
            let payload = ByteBuffer(string: "Số: 1/TB-UBND\nTHÔNG BÁO\nVề việc thử\n")
            var noToken = HTTPFields()
            noToken[HTTPField.Name("X-File-Name")!] = "a.txt"
            let status1 = try await TestServer.post(client, "/api/uploads", headers: noToken, body: payload)
            #expect(status1 == .forbidden)

            var foreign = server.uploadHeaders(name: "a.txt")
            foreign[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            let status2 = try await TestServer.post(client, "/api/uploads", headers: foreign, body: payload)
            #expect(status2 == .forbidden)

            var origin = server.uploadHeaders(name: "a.txt")
            origin[HTTPField.Name("Sec-Fetch-Site")!] = nil
            origin[.origin] = "http://evil.example"
            let status3 = try await TestServer.post(client, "/api/uploads", headers: origin, body: payload)
            #expect(status3 == .forbidden)

            var wrong = server.uploadHeaders(name: "a.txt")
            wrong[HTTPField.Name("X-CSRF-Token")!] = String(repeating: "0", count: 64)
            let status4 = try await TestServer.post(client, "/api/uploads", headers: wrong, body: payload)
            #expect(status4 == .forbidden)

            var same = server.uploadHeaders(name: "a.txt")
            same[.origin] = "http://localhost"
            let status5 = try await TestServer.post(client, "/api/uploads", headers: same, body: payload)
            #expect(status5 == .accepted)
            #expect(try await server.app.uploads.jobs().count == 1, "refused requests queue nothing")
        }
    }

    @Test("with an access token, nothing is served without it")
    func accessToken() async throws {
        let server = try TestServer(token: "s3cret-token")
        try await server.test { client in
            let got1 = try await TestServer.get(client, "/").0
            #expect(got1 == .unauthorized)
            let got2 = try await TestServer.get(client, "/api/search?q=x").0
            #expect(got2 == .unauthorized)
            let got3 = try await TestServer.get(client, "/?token=wrong").0
            #expect(got3 == .unauthorized)
            let (status, _, headers) = try await TestServer.get(client, "/?q=dan&token=s3cret-token")
            #expect(status == .seeOther)
            #expect(headers[.location] == "/?q=dan")
            #expect(headers[.setCookie]?.hasPrefix("vanthu_token=s3cret-token;") == true)
            let (_, _, away) = try await TestServer.get(client, "//evil.example/x?token=s3cret-token")
            #expect(away[.location] == "/evil.example/x", "the redirect stays on this server")
            var cookie = HTTPFields()
            cookie[.cookie] = "vanthu_token=s3cret-token"
            let got4 = try await TestServer.get(client, "/", headers: cookie).0
            #expect(got4 == .ok)
            var bearer = HTTPFields()
            bearer[.authorization] = "Bearer s3cret-token"
            let got5 = try await TestServer.get(client, "/api/facets", headers: bearer).0
            #expect(got5 == .ok)
            // A script with the token may POST without the page's anti-forgery token.
            bearer[HTTPField.Name("X-File-Name")!] = "b.txt"
            let upload = try await TestServer.post(client, "/api/uploads", headers: bearer, body: ByteBuffer(string: "Số: 2/TB-UBND\nTHÔNG BÁO\n"))
            #expect(upload == .accepted)
        }
    }

    @Test("token comparison and origin parsing")
    func helpers() {
        #expect(AccessTokenMiddleware<BasicRequestContext>.equal("abc", "abc"))
        #expect(!AccessTokenMiddleware<BasicRequestContext>.equal("abc", "abd"))
        #expect(!AccessTokenMiddleware<BasicRequestContext>.equal("abc", "abcd"))
        #expect(CrossSiteGuard<BasicRequestContext>.hostAndPort(ofOrigin: "http://LOCALHOST:8080") == "localhost:8080")
        #expect(CrossSiteGuard<BasicRequestContext>.hostAndPort(ofOrigin: "null") == nil)
        #expect(OriginalStore.safeName("../../etc/passwd") == "passwd")
        #expect(OriginalStore.safeName("..") == "tệp")
        #expect(OriginalStore.safeName("a\u{0}b\nc.pdf") == "abc.pdf")
        #expect(!OriginalStore.isDigest("../" + String(repeating: "a", count: 61)))
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore

/// Lets a request through only when it carries the office's access token: `Authorization: Bearer T`
/// (scripts), the `vanthu_token` cookie (browsers), or `?token=T` once, which sets the cookie and
/// redirects to the same page without the token in the address.
struct AccessTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The token; `nil` lets every request through (loopback use).
    let token: String?

    static var cookieName: String { "vanthu_token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token else { return try await next(request, context) }
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer "),
            Self.equal(String(authorization.dropFirst(7)), token)
        {
            return try await next(request, context)
        }
        if let cookie = request.cookies[Self.cookieName], Self.equal(cookie.value, token) {
            return try await next(request, context)
        }
        if let given = request.uri.queryParameters["token"], Self.equal(String(given), token) {
            var headers = HTTPFields()
            headers[.location] = Self.pathWithoutToken(request.uri)
            headers[.setCookie] = "\(Self.cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"
            headers[.cacheControl] = "no-store"
            return Response(status: .seeOther, headers: headers)
        }
        throw WebError(.unauthorized, "Cần mã truy cập: mở địa chỉ mà người quản trị đã gửi (có ?token=…).")
    }

    /// Compares in time independent of where the strings differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for index in 0..<max(x.count, y.count) {
            difference |= (index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0)
        }
        return difference == 0
    }

    /// The request's path and query, minus `token`; always a path on this server ("//host" would
    /// send the browser elsewhere).
    static func pathWithoutToken(_ uri: URI) -> String {
        var path = uri.path
        while path.hasPrefix("//") || path.hasPrefix("/\\") { path.removeFirst() }
        if !path.hasPrefix("/") { path = "/" + path }
        let kept = uri.queryParameters.filter { $0.key != "token" }
        guard !kept.isEmpty else { return path }
        var components = URLComponents()
        components.queryItems = kept.map { URLQueryItem(name: String($0.key), value: String($0.value)) }
        return path + "?" + (components.percentEncodedQuery ?? "")
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore

/// Refuses state-changing requests (anything but GET and HEAD) that come from another site:
///
/// - `Sec-Fetch-Site`, when the browser sends it, must be `same-origin` or `none`;
/// - `Origin`, when present, must name this server: a host name it answers to (``HostGuard``), and
///   the same host and port as the `Host` the browser used;
/// - the request must carry the page's anti-forgery token in `X-CSRF-Token` — another site cannot
///   read it — unless it authenticates with `Authorization: Bearer`, which browsers never add on
///   their own.
struct CrossSiteGuard<Context: RequestContext>: RouterMiddleware {
    /// The anti-forgery token of this server run, written into every page.
    let csrfToken: String
    /// The host names this server answers to (``HostGuard/allowedNames(host:extra:)``).
    let allowedHosts: Set<String>

    static var headerName: HTTPField.Name { HTTPField.Name("X-CSRF-Token")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        switch request.method {
        case .get, .head, .options:
            return try await next(request, context)
        default:
            break
        }
        let refusal = WebError(.forbidden, "Yêu cầu bị từ chối: nó không đến từ trang của vanthu (chống giả mạo yêu cầu).")
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], site != "same-origin", site != "none" {
            throw refusal
        }
        if let origin = request.headers[.origin] {
            let host = request.head.authority ?? ""
            guard let originHost = Self.hostAndPort(ofOrigin: origin), originHost == host.lowercased(),
                allowedHosts.contains(HostGuard<Context>.hostName(ofAuthority: originHost))
            else {
                throw refusal
            }
        }
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer ") {
            return try await next(request, context)
        }
        guard let token = request.headers[Self.headerName], AccessTokenMiddleware<Context>.equal(token, csrfToken) else {
            throw refusal
        }
        return try await next(request, context)
    }

    /// "http://127.0.0.1:8080" → "127.0.0.1:8080"; `nil` for "null" or anything unparsable.
    static func hostAndPort(ofOrigin origin: String) -> String? {
        guard let range = origin.range(of: "://") else { return nil }
        let rest = origin[range.upperBound...]
        guard !rest.isEmpty, !rest.contains("/") else { return nil }
        return rest.lowercased()
    }
}

import Foundation
import HTTPTypes
import Hummingbird

/// Refuses requests whose `Host` is not a name this server answers to: the defence against DNS
/// rebinding, where a page on `evil.example` has its name re-pointed at 127.0.0.1 and then reads
/// the archive as a same-origin page of `evil.example`.
///
/// Accepted: `127.0.0.1`, `localhost`, `[::1]`, the `--host` address, every address of this
/// machine and its host name when bound to all interfaces (`0.0.0.0`, `::`), and each
/// `--allowed-host` name. The port is not compared (the socket already decided it). Requests
/// without a `Host` (HTTP/1.0 tools) are served: browsers always send one.
struct HostGuard<Context: RequestContext>: RouterMiddleware {
    /// Lower-case host names without port or brackets.
    let allowed: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let authority = request.head.authority, !allowed.contains(Self.hostName(ofAuthority: authority)) {
            throw WebError(
                .misdirectedRequest,
                "Địa chỉ máy chủ “\(authority)” không phải tên của máy chủ vanthu này; hãy mở trang bằng địa chỉ được cấp (hoặc thêm tên đó bằng --allowed-host)."
            )
        }
        return try await next(request, context)
    }

    /// "LOCALHOST:8080" → "localhost"; "[::1]:8080" → "::1".
    static func hostName(ofAuthority authority: String) -> String {
        let lower = authority.lowercased()
        if lower.hasPrefix("["), let close = lower.firstIndex(of: "]") {
            return String(lower[lower.index(after: lower.startIndex)..<close])
        }
        if lower.filter({ $0 == ":" }).count > 1 { return lower }  // a bare IPv6 address
        return String(lower.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    /// The names a server bound to `host` answers to, with `extra` names.
    static func allowedNames(host: String, extra: [String]) -> Set<String> {
        var names: Set<String> = ["127.0.0.1", "localhost", "::1"]
        names.insert(hostName(ofAuthority: host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host))
        for name in extra where !name.isEmpty { names.insert(hostName(ofAuthority: name)) }
        if host == "0.0.0.0" || host == "::" || host == "[::]" {
            names.formUnion(machineNames())
        }
        return names
    }

    /// This machine's interface addresses and host name (with `.local`, mDNS).
    static func machineNames() -> Set<String> {
        var names: Set<String> = []
        var buffer = [CChar](repeating: 0, count: 256)
        if gethostname(&buffer, buffer.count) == 0 {
            let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).lowercased()
            if !name.isEmpty {
                names.insert(name)
                names.insert(name + ".local")
            }
        }
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return names }
        defer { freeifaddrs(list) }
        var item: UnsafeMutablePointer<ifaddrs>? = first
        while let current = item {
            defer { item = current.pointee.ifa_next }
            guard let address = current.pointee.ifa_addr else { continue }
            let family = Int32(address.pointee.sa_family)
            guard family == AF_INET || family == AF_INET6 else { continue }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
            if getnameinfo(address, length, &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 {
                var text = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).lowercased()
                if let percent = text.firstIndex(of: "%") { text = String(text[..<percent]) }  // fe80::1%eth0
                names.insert(text)
            }
        }
        return names
    }
}

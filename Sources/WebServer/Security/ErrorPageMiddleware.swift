import Archive
import Hummingbird

/// Turns refusals and failures into a page in Vietnamese (or `{"error": ...}` under `/api`), so a
/// clerk never sees a stack trace or an English status line.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let csrfToken: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let failure = Self.webError(error)
            if request.uri.path.hasPrefix("/api/") || request.headers[.accept]?.hasPrefix("application/json") == true {
                return try Reply.json(["error": failure.message], status: failure.status)
            }
            return Reply.html(Layout.error(failure, csrfToken: csrfToken), status: failure.status)
        }
    }

    static func webError(_ error: any Error) -> WebError {
        switch error {
        case let error as WebError:
            return error
        case let error as ArchiveError:
            let status: HTTPResponse.Status =
                switch error.code {
                case .invalidArgument: .badRequest
                case .notFound: .notFound
                case .busy: .serviceUnavailable
                default: .internalServerError
                }
            return WebError(status, archiveMessage(error))
        case let error as HTTPError:
            return switch error.status {
            case .notFound: .notFound
            case .contentTooLarge: WebError(.contentTooLarge, "Tệp quá lớn.")
            default: WebError(error.status, "Yêu cầu không hợp lệ (\(error.status.code)).")
            }
        default:
            return WebError(.internalServerError, "Máy chủ gặp lỗi khi xử lý yêu cầu này.")
        }
    }

    /// The archive's own message (English, for the log) behind a Vietnamese one.
    static func archiveMessage(_ error: ArchiveError) -> String {
        switch error.code {
        case .invalidArgument: "Điều kiện tìm không hợp lệ: \(error.message)"
        case .notFound: "Không tìm thấy: \(error.message)"
        case .busy: "Kho lưu trữ đang bận ghi; thử lại sau ít giây."
        default: "Kho lưu trữ gặp lỗi: \(error.message)"
        }
    }
}

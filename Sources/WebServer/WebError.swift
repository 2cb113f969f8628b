public import Hummingbird

/// A request the server refuses, with a message in Vietnamese for the person at the browser.
public struct WebError: Error, Sendable, CustomStringConvertible {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// What went wrong and what to do, in Vietnamese.
    public var message: String

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// "404: message".
    public var description: String { "\(status.code): \(message)" }

    static let notFound = WebError(.notFound, "Không tìm thấy trang hoặc văn bản này.")
    static let badDocumentID = WebError(.badRequest, "Mã văn bản không hợp lệ.")
}

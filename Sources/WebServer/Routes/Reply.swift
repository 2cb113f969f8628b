import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore

/// Responses the routes send.
enum Reply {
    static func html(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        text(html.markup, contentType: "text/html; charset=utf-8", status: status)
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok, filename: String? = nil) -> Response {
        bytes(Data(text.utf8), contentType: contentType, status: status, filename: filename)
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return bytes(try encoder.encode(value), contentType: "application/json; charset=utf-8", status: status)
    }

    /// Bytes; with `filename`, offered as a download (the name is given ASCII-safe and in UTF-8).
    static func bytes(_ data: Data, contentType: String, status: HTTPResponse.Status = .ok, filename: String? = nil) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.contentLength] = String(data.count)
        headers[.cacheControl] = "no-store"
        if let filename { headers[.contentDisposition] = disposition(filename) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `attachment; filename="..."; filename*=UTF-8''...`, quotes and controls removed.
    static func disposition(_ filename: String) -> String {
        let ascii = String(
            filename.unicodeScalars.map { scalar -> Character in
                scalar.isASCII && scalar.value >= 0x20 && scalar != "\"" && scalar != "\\" ? Character(scalar) : "_"
            }
        )
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }

    /// The MIME type of a sniffed format.
    static func contentType(ofFormat format: String) -> String {
        switch format {
        case "pdf": "application/pdf"
        case "png": "image/png"
        case "jpeg": "image/jpeg"
        case "tiff": "image/tiff"
        default: "text/plain; charset=utf-8"
        }
    }
}

import Foundation
import VietnameseText

/// Names the issuer from the body when the header is lost: "Trường Tiểu học Nguyễn Huệ xây dựng
/// Kế hoạch …" or "Trên đây là Kế hoạch … của trường Tiểu học Nguyễn Huệ."
enum IssuerInference {
    /// Verbs by which a body names its own issuer at the start of a sentence.
    static let verbs = [" xây dựng ", " ban hành ", " báo cáo ", " thông báo ", " đề nghị "]

    /// The issuer named in the body, or `nil`.
    static func infer(from lines: [TextLine], typeName: String?) -> String? {
        for line in lines where typeName != nil {
            let text = line.text
            guard IssuerExtractor.startsOrgan(text), text.first?.isUppercase ?? false else { continue }
            for verb in verbs {
                guard let r = text.range(of: verb) else { continue }
                let organ = String(text[..<r.lowerBound])
                let tail = VietnameseFolding.fold(String(text[r.upperBound...]))
                let typeOK = typeName.map { tail.hasPrefix(VietnameseFolding.fold($0)) } ?? true
                if typeOK, organ.split(separator: " ").count <= 10 { return organ }
            }
        }
        for line in lines.reversed() where line.fold.hasPrefix("tren day la") {
            var search = line.text[...]
            while let r = search.range(of: "của ") {
                let after = String(search[r.upperBound...])
                let words = after.split(separator: " ").map { VietnameseFolding.fold(String($0)) }
                if OrganName.match(OrganName.preparedPrefixes, in: words, at: 0) != nil {
                    let organ = after.prefix { $0 != "." && $0 != "," && $0 != ";" }
                    let trimmed = String(organ).trimmingSpaces()
                    guard let first = trimmed.first else { return nil }
                    return first.uppercased() + trimmed.dropFirst()
                }
                search = search[r.upperBound...]
            }
        }
        return nil
    }
}

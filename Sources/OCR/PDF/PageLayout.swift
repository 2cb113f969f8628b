import Foundation

/// Rebuilds a PDF page's text in physical reading order — line by line across the page, as OCR
/// reads a scan — from the position of every character of its text layer.
///
/// poppler's plain text follows the content stream's order, which on e-office dispatches puts
/// "Số:" on one line, the quốc hiệu on the next and "/UBND-KGVX" on a third. Rebuilt lines read
/// "Số: 507 /UBND-KGVX Quảng Ngãi, ngày 24 tháng 01 năm 2025", and text stamped on the page
/// outside the layer (the number and day of signature widgets, read by OCR) is placed where it
/// stands.
struct PageLayout {
    /// A piece of text and its box, in points from the page's top-left corner.
    struct Piece {
        var text: String
        var x1: Double
        var y1: Double
        var x2: Double
        var y2: Double
        /// A separate word (stamped text): always set off by spaces.
        var standalone = false

        var height: Double { y2 - y1 }
        var middle: Double { (y1 + y2) / 2 }
        var isSpace: Bool { text.allSatisfy(\.isWhitespace) }

        func contains(x: Double, y: Double) -> Bool { x >= x1 && x <= x2 && y >= y1 && y <= y2 }
    }

    /// Pairs each character of `text` with its rectangle (x1, y1, x2, y2 per character).
    static func glyphs(text: String, rects: [Double]) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(rects.count / 4)
        for (offset, scalar) in text.unicodeScalars.enumerated() where offset * 4 + 3 < rects.count {
            if scalar == "\n" || scalar == "\r" { continue }
            let base = offset * 4
            pieces.append(Piece(text: String(scalar), x1: rects[base], y1: rects[base + 1], x2: rects[base + 2], y2: rects[base + 3]))
        }
        return pieces
    }

    /// The text, one physical line per line; a blank line where the gap is wider than a line.
    static func text(of pieces: [Piece]) -> String {
        let visible = pieces.filter { $0.height > 0 }
        guard !visible.isEmpty else { return "" }
        var lines: [[Piece]] = []
        var middle = 0.0
        var height = 0.0
        for piece in visible.sorted(by: { $0.middle < $1.middle }) {
            if lines.isEmpty || piece.middle > middle + max(height, piece.height) * 0.5 {
                lines.append([piece])
                middle = piece.middle
                height = piece.height
            } else {
                lines[lines.count - 1].append(piece)
                if !piece.isSpace { height = max(height, piece.height) }
            }
        }
        var output: [String] = []
        var previousBottom: Double?
        for line in lines {
            let ordered = line.sorted { $0.x1 < $1.x1 }
            let top = ordered.map(\.y1).min() ?? 0
            let lineHeight = ordered.filter { !$0.isSpace }.map(\.height).max() ?? 0
            if let previousBottom, top - previousBottom > lineHeight * 1.2 { output.append("") }
            previousBottom = ordered.map(\.y2).max()
            var text = ""
            var lastX2: Double?
            var afterStandalone = false
            for piece in ordered {
                if piece.isSpace {
                    if !text.isEmpty, text.last != " " { text.append(" ") }
                    continue
                }
                let gap = lastX2.map { piece.x1 - $0 > max(piece.height, lineHeight) * 0.25 } ?? false
                if !text.isEmpty, text.last != " ", gap || piece.standalone || afterStandalone {
                    text.append(" ")
                }
                text += piece.text
                afterStandalone = piece.standalone
                lastX2 = max(lastX2 ?? piece.x2, piece.x2)
            }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { output.append(trimmed) }
        }
        return output.joined(separator: "\n")
    }
}

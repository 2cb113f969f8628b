import Foundation
import VietnameseText

/// Reads the closing block: "Nơi nhận:" and its list, the signer's title ("KT. CHỦ TỊCH /
/// PHÓ CHỦ TỊCH") and name. OCR often reads the two columns side by side, so a list item may
/// carry the title or the name at its end ("- Như trên; KT. CHỦ TỊCH").
enum SignatureBlockExtractor {
    struct Result: Sendable, Hashable {
        var recipients: [String] = []
        var signer: ParsedDocument.Signer?
    }

    /// The marks that open a title for someone ("KT. CHỦ TỊCH"), the Party's and the unions'
    /// forms too ("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "T/L BAN THƯỜNG VỤ").
    static let marks = ["TM.", "KT.", "TL.", "TUQ.", "T/M", "K/T", "T/L"]

    /// Words that open a signer's title: a mark or a title of office.
    static let titleOpenings =
        marks + [
            "Q.", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC",
            "PHÓ HIỆU TRƯỞNG", "HIỆU TRƯỞNG", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG BAN",
            "PHÓ TRƯỞNG BAN", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG",
            "BÍ THƯ", "PHÓ BÍ THƯ", "THỦ TRƯỞNG", "THỐNG ĐỐC", "TỔNG GIÁM ĐỐC",
            "VIỆN TRƯỞNG", "CHÁNH ÁN", "THẨM PHÁN", "CHỦ NHIỆM", "TRƯỞNG KHOA",
            "CHI CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", "VỤ TRƯỞNG", "CHỈ HUY TRƯỞNG", "TRƯỞNG CÔNG AN", "CHÁNH THANH TRA",
        ]

    /// What only opens a title ("KT." of "KT. CHỦ TỊCH"): alone, as in "- Lưu: VT, KT." (the
    /// office's filing code), it is none.
    static let markOnly = Set((marks + ["Q."]).map { String($0.filter { $0 != "." }) })

    static let titleOpeningBytes: [[UInt8]] = titleOpenings.map { Array($0.utf8) }

    /// "kèm theo", folded: an attachments note.
    static let attachedBytes = Array("kem theo".utf8)

    /// Folded words of an e-signature box's lines, which hold no signer name of the block.
    static let signatureBoxBytes = ["ky boi", "nguoi ky", "co quan:", "thoi gian ky", "email"].map { Array($0.utf8) }

    /// Whether a line opens the recipients list ("Nơi nhận:", OCR'd "ậơi nhận:").
    static func isRecipientsHeading(_ line: TextLine) -> Bool {
        guard let at = line.find("oi nhan") else { return false }
        return at <= 3
    }

    /// Reads the block in `lines` (the end of the main document).
    static func extract(_ lines: [TextLine]) -> Result {
        var result = Result()
        let headingIndex = lines.lastIndex(where: isRecipientsHeading)
        let blockStart = headingIndex ?? max(0, lines.count - 25)
        // The signer sits within a few lines of the list; appendix tables after it name other people.
        let block = Array(lines[blockStart..<min(lines.count, blockStart + 40)])
        let name = signerName(in: block)
        var titles: [String] = []
        var inList = headingIndex != nil
        var inAttachments = false
        var attachmentLines = 0
        for (k, line) in block.enumerated() {
            // "(Xin gửi kèm theo: - Dự thảo …)": attachments, not recipients.
            if line.foldContains(Self.attachedBytes), line.text.first == "(" || line.fold.hasPrefix("xin gui") {
                inAttachments = true
                continue
            }
            if inAttachments {
                attachmentLines += 1
                let t = line.text.trimmingCharacters(in: " .;")
                if t.hasSuffix(")") || attachmentLines >= 8 { inAttachments = false }
                continue
            }
            var text = line.text
            if k == 0, headingIndex != nil, let colon = text.firstIndex(of: ":") {
                text = String(text[text.index(after: colon)...])
            }
            if let (head, title) = splitTitle(text) {
                titles.append(title)
                text = head
            }
            let item = listItem(text)
            if let item {
                if headingIndex == nil { inList = true }
                guard inList else { continue }
                var value = item
                if let n = name, let r = value.range(of: n.written) { value = String(value[..<r.lowerBound]) }
                if let semi = value.firstIndex(of: ";") { value = String(value[..<semi]) }
                value = value.trimmingCharacters(in: " .;,:'`")
                if !value.isEmpty { result.recipients.append(value) }
            }
        }
        // The title printed just above "Nơi nhận:" (the right column read first), or its first
        // line ("TM. ỦY BAN NHÂN DÂN" above, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" beside the list).
        if let heading = headingIndex {
            var above: [String] = []
            for line in lines[max(0, heading - 3)..<heading].reversed() where !line.isBlank {
                guard let (head, title) = splitTitle(line.text), head.allSatisfy({ !$0.isLetter }) else { break }
                above.insert(title, at: 0)
            }
            titles = above + titles
        }
        let title = titles.isEmpty ? nil : titles.joined(separator: " / ")
        if name != nil || title != nil { result.signer = .init(name: name?.name, title: title) }
        return result
    }

    /// A list item's text without its dash, or `nil` when the line is not a list item.
    static func listItem(_ text: String) -> String? {
        var s = Substring(text)
        var skipped = 0
        while let f = s.first, "_'`~ ".contains(f), skipped < 4 {
            s.removeFirst()
            skipped += 1
        }
        guard let f = s.first, "-~+•*·".contains(f) else { return nil }
        s.removeFirst()
        return String(s).trimmingCharacters(in: " '`(")
    }

    /// Splits "- Như trên; KT. CHỦ TỊCH" into the item and the title part.
    static func splitTitle(_ text: String) -> (String, String)? {
        var best: String.Index?
        for (opening, openingBytes) in zip(titleOpenings, titleOpeningBytes) {
            // Byte search first (the line and the openings are NFC): most lines hold no opening.
            guard UTF8Search.contains(text, openingBytes), let r = text.range(of: opening) else { continue }
            if r.lowerBound != text.startIndex {
                let before = text[text.index(before: r.lowerBound)]
                guard before == " " || before == ";" || before == ":" else { continue }
            }
            if best == nil || r.lowerBound < (best ?? r.lowerBound) { best = r.lowerBound }
        }
        guard var at = best else { return garbledTitle(text) }
        // "PHÓ TỔNG GIÁM ĐỐC", "PHÓ VIỆN TRƯỞNG": the deputy's title opens with "PHÓ".
        if text[..<at].hasSuffix("PHÓ "), let pho = text[..<at].range(of: "PHÓ ", options: .backwards) {
            let before = pho.lowerBound == text.startIndex ? " " : text[text.index(before: pho.lowerBound)]
            if before == " " || before == ";" || before == ":" { at = pho.lowerBound }
        }
        let title = String(text[at...]).trimmingCharacters(in: " .;:,'`“”\"_—-")
        guard !Self.markOnly.contains(title) else { return nil }
        let letters = title.filter(\.isLetter)
        guard !letters.isEmpty, Double(letters.filter(\.isUppercase).count) / Double(letters.count) > 0.8 else { return nil }
        return (String(text[..<at]), title)
    }

    /// A title OCR misread ("HIỆU TRƯỚNGF-", "HIỆU TRƯƠNG", "HIỆU TRƯỚN cS—"), found by its folded
    /// letters (`OfficeTitle`), written properly in capitals, with a "KT." or "TL." before it.
    static func garbledTitle(_ text: String) -> (String, String)? {
        let words = text.split(separator: " ")
        for k in words.indices {
            // A title is printed in capitals: a word with a small letter starts none.
            guard words[k].contains(where: \.isLetter), !words[k].contains(where: \.isLowercase) else { continue }
            let rest = words[k..<min(words.count, k + 4)].map(String.init)
            guard let (title, end) = OfficeTitle.match(rest, at: 0) else { continue }
            let letters = rest[0..<end].joined().filter(\.isLetter)
            guard letters.count >= 6, Double(letters.filter(\.isUppercase).count) / Double(letters.count) > 0.8 else { continue }
            var start = k
            var written = title.uppercased()
            if k > 0, marks.contains(words[k - 1].uppercased()) {
                start = k - 1
                written = words[k - 1].uppercased() + " " + written
            }
            let head = words[..<start].joined(separator: " ")
            return (head, written)
        }
        return nil
    }

    /// The signer's name: the last run of two to five capitalised words led by a family name.
    static func signerName(in block: [TextLine]) -> (name: String, written: String)? {
        for line in block.reversed() {
            if Self.signatureBoxBytes.contains(where: line.foldContains) { continue }
            let words = line.text.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            // The name ends the line (it may sit beside a list item); the longest run wins, one
            // led by a capitalised family name before one whose first word only resembles one
            // ("Đại tá Nguyễn Văn Hải": the rank's "tá" is no "Tạ").
            var resembling: (name: String, written: String)?
            for start in max(0, words.count - 5)...(words.count - 2) {
                let candidate = Array(words[start...])
                let rest = candidate.dropFirst()
                // The cheap test first: most lines end in words that are not capitalised names.
                // A Hmong man's middle name "A" ("Giàng A Sình") is one letter.
                guard candidate.count <= 5, rest.allSatisfy({ isNameWord($0) || ($0 == "A" && candidate.count >= 3) }),
                    rest.last != "A", let surname = Surnames.match(candidate[0])
                else { continue }
                let exact = candidate[0].first?.isUppercase ?? false
                guard exact || candidate.count >= 3 else { continue }
                // A lowercase word one letter off a surname ("tỉnh" ~ "Đinh") is a word, not a name.
                if !exact, OrganName.lexicon[VietnameseFolding.fold(candidate[0])] != nil { continue }
                let name = ([surname] + rest).joined(separator: " ")
                // A lowercase word after a capitalised one continues it (a rank: "Đại tá",
                // "Thượng tá"): a name led by a real family name may follow.
                if !exact, start > 0, words[start - 1].first?.isUppercase == true {
                    if resembling == nil { resembling = (name, candidate.joined(separator: " ")) }
                    continue
                }
                return (name, candidate.joined(separator: " "))
            }
            if let resembling { return resembling }
        }
        return nil
    }

    /// "Hoàng", "Thị": a capital then lowercase letters; "H'Bia", "Y'Moan" (Ê Đê and Gia Rai
    /// names: a capital, an apostrophe, a name word).
    static func isNameWord(_ w: String) -> Bool {
        guard let first = w.first, first.isUppercase, w.count >= 2, w.count <= 7 else { return false }
        let rest = w.dropFirst()
        if rest.first == "'" || rest.first == "’" { return rest.count >= 3 && isNameWord(String(rest.dropFirst())) }
        return rest.allSatisfy { $0.isLetter && $0.isLowercase }
    }
}

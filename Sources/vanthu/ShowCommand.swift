import Archive
import ArgumentParser
import DocumentParser
import Foundation
import OCR

/// `vanthu show ID|NUMBER`: one document, its citations out and in, deadlines and pages.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an archived document by id or number."
    )

    @Argument(help: "The document's id (from search) or number (\"63/KH-THNH\").")
    var reference: String

    @Flag(help: "Print the parsed document as JSON (the parsed-document contract).")
    var json = false

    @OptionGroup var archiveOption: ArchiveOption

    func run() async throws {
        let reference = self.reference
        let (matches, detail) = try await ArchiveOpener.withArchive(try archiveOption.location(), access: .readExisting) {
            archive -> ([DocumentSummary], DocumentDetail?) in
            let matches = try await archive.resolve(reference)
            let detail = matches.count == 1 ? try await archive.detail(id: matches[0].id) : nil
            return (matches, detail)
        }
        guard !matches.isEmpty else {
            throw ArchiveError(.notFound, "No archived document has the id or number '\(reference)'")
        }
        if matches.count > 1 {
            print("'\(reference)' matches \(matches.count) documents; show one by id:")
            for match in matches {
                print("  #\(match.id)  \([match.number, match.date, match.issuer, match.subject].compactMap { $0 }.joined(separator: " · "))")
            }
            throw ArchiveError(.ambiguous, "'\(reference)' is ambiguous: give the id")
        }
        guard let detail else {
            throw ArchiveError(.notFound, "No archived document has the id '\(reference)'")
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(detail.parsed), as: UTF8.self))
            return
        }
        let s = detail.summary
        let evidence = detail.parsed.evidence
        // The same labels as `vanthu parse`: the office reads Vietnamese.
        func field(_ label: String, _ value: String) { print("\(label.padding(toLength: 10, withPad: " ", startingAt: 0)) \(value)") }
        print("#\(s.id)  \(s.number ?? "(không có số)")\(ProvenanceNote.note(evidence?.number))  \(s.type ?? "")")
        field("Ngày", "\(s.date ?? "—")\(ProvenanceNote.note(evidence?.date))")
        field("Cơ quan", "\(s.issuer ?? "—")\(detail.parsed.parentIssuer.map { " (\($0))" } ?? "")")
        field("Trích yếu", s.subject ?? "—")
        field("Hiệu lực", detail.status.vietnamese)
        if let signer = detail.parsed.signer { field("Người ký", [signer.title, signer.name].compactMap { $0 }.joined(separator: " – ")) }
        field(
            "Tệp",
            "\(s.sourcePath) (phiên bản \(s.version)\(s.supersededBy.map { ", đã thay bằng #\($0)" } ?? "")\(detail.supersedes.map { ", thay cho #\($0)" } ?? ""))"
        )
        if !detail.copies.isEmpty {
            field("Bản quét", "\(detail.copies.count) bản quét\(detail.copyOf.map { " (bản sao của #\($0))" } ?? "")")
            for copy in detail.copies {
                print("           #\(copy.id)  \(FileName.display(copy.sourcePath))\(copy.id == s.id ? " (bản này)" : "")")
            }
        }
        for notice in detail.notices { field("Kiểm tra", notice.vietnamese) }
        print("\nDẫn chiếu (\(detail.citations.count)):")
        for out in detail.citations {
            let target = out.resolvedDocumentID.map { "→ #\($0)" } ?? (out.ambiguous ? "→ không rõ văn bản nào" : "→ chưa có trong kho")
            let hand = out.citation.numberHandwritten == true ? " (số viết tay, cần kiểm tra)" : ""
            print("  [\(out.citation.relation.rawValue)] \(out.citation.number?.text ?? out.citation.name ?? out.citation.text)\(hand) \(target)")
        }
        print("\nĐược dẫn chiếu bởi (\(detail.citedBy.count)):")
        for incoming in detail.citedBy {
            print(
                "  #\(incoming.document.id) \(incoming.document.number ?? "") tr. \(incoming.page.map(String.init) ?? "?")\(incoming.ambiguous ? " (không rõ)" : ""): \(incoming.text)"
            )
        }
        print("\nThời hạn (\(detail.deadlines.count)):")
        for deadline in detail.deadlines {
            print(
                "  \(deadline.date ?? deadline.dueBy.map { "\($0) (cuối kỳ)" } ?? "(tương đối)") \(deadline.time ?? "") \(deadline.task ?? deadline.text)\(deadline.responsible.map { " – \($0)" } ?? "")"
            )
        }
        for page in detail.pages {
            print("\n--- trang \(page.number) ---\n\(page.text)")
        }
    }
}

import Archive
import ArgumentParser
import Foundation

/// `vanthu show ID|NUMBER`: one document, its citations out and in, deadlines and pages.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show an archived document by id or number.")

    @Argument(help: "The document's id (from search) or number (\"63/KH-THNH\").")
    var reference: String

    @Flag(help: "Print the parsed document as JSON (the parsed-document contract).")
    var json = false

    @OptionGroup var archiveOption: ArchiveOption

    func run() throws {
        let archive = try archiveOption.openExisting()
        let matches = try archive.resolve(reference)
        guard let first = matches.first else {
            throw ArchiveError(.notFound, "No archived document has the id or number '\(reference)'")
        }
        if matches.count > 1 {
            print("'\(reference)' matches \(matches.count) documents; show one by id:")
            for match in matches {
                print("  #\(match.id)  \([match.number, match.date, match.issuer, match.subject].compactMap { $0 }.joined(separator: " · "))")
            }
            throw ArchiveError(.ambiguous, "'\(reference)' is ambiguous: give the id")
        }
        guard let detail = try archive.detail(id: first.id) else {
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
        print("#\(s.id)  \(s.number ?? "(no number)")\(ProvenanceNote.note(evidence?.number))  \(s.type ?? "")")
        print("Date:    \(s.date ?? "-")\(ProvenanceNote.note(evidence?.date))")
        print("Issuer:  \(s.issuer ?? "-")\(detail.parsed.parentIssuer.map { " (\($0))" } ?? "")")
        print("Subject: \(s.subject ?? "-")")
        if let signer = detail.parsed.signer { print("Signer:  \([signer.title, signer.name].compactMap { $0 }.joined(separator: " – "))") }
        print("File:    \(s.sourcePath) (version \(s.version)\(s.supersededBy.map { ", replaced by #\($0)" } ?? "")\(detail.supersedes.map { ", replaces #\($0)" } ?? ""))")
        for warning in detail.parsed.warnings { print("Check:   \(warning)") }
        print("\nCites (\(detail.citations.count)):")
        for out in detail.citations {
            let target = out.resolvedDocumentID.map { "→ #\($0)" } ?? (out.ambiguous ? "→ ambiguous" : "→ not in archive")
            let hand = out.citation.numberHandwritten == true ? " (number written by hand: check it)" : ""
            print("  [\(out.citation.relation.rawValue)] \(out.citation.number ?? out.citation.name ?? out.citation.text)\(hand) \(target)")
        }
        print("\nCited by (\(detail.citedBy.count)):")
        for incoming in detail.citedBy {
            print("  #\(incoming.document.id) \(incoming.document.number ?? "") p. \(incoming.page.map(String.init) ?? "?")\(incoming.ambiguous ? " (ambiguous)" : ""): \(incoming.text)")
        }
        print("\nDeadlines (\(detail.deadlines.count)):")
        for deadline in detail.deadlines {
            print("  \(deadline.date ?? deadline.dueBy.map { "\($0) (end of period)" } ?? "(relative)") \(deadline.time ?? "") \(deadline.task ?? deadline.text)\(deadline.responsible.map { " – \($0)" } ?? "")")
        }
        for page in detail.pages {
            print("\n--- page \(page.number) ---\n\(page.text)")
        }
    }
}

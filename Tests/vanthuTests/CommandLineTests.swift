import Archive
import ArgumentParser
import OCR
import Testing

@testable import vanthu

/// Issue 15, item 6: the command line parsed in-process, as swift-argument-parser's own tests do:
/// each subcommand, its options and flags, the help, and arguments that are not understood.
@Suite("Command line")
struct CommandLineTests {
    @Test(arguments: [
        (["ocr", "a.pdf"], "OCRCommand"),
        (["parse", "a.txt"], "ParseCommand"),
        (["ingest", "scans/"], "IngestCommand"),
        (["search", "quy chế"], "SearchCommand"),
        (["list"], "ListCommand"),
        (["show", "63/KH-THNH"], "ShowCommand"),
        (["graph"], "GraphCommand"),
        (["deadlines"], "DeadlinesCommand"),
        (["serve"], "ServeCommand"),
    ])
    func eachSubcommand(arguments: [String], type: String) throws {
        let command = try Vanthu.parseAsRoot(arguments)
        #expect(String(describing: Swift.type(of: command)) == type)
    }

    @Test func ingestTakesPathsTheArchiveAndTheOCROptions() throws {
        let command = try #require(
            try Vanthu.parseAsRoot([
                "ingest", "a.pdf", "folder", "--index", "other.sqlite", "--json", "-j", "2", "--no-deskew", "--no-handwriting", "--max-pages", "10",
            ]) as? IngestCommand
        )
        #expect(command.paths == ["a.pdf", "folder"])
        #expect(command.archiveOption.path == "other.sqlite")
        #expect(command.json)
        let options = command.pageLimit.apply(to: command.ocr.options())
        #expect(options.jobs == 2)
        #expect(!options.preprocessing.deskew)
        #expect(options.preprocessing.orientation && options.preprocessing.colorDropout, "only what was turned off is off")
        #expect(!options.readHandwriting)
        #expect(options.maxPages == 10)
    }

    @Test func ocrTakesItsFormatAndTheSearchablePDF() throws {
        let command = try #require(
            try Vanthu.parseAsRoot([
                "ocr", "--format", "json", "--searchable-pdf", "out.pdf", "--force-ocr", "--psm", "6", "--language", "vie+eng", "scan.tif",
            ]) as? OCRCommand
        )
        #expect(command.paths == ["scan.tif"])
        #expect(command.format == .json)
        #expect(command.searchablePDF == "out.pdf")
        let options = command.ocr.options()
        #expect(options.forceOCR)
        #expect(options.pageSegmentation == 6)
        #expect(options.language == "vie+eng")
        let plain = try #require(try Vanthu.parseAsRoot(["ocr", "scan.tif"]) as? OCRCommand)
        #expect(plain.format == .text)
        #expect(plain.searchablePDF == nil)
        #expect(!plain.ocr.options().forceOCR)
    }

    @Test func serveDefaultsToTheLoopbackAndTakesRepeatedHosts() throws {
        let defaults = try #require(try Vanthu.parseAsRoot(["serve"]) as? ServeCommand)
        #expect(defaults.host == "127.0.0.1")
        #expect(defaults.port == 8080)
        #expect(defaults.token == nil)
        #expect(defaults.allowedHosts.isEmpty)
        #expect((defaults.maxUploadMB, defaults.maxPages, defaults.maxConnections) == (50, 100, 256))
        let lan = try #require(
            try Vanthu.parseAsRoot([
                "serve", "--host", "0.0.0.0", "--port", "9000", "--token", "bí-mật", "--allowed-host", "vanthu.lan", "--allowed-host", "10.0.0.5",
                "--max-upload-mb", "20", "--index", "office.sqlite",
            ]) as? ServeCommand
        )
        #expect(lan.host == "0.0.0.0")
        #expect(lan.port == 9000)
        #expect(lan.token == "bí-mật")
        #expect(lan.allowedHosts == ["vanthu.lan", "10.0.0.5"])
        #expect(lan.maxUploadMB == 20)
        #expect(lan.archiveOption.path == "office.sqlite")
    }

    @Test func graphShowAndDeadlines() throws {
        let graph = try #require(
            try Vanthu.parseAsRoot(["graph", "--format", "dot", "--around", "63/KH-THNH", "--depth", "2", "-o", "g.dot"]) as? GraphCommand
        )
        #expect(graph.format == .dot)
        #expect(graph.around == "63/KH-THNH")
        #expect(graph.depth == 2)
        #expect(graph.output == "g.dot")
        #expect(try #require(try Vanthu.parseAsRoot(["graph"]) as? GraphCommand).format == .graphml)

        let show = try #require(try Vanthu.parseAsRoot(["show", "63/KH-THNH", "--json"]) as? ShowCommand)
        #expect(show.reference == "63/KH-THNH")
        #expect(show.json)

        let deadlines = try #require(try Vanthu.parseAsRoot(["deadlines", "--overdue", "--ics", "han.ics", "--json"]) as? DeadlinesCommand)
        #expect(deadlines.overdue && deadlines.json)
        #expect(deadlines.ics == "han.ics")
    }

    @Test func parseAndSearchFlags() throws {
        let parse = try #require(try Vanthu.parseAsRoot(["parse", "--json", "a.txt", "b.txt"]) as? ParseCommand)
        #expect(parse.json)
        #expect(parse.paths == ["a.txt", "b.txt"])
        let search = try #require(try Vanthu.parseAsRoot(["search", "quy chế dân chủ", "--json"]) as? SearchCommand)
        #expect(search.query == "quy chế dân chủ")
        #expect(search.options.json)
    }

    @Test("the help names every command and the exit statuses")
    func help() throws {
        let help = Vanthu.helpMessage()
        for name in ["ocr", "parse", "ingest", "search", "list", "show", "graph", "deadlines", "serve"] {
            #expect(help.contains("  \(name) "), "\(name) is listed")
        }
        #expect(help.contains("Exit status"))
        let ingest = Vanthu.helpMessage(for: IngestCommand.self)
        for option in ["--index", "--json", "--jobs", "--max-pages", "--no-deskew"] {
            #expect(ingest.contains(option), "ingest --help shows \(option)")
        }
        // `--help` parses to swift-argument-parser's help command, whose `run` prints the message above.
        for arguments in [["--help"], ["ingest", "--help"], ["help", "serve"]] {
            let command = try Vanthu.parseAsRoot(arguments)
            #expect(String(describing: Swift.type(of: command)) == "HelpCommand", "\(arguments)")
        }
    }

    @Test(
        "arguments that are not understood are usage errors with a message",
        arguments: [
            ["frobnicate"],
            ["ingest"],
            ["show"],
            ["ingest", "--bogus", "a.pdf"],
            ["ocr", "--format", "pdf", "a.png"],
            ["graph", "--format", "svg"],
            ["serve", "--port", "http"],
            ["parse", "a.txt", "--jobs"],
        ]
    )
    func notUnderstood(arguments: [String]) {
        do {
            let command = try Vanthu.parseAsRoot(arguments)
            Issue.record("accepted \(arguments) as \(command)")
        } catch {
            #expect(Vanthu.exitCode(for: error) == .validationFailure, "\(arguments)")
            #expect(!Vanthu.message(for: error).isEmpty)
        }
    }
}

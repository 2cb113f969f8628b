import ArgumentParser
import OCR

/// Entry point: puts tesseract's OpenMP at one thread per engine (re-executing once if needed),
/// then runs the command line. Exit status: 0 all good, 1 some files failed, 2 usage error.
@main
enum Main {
    static func main() async {
        OpenMP.limitToOneThread()
        do {
            var command = try Vanthu.parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = Vanthu.exitCode(for: error)
            if code == .validationFailure {
                // swift-argument-parser uses 64 (EX_USAGE); vanthu documents 2, as most Unix tools do.
                Output.error(Vanthu.fullMessage(for: error))
                Vanthu.exit(withError: ExitCode(2))
            }
            Vanthu.exit(withError: error)
        }
    }
}

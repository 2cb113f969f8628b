import CTesseract
import Foundation

/// Keeps tesseract's OpenMP to one thread per engine, so that parallelism comes from running one
/// engine per core on different pages instead of several threads fighting over one page.
///
/// libgomp reads `OMP_THREAD_LIMIT` once, when the library loads — before `main` runs, so setting
/// it from inside the process is too late. `vanthu` therefore sets it and re-executes itself
/// once at start-up (`execv("/proc/self/exe")`); the figure is then checked with
/// `omp_get_thread_limit()`.
public enum OpenMP {
    /// The environment variable libgomp reads.
    public static let variable = "OMP_THREAD_LIMIT"

    /// Ensures this process runs with `OMP_THREAD_LIMIT=1`: when the variable is unset, sets it and
    /// replaces the process with a fresh copy of itself with the same arguments. Returns normally
    /// when the limit is already in force (or when re-executing is impossible).
    public static func limitToOneThread(arguments: [String] = CommandLine.arguments) {
        guard getenv(variable) == nil else { return }
        setenv(variable, "1", 1)
        // The process's own arguments are passed on as the bytes they were (a file name that is not
        // UTF-8 must survive the re-execution unrepaired, to be reported as such).
        var argv: [UnsafeMutablePointer<CChar>?] =
            arguments == CommandLine.arguments
            ? (0..<Int(CommandLine.argc)).map { CommandLine.unsafeArgv[$0].flatMap { strdup($0) } }
            : arguments.map { strdup($0) }
        argv.append(nil)
        execv("/proc/self/exe", &argv)
        // Only reached when execv failed: carry on with libgomp's default threading.
        for pointer in argv { free(pointer) }
    }

    /// The thread limit libgomp is enforcing in this process (`omp_get_thread_limit`).
    public static var threadLimit: Int { Int(omp_get_thread_limit()) }
}

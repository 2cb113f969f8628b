import Foundation

/// Standard error as a `TextOutputStream`, for `print(..., to: &StandardError.shared)`.
struct StandardError: TextOutputStream {
    nonisolated(unsafe) static var shared = StandardError()

    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

/// Prints to standard output without buffering surprises between threads.
enum Output {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

import Foundation

/// Expands the paths a user gives (files and folders, recursively) into an ordered list of files.
public enum InputCollector {
    /// Extensions a folder walk passes over: metadata, code and data that sit beside scans
    /// (like paperless-ngx's ignore patterns). Files named on the command line are never skipped.
    public static let ignoredExtensions: Set<String> = [
        "json", "xml", "yaml", "yml", "md", "py", "sh", "html", "htm", "css", "js", "csv", "log", "db", "sqlite",
    ]

    /// True for files a folder walk passes over: hidden files, `ignoredExtensions`, and OCR
    /// ground-truth sidecars (`NAME.gt.txt`, tesseract's training convention).
    public static func isIgnoredInFolders(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower.hasPrefix(".") || lower.hasSuffix(".gt.txt") { return true }
        return ignoredExtensions.contains((lower as NSString).pathExtension)
    }

    /// Lists the files under `paths`: a file stands for itself, a folder for every regular file
    /// below it except those `isIgnoredInFolders` names, sorted by path. Only regular files are
    /// listed: a FIFO, a device or a socket, named or found in a folder, is reported instead (reading
    /// one would block forever or never end).
    /// - Parameter paths: files and folders as typed.
    /// - Returns: the files, and one error per path that does not exist or is not a regular file.
    public static func collect(_ paths: [String]) -> (files: [String], missing: [OCRError]) {
        var files: [String] = []
        var missing: [OCRError] = []
        for typed in paths {
            var path = typed
            // A name that is not UTF-8 reached Swift repaired (U+FFFD): take its bytes from argv.
            if path.unicodeScalars.contains("\u{FFFD}"), RegularFile.kind(of: path) == .missing,
                let bytes = FileName.rawArgument(matching: path)
            {
                path = FileName.decode(bytes)
            }
            switch RegularFile.kind(of: path) {
            case .missing:
                missing.append(OCRError(.notFound, path: path, reason: "no such file or folder"))
            case .regular:
                files.append(path)
            case .other(let what):
                missing.append(RegularFile.error(path, what))
            case .directory:
                var found: [String] = []
                walk(path, files: &found, problems: &missing)
                files.append(contentsOf: found.sorted())
            }
        }
        return (files, missing)
    }

    /// Walks one folder recursively with `readdir`, passing over hidden entries, ignored names and
    /// folders reached through symbolic links (no loops).
    private static func walk(_ folder: String, files: inout [String], problems: inout [OCRError]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var entries: [(name: String, link: Bool, type: UInt8)] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            let name = FileName.decode(bytes)  // a name that is not UTF-8 keeps its bytes, escaped
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            entries.append((name, Int32(entry.pointee.d_type) == Int32(DT_LNK), entry.pointee.d_type))
        }
        for entry in entries {
            let full = (folder as NSString).appendingPathComponent(entry.name)
            switch RegularFile.kind(of: full) {
            case .directory:
                if !entry.link { walk(full, files: &files, problems: &problems) }
            case .regular:
                if !isIgnoredInFolders(entry.name) { files.append(full) }
            case .other(let what):
                if !isIgnoredInFolders(entry.name) { problems.append(RegularFile.error(full, what)) }
            case .missing:
                continue  // a dangling link, or removed meanwhile
            }
        }
    }
}

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
    /// below it except those `isIgnoredInFolders` names, sorted by path.
    /// - Parameter paths: files and folders as typed.
    /// - Returns: the files, and one error per path that does not exist.
    public static func collect(_ paths: [String]) -> (files: [String], missing: [OCRError]) {
        var files: [String] = []
        var missing: [OCRError] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(OCRError(.notFound, path: path, reason: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            var found: [String] = []
            if let walker = manager.enumerator(atPath: path) {
                while let relative = walker.nextObject() as? String {
                    let name = (relative as NSString).lastPathComponent
                    if name.hasPrefix(".") {
                        walker.skipDescendants()
                        continue
                    }
                    if isIgnoredInFolders(name) { continue }
                    let full = (path as NSString).appendingPathComponent(relative)
                    var childIsDirectory: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                        found.append(full)
                    }
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, missing)
    }
}

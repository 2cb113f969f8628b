import Foundation

/// Expands the paths a user gives (files and folders, recursively) into an ordered list of files.
public enum InputCollector {
    /// Lists the files under `paths`: a file stands for itself, a folder for every regular file
    /// below it (hidden files skipped), sorted by path.
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

import Foundation

/// Reads text files with the checks every input needs: exists, is a file, not binary, not huge,
/// valid UTF-8. Errors name the file.
public enum TextFile {
    public static let maxSize = 8 * 1024 * 1024

    /// The file's text, or `nil` when it does not exist.
    public static func readIfExists(_ url: URL, displayPath: String? = nil) throws(IntegrateError) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        return try read(url, displayPath: displayPath)
    }

    public static func read(_ url: URL, displayPath: String? = nil) throws(IntegrateError) -> String {
        let name = displayPath ?? url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw IntegrateError(.input, "no such file", path: name)
        }
        if isDirectory.boolValue { throw IntegrateError(.input, "is a folder, expected a file", path: name) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw IntegrateError(.input, "cannot be read (permission denied or I/O error)", path: name)
        }
        if data.count > maxSize {
            throw IntegrateError(.input, "is \(data.count) bytes, over the \(maxSize)-byte limit", path: name)
        }
        if data.prefix(8192).contains(0) { throw IntegrateError(.input, "is a binary file, expected text", path: name) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw IntegrateError(.input, "is not valid UTF-8 text", path: name)
        }
        return text
    }
}

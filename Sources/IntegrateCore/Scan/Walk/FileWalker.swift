import Foundation

/// A file the walk kept, with its project-relative path.
public struct WalkedFile: Sendable, Hashable {
    public var path: String
    public var url: URL
    public var size: Int

    public init(path: String, url: URL, size: Int) {
        self.path = path
        self.url = url
        self.size = size
    }
}

/// A file or folder the walk passed over, and why (shown with `--verbose`).
public struct SkippedFile: Sendable, Hashable, Codable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

public struct WalkResult: Sendable {
    public var files: [WalkedFile]
    public var skipped: [SkippedFile]
}

/// Lists the files of a project tree that are worth scanning.
public struct FileWalker: Sendable {
    static let skippedFolders: Set<String> = [
        ".git", "node_modules", "vendor", ".build", "Pods", "dist", "target", "bin", "obj", ".venv", "venv",
        "__pycache__", ".gradle", ".idea", "build",
    ]

    public var options: ScanOptions

    public init(options: ScanOptions = ScanOptions()) {
        self.options = options
    }

    public func walk(root: URL) throws -> WalkResult {
        var files: [WalkedFile] = []
        var skipped: [SkippedFile] = []
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        let keys: [URLResourceKey] = [.isDirectoryKey, .isSymbolicLinkKey, .fileSizeKey, .isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else {
            return WalkResult(files: [], skipped: [])
        }
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            let relative = url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.lastPathComponent
            let values = try? url.resourceValues(forKeys: Set(keys))
            if values?.isSymbolicLink == true {
                skipped.append(SkippedFile(path: relative, reason: "symbolic link"))
                enumerator.skipDescendants()
                continue
            }
            if values?.isDirectory == true {
                if Self.skippedFolders.contains(url.lastPathComponent) {
                    skipped.append(SkippedFile(path: relative, reason: "vendored or build folder"))
                    enumerator.skipDescendants()
                }
                continue
            }
            guard values?.isRegularFile == true else { continue }
            let size = values?.fileSize ?? 0
            if size > options.maxFileSize {
                skipped.append(SkippedFile(path: relative, reason: "larger than \(options.maxFileSize) bytes"))
                continue
            }
            files.append(WalkedFile(path: relative, url: url, size: size))
        }
        files.sort { $0.path < $1.path }
        return WalkResult(files: files, skipped: skipped)
    }
}

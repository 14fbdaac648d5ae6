import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Kept files, sorted by path.
    public var files: [WalkedFile]
    /// Passed-over files and folders, sorted by path.
    public var skipped: [SkippedFile]

    public init(files: [WalkedFile], skipped: [SkippedFile]) {
        self.files = files
        self.skipped = skipped
    }
}

/// Lists the files of a project tree that are worth scanning.
///
/// Honors `.gitignore` files (nested, with negation, `**`, folder-only and anchored patterns),
/// `.integrateignore` files (same syntax) and `ScanOptions.extraIgnores`; skips tool, vendored
/// and build folders, binary files (a NUL byte in the first 8 KB), files over
/// `ScanOptions.maxFileSize`, and symbolic links that leave the tree, loop, or point at a folder.
/// An in-tree link to a file is kept once, unless its target is walked anyway. Every skip is
/// reported with its reason. Reads folders with `opendir`/`readdir` and one `fstatat` per entry.
public struct FileWalker: Sendable {
    /// Folders never entered, by name.
    public static let skippedFolders: [String: String] = {
        var reasons: [String: String] = [".git": "version control folder", ".hg": "version control folder", ".svn": "version control folder",
                                         ".claude": "assistant folder (integrate's own output)"]
        for name in ["node_modules", "vendor", "Pods", "Carthage", "bower_components", ".venv", "venv", "__pycache__", ".tox",
                     ".mypy_cache", ".pytest_cache", ".gradle", ".idea"] {
            reasons[name] = "vendored or cache folder"
        }
        for name in [".build", "dist", "target", "bin", "obj", ".next", ".nuxt"] { reasons[name] = "build output folder" }
        return reasons
    }()

    static let ignoreFileNames = [".gitignore", ".integrateignore"]
    static let sniffLength = 8192

    public var options: ScanOptions

    public init(options: ScanOptions = ScanOptions()) {
        self.options = options
    }

    /// Walks `root`; throws only when `root` itself is not a readable folder.
    public func walk(root: URL) throws -> WalkResult {
        let rootPath = root.standardizedFileURL.path
        guard let realRoot = Self.realPath(rootPath) else {
            throw IntegrateError(.usage, "cannot read project folder", path: rootPath)
        }
        var state = WalkState(realRoot: realRoot, options: options)
        var rules = IgnoreRules()
        if !options.extraIgnores.isEmpty {
            rules.add(text: options.extraIgnores.joined(separator: "\n"), base: [], name: "--ignore")
        }
        guard state.walkFolder(realRoot, relative: [], rules: rules) else {
            throw IntegrateError(.usage, "cannot read project folder", path: rootPath)
        }
        let candidates = state.candidates
        var sniffed = Self.sniff(candidates)
        for (index, file) in candidates.enumerated() where sniffed[index] != nil {
            state.skip(file.path, sniffed[index] ?? "")
        }
        var files: [WalkedFile] = []
        var kept: Set<String> = []
        for (index, file) in candidates.enumerated() where sniffed[index] == nil && !file.isLink {
            files.append(WalkedFile(path: file.path, url: root.appendingPathComponent(file.path), size: file.size))
            kept.insert(file.path)
        }
        sniffed.removeAll()
        var linkedTargets: Set<String> = []
        for file in candidates where file.isLink {
            guard !state.skippedPaths.contains(file.path) else { continue }
            if kept.contains(file.target) || !linkedTargets.insert(file.target).inserted {
                state.skip(file.path, "symbolic link to a file already scanned (\(file.target))")
                continue
            }
            files.append(WalkedFile(path: file.path, url: root.appendingPathComponent(file.path), size: file.size))
        }
        files.sort { $0.path < $1.path }
        return WalkResult(files: files, skipped: state.skipped.sorted { $0.path < $1.path })
    }

    /// For each candidate, the reason it is skipped after reading its first bytes, or `nil`.
    private static func sniff(_ candidates: [WalkState.Candidate]) -> [String?] {
        let results = IndexedResults<String?>(count: candidates.count, initial: nil)
        DispatchQueue.concurrentPerform(iterations: candidates.count) { index in
            let candidate = candidates[index]
            guard let head = FileBytes.prefix(path: candidate.absolute, limit: sniffLength) else {
                results.set(index, "unreadable")
                return
            }
            if head.contains(0) { results.set(index, "binary file") }
        }
        return results.values
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

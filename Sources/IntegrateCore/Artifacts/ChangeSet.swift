import Foundation

/// Every file a run wants to write, applied all at once at the end, or shown as a diff.
///
/// Writes are atomic per file (temp file in the same folder, then rename), and all temp files
/// are written before the first rename, so a failure (read-only folder, full disk) leaves no
/// partial result. Files whose content is unchanged are not touched at all.
public struct ChangeSet: Sendable {
    public struct Change: Sendable, Equatable {
        /// Absolute path.
        public var path: String
        /// Path shown to people (relative to the project root).
        public var displayPath: String
        public var old: String?
        public var new: String
    }

    public private(set) var changes: [Change] = []

    public init() {}

    /// Records `content` for `url` if it differs from what is there now (`current`).
    public mutating func write(_ content: String, to url: URL, current: String?, root: URL) {
        guard content != current else { return }
        changes.removeAll { $0.path == url.path }
        changes.append(Change(path: url.path, displayPath: Self.relative(url, to: root), old: current, new: content))
    }

    public var isEmpty: Bool { changes.isEmpty }

    /// Unified diffs of all changes, in path order.
    public func diff() -> String {
        changes.sorted { $0.displayPath < $1.displayPath }.map {
            UnifiedDiff.render(old: $0.old ?? "", new: $0.new, oldName: $0.old == nil ? "/dev/null" : "a/\($0.displayPath)", newName: "b/\($0.displayPath)")
        }.joined()
    }

    /// Writes every change: all temp files first, then the renames.
    public func apply() throws {
        let manager = FileManager.default
        var staged: [(temp: String, final: String)] = []
        func cleanUp() { for item in staged { try? manager.removeItem(atPath: item.temp) } }
        for change in changes.sorted(by: { $0.path < $1.path }) {
            let folder = (change.path as NSString).deletingLastPathComponent
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                cleanUp()
                throw IntegrateError(.output, "cannot create folder (read-only or permission denied)", path: folder)
            }
            let temp = folder + "/." + (change.path as NSString).lastPathComponent + ".integrate-tmp-\(getpid())"
            guard manager.createFile(atPath: temp, contents: Data(change.new.utf8)) else {
                cleanUp()
                throw IntegrateError(.output, "cannot write (read-only folder or permission denied); nothing was changed", path: change.displayPath)
            }
            if let attributes = try? manager.attributesOfItem(atPath: change.path), let mode = attributes[.posixPermissions] {
                try? manager.setAttributes([.posixPermissions: mode], ofItemAtPath: temp)
            }
            staged.append((temp, change.path))
        }
        for item in staged where rename(item.temp, item.final) != 0 {
            cleanUp()
            throw IntegrateError(.output, "cannot replace file: \(String(cString: strerror(errno)))", path: item.final)
        }
    }

    static func relative(_ url: URL, to root: URL) -> String {
        let rootPath = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path.hasPrefix(rootPath + "/") { return String(path.dropFirst(rootPath.count + 1)) }
        return path
    }
}

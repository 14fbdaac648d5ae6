import Foundation

/// Every file a run wants to write, applied all at once at the end, or shown as a diff.
///
/// Writes go through `WriteTransaction`: all temp files first, a recorded plan, then the
/// renames, so a failure leaves no partial result and a kill is completed by the next run.
/// Files whose content is unchanged are not touched at all.
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

    /// Writes every change as one recoverable `WriteTransaction` whose plan lives in `stateFolder`.
    public func apply(stateFolder: URL) throws(IntegrateError) {
        try WriteTransaction.commit(changes, stateFolder: stateFolder)
    }

    static func relative(_ url: URL, to root: URL) -> String {
        let rootPath = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path.hasPrefix(rootPath + "/") { return String(path.dropFirst(rootPath.count + 1)) }
        return path
    }
}

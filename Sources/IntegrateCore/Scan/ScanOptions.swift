import Foundation

/// Settings of one scan of a project tree.
public struct ScanOptions: Sendable, Hashable {
    /// Files larger than this are skipped and reported (default 2 MB).
    public var maxFileSize: Int
    /// Extra ignore patterns (gitignore syntax) on top of `.gitignore` and `.integrateignore`.
    public var extraIgnores: [String]
    /// Folder of user rules (`*.yaml`); by default `<project>/.claude/integrations/rules`.
    public var userRulesDirectory: URL?
    /// Worker threads for reading and matching; `nil` means all cores.
    public var concurrency: Int?

    public init(maxFileSize: Int = 2_000_000, extraIgnores: [String] = [], userRulesDirectory: URL? = nil, concurrency: Int? = nil) {
        self.maxFileSize = maxFileSize
        self.extraIgnores = extraIgnores
        self.userRulesDirectory = userRulesDirectory
        self.concurrency = concurrency
    }
}

import Foundation

/// One well-known credential format, declared as a plain value: a literal that must occur before
/// the pattern runs, the pattern itself, and examples that must (`↓` marks the reported start) or
/// must not be found. A match is reported by its location only; its text is never kept.
public struct SecretFormat: Sendable, Hashable, Identifiable {
    /// `secret.<vendor>-<kind>`, e.g. `secret.aws-access-key-id`.
    public var id: String
    /// What a match is, as reported: `AWS access key id`.
    public var label: String
    /// Literals of which at least one must occur in a file before the pattern runs.
    public var keywords: [String]
    /// An `NSRegularExpression` pattern; the named group `value`, when present, is the part the
    /// dummy check looks at (see `SecretDummies`), else the whole match.
    public var pattern: String
    /// Text that must give exactly one match, at its `↓`.
    public var triggering: [String]
    /// Text that must give no match: other formats, dummies, references.
    public var nonTriggering: [String]

    public init(id: String, label: String, keywords: [String], pattern: String, triggering: [String], nonTriggering: [String]) {
        self.id = id
        self.label = label
        self.keywords = keywords
        self.pattern = pattern
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

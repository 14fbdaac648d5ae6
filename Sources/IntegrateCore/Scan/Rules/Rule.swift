import Foundation

/// One declarative detector: where to look, what to look for, and what a match means.
///
/// A rule is a plain value. The engine first checks that one of `keywords` occurs in a file (a
/// literal byte search), then runs `pattern` over the file with comments blanked out. The match
/// start is the reported position (`↓` in the examples). Named groups `method`, `path`, `target`
/// and `topic` fill the point's fields; `method` is upper-cased.
public struct Rule: Sendable, Hashable, Identifiable {
    public typealias Kind = IntegrationPoint.Kind
    public typealias Mode = IntegrationPoint.Mode
    public typealias Direction = IntegrationPoint.Direction
    public typealias Confidence = IntegrationPoint.Confidence

    /// `<language>.<area>.<library>`, e.g. `js.http.axios`.
    public var id: String
    /// One line: what a match means.
    public var summary: String
    public var kind: Kind
    /// OpenTelemetry name for stores, brokers and RPC (`postgresql`, `kafka`, `grpc`), else the
    /// client, framework or vendor name (`axios`, `fastapi`, `stripe`).
    public var technology: String
    public var `protocol`: String
    public var mode: Mode
    public var direction: Direction
    /// Languages whose files the rule runs on; the first one names the comment syntax in tests.
    public var languages: [Language]
    /// Literals of which at least one must occur in a file before the pattern runs.
    public var keywords: [String]
    /// An `NSRegularExpression` pattern with optional named groups `method`, `path`, `target`,
    /// `topic` (or `stream`, its second name in alternations), `path` (or `route` / `leadingRoute`, its other names), and `system` (a driver or scheme name that refines `technology`, see `DataSystem`).
    /// `^` and `$` match at line starts and ends.
    public var pattern: String
    /// Method used when the pattern has no `method` group or it did not take part (e.g. `GET`).
    public var defaultMethod: String?
    /// Target used when the pattern has no `target` group (a vendor's API host).
    public var defaultTarget: String?
    /// Patterns that declare route prefixes in the same file, with named groups `name` (the
    /// variable holding the group), optional `parent` (what it is grouped from) and `path`. A
    /// route whose `receiver` group names such a variable gets the prefixes joined in front. A
    /// `controller` group (the class an unnamed prefix sits on) and an `action` group in `pattern`
    /// (the method a route sits on) fill ASP.NET's `[controller]` and `[action]` tokens.
    public var prefixPatterns: [String]
    /// Reported only when no other rule found something on the same line (bare connection
    /// strings and API hosts, which the specific rules usually cover already).
    public var isFallback: Bool
    public var confidence: Confidence
    /// Where the rule is known to be imprecise (shown in `docs/rules.md`).
    public var note: String?
    /// Code that must produce exactly one finding, at the `↓`.
    public var triggering: [String]
    /// Code that must produce no finding of this rule.
    public var nonTriggering: [String]

    public init(
        id: String, summary: String, kind: Kind, technology: String, protocol: String, mode: Mode = .sync,
        direction: Direction, languages: [Language], keywords: [String], pattern: String, defaultMethod: String? = nil,
        defaultTarget: String? = nil, prefixPatterns: [String] = [], isFallback: Bool = false, confidence: Confidence = .high, note: String? = nil, triggering: [String], nonTriggering: [String]
    ) {
        self.id = id
        self.summary = summary
        self.kind = kind
        self.technology = technology
        self.protocol = `protocol`
        self.mode = mode
        self.direction = direction
        self.languages = languages
        self.keywords = keywords
        self.pattern = pattern
        self.defaultMethod = defaultMethod
        self.defaultTarget = defaultTarget
        self.isFallback = isFallback
        self.prefixPatterns = prefixPatterns
        self.confidence = confidence
        self.note = note
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

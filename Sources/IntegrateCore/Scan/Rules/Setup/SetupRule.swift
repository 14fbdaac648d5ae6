import Foundation

/// One declarative detector of shared setup: a resilience policy on a client or host, a health
/// endpoint or probe, a telemetry library or exporter. The same shape as `Rule`: keywords first
/// (a literal search), then `pattern` over the file with comments blanked, examples inside.
///
/// Named groups: `value` (the setting as written), `kind` (looked up in `kindNames`, for rules
/// that find several kinds with one pattern), `name` (a shared-setup method's name, for
/// `.definition` and `.invocation` rules).
public struct SetupRule: Sendable, Hashable, Identifiable {
    /// `<language or file>.setup.<what>`, e.g. `csharp.setup.standard-resilience`.
    public var id: String
    /// One line: what a match means.
    public var summary: String
    /// The facts one match gives (a standard resilience handler gives four).
    public var provides: [SetupFact.Kind]
    /// For a `kind` group: its lower-cased text to the fact kind.
    public var kindNames: [String: SetupFact.Kind]
    public var technology: String
    public var reach: SetupFact.Reach
    /// Source languages the rule runs on.
    public var languages: [Language]
    /// File names the rule runs on besides its languages (`docker-compose.yml`, `*.csproj`):
    /// an exact name, or `*` then a suffix.
    public var files: [String]
    public var keywords: [String]
    public var pattern: String
    /// Value reported when the pattern captures none: the library's documented default.
    public var defaultValue: String?
    public var note: String?
    /// Code that must produce exactly one match, at the `↓`.
    public var triggering: [String]
    /// Code that must produce no match of this rule.
    public var nonTriggering: [String]

    public init(
        id: String, summary: String, provides: [SetupFact.Kind], kindNames: [String: SetupFact.Kind] = [:], technology: String,
        reach: SetupFact.Reach = .component, languages: [Language] = [], files: [String] = [], keywords: [String], pattern: String,
        defaultValue: String? = nil, note: String? = nil, triggering: [String], nonTriggering: [String]
    ) {
        self.id = id
        self.summary = summary
        self.provides = provides
        self.kindNames = kindNames
        self.technology = technology
        self.reach = reach
        self.languages = languages
        self.files = files
        self.keywords = keywords
        self.pattern = pattern
        self.defaultValue = defaultValue
        self.note = note
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    /// Whether the rule runs on a project-relative path.
    func applies(to path: String, language: Language?) -> Bool {
        applies(name: Self.fileName(path), language: language)
    }

    /// Whether the rule runs on a file named `name` (the last component of its path).
    func applies(name: String, language: Language?) -> Bool {
        if let language, languages.contains(language) { return true }
        return files.contains { file in
            file.hasPrefix("*") ? name.hasSuffix(file.dropFirst()) : name == file
        }
    }

    /// The last component of a project-relative path.
    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    /// A file name the rule runs on, for its examples.
    var exampleFile: String {
        if let language = languages.first { return "src/example.\(language.exampleExtension)" }
        let file = files.first ?? "example.txt"
        return file.hasPrefix("*") ? "example" + file.dropFirst() : file
    }
}

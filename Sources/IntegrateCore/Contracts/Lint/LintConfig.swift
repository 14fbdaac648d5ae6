import Foundation

/// Per-project lint configuration: rules turned off or re-leveled.
///
/// File format (YAML): `rules: { operation-id-missing: off, collection-get-unpaginated: error }`.
public struct LintConfig: Sendable {
    /// id -> severity; `nil` turns the rule off.
    public var overrides: [String: ChangeLevel?]

    public init(overrides: [String: ChangeLevel?] = [:]) { self.overrides = overrides }

    public static func parse(_ text: String, file: String) throws -> LintConfig {
        let root = try SpecNodeReader.read(text: text, file: file)
        guard let rules = root["rules"], rules.object != nil else {
            throw SpecLoadError(file: file, line: root.line, message: "expected a `rules:` mapping of rule id to off|error|warning|info")
        }
        var overrides: [String: ChangeLevel?] = [:]
        for (id, value) in rules.pairs {
            let text = value.scalarText?.lowercased() ?? ""
            if text == "off" || text == "false" || text == "none" {
                overrides[id] = .some(nil)
            } else if let level = ChangeLevel(parsing: text) {
                overrides[id] = level
            } else {
                throw SpecLoadError(file: file, line: value.line, message: "unknown severity `\(text)` for \(id) (off, error, warning, info)")
            }
            if LintRuleCatalog.byId[id] == nil {
                throw SpecLoadError(file: file, line: value.line, message: "unknown lint rule `\(id)`")
            }
        }
        return LintConfig(overrides: overrides)
    }
}

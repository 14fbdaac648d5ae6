import Foundation

/// The route prefixes one file declares: named ones (`let api = app.grouped("api", "v1")`),
/// resolved through their parents (`api.grouped("admin")` gives `/api/v1/admin`), and class-level
/// ones without a name (`@RequestMapping("/api")` on a class), which apply to the routes after them.
struct RoutePrefixes {
    private var declared: [String: (parent: String?, path: String)] = [:]
    /// Unnamed prefixes by offset, in file order, with the class they sit on when the pattern
    /// names it (a `controller` group: ASP.NET's `[controller]` token).
    private var positional: [(offset: Int, path: String, controller: String?)] = []

    init(_ patterns: [NSRegularExpression], in text: String, source: SourceText) {
        let whole = NSRange(location: 0, length: (text as NSString).length)
        for pattern in patterns {
            for match in pattern.matches(in: text, range: whole) {
                guard let path = RuleEngine.group(match, "path", source) else { continue }
                let normalized = RoutePath.normalize(path, leadingSlash: true)
                if let name = RuleEngine.group(match, "name", source) {
                    declared[name] = (RuleEngine.group(match, "parent", source), normalized)
                } else {
                    positional.append((match.range.location, normalized, RuleEngine.group(match, "controller", source)))
                }
            }
        }
        positional.sort { $0.offset < $1.offset }
    }

    var isEmpty: Bool { declared.isEmpty && positional.isEmpty }

    /// The class-level prefix in force at `offset`, if any.
    func prefix(at offset: Int) -> String? {
        positional.last { $0.offset < offset }?.path
    }

    /// The class the class-level prefix in force at `offset` sits on, if the pattern named it.
    func controller(at offset: Int) -> String? {
        positional.last { $0.offset < offset }?.controller
    }

    /// The full prefix of a variable, or `nil` when the file declares none for it.
    func prefix(of name: String) -> String? {
        var parts: [String] = []
        var current: String? = name
        var seen: Set<String> = []
        while let variable = current, let entry = declared[variable], seen.insert(variable).inserted {
            parts.append(entry.path)
            current = entry.parent
        }
        guard !parts.isEmpty else { return nil }
        return parts.reversed().reduce("") { RoutePath.join($0, $1) }
    }
}

import Foundation

/// The route prefixes one file declares (`let api = app.grouped("api", "v1")`), resolved through
/// their parents (`api.grouped("admin")` gives `/api/v1/admin`).
struct RoutePrefixes {
    private var declared: [String: (parent: String?, path: String)] = [:]

    init(_ patterns: [NSRegularExpression], in text: String, source: SourceText) {
        let whole = NSRange(location: 0, length: (text as NSString).length)
        for pattern in patterns {
            for match in pattern.matches(in: text, range: whole) {
                guard let name = RuleEngine.group(match, "name", source), let path = RuleEngine.group(match, "path", source) else { continue }
                declared[name] = (RuleEngine.group(match, "parent", source), RoutePath.normalize(path, leadingSlash: true))
            }
        }
    }

    var isEmpty: Bool { declared.isEmpty }

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

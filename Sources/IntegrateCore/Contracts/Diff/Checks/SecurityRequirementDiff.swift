/// Compares two `security` lists: requirements added/removed by name, scopes per scheme.
enum SecurityRequirementDiff {
    struct Result {
        var added: [String] = []
        var removed: [String] = []
        /// (scope, requirement name)
        var scopesAdded: [(String, String)] = []
        var scopesRemoved: [(String, String)] = []
    }

    static func compare(_ base: [SecurityRequirement], _ revision: [SecurityRequirement]) -> Result {
        var result = Result()
        let old = Dictionary(base.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(revision.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        result.removed = base.map(\.name).filter { new[$0] == nil }
        result.added = revision.map(\.name).filter { old[$0] == nil }
        for requirement in revision {
            guard let previous = old[requirement.name] else { continue }
            for (scheme, scopes) in requirement.schemes.sorted(by: { $0.key < $1.key }) {
                let before = previous.schemes[scheme] ?? []
                for scope in scopes where !before.contains(scope) { result.scopesAdded.append((scope, scheme)) }
                for scope in before where !scopes.contains(scope) { result.scopesRemoved.append((scope, scheme)) }
            }
        }
        return result
    }
}

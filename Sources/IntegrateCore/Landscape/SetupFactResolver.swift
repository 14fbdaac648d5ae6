/// Gives each setup fact its component, and carries shared setup across components.
///
/// 1. Owner: a fact in a deployment file (compose, Kubernetes) belongs to the service or workload
///    declared above it in that file; any other fact to the component whose folder holds the file.
/// 2. Shared setup: a fact inside a shared-setup method (`AddServiceDefaults(this …)`, the nearest
///    definition above it in its file) reaches every component that calls that method, directly or
///    through another such method; the copy keeps the call and the setting as evidence.
/// Definitions and calls are links only: they are not in the result.
struct SetupFactResolver {
    func resolve(_ raw: [SetupFact], components: [Component]) -> [SetupFact] {
        var facts = raw.map { fact -> SetupFact in
            var fact = fact
            fact.component = Self.owner(of: fact.evidence[0], components: components)
            return fact
        }
        let definitions = facts.filter { $0.kind == .definition }
        let definitionsByFile = Dictionary(grouping: definitions, by: { $0.evidence[0].path })
        /// The shared-setup method whose body holds `fact`: the nearest definition above it.
        func enclosing(_ fact: SetupFact) -> String? {
            definitionsByFile[fact.evidence[0].path]?.last { $0.evidence[0].line <= fact.evidence[0].line }?.value
        }
        let calls = facts.filter { $0.kind == .invocation }
        let settings = facts.filter { $0.kind != .definition && $0.kind != .invocation }
        let settingsByMethod = Dictionary(grouping: settings.compactMap { fact in enclosing(fact).map { ($0, fact) } }, by: \.0).mapValues { $0.map(\.1) }
        let callsByMethod = Dictionary(grouping: calls.compactMap { call in enclosing(call).map { ($0, call) } }, by: \.0).mapValues { $0.map(\.1) }
        let defined = Set(definitions.compactMap(\.value))

        /// Every setting a call to `method` brings, through nested shared-setup calls.
        func reached(by method: String, seen: Set<String> = []) -> [SetupFact] {
            guard !seen.contains(method) else { return [] }
            let nested = (callsByMethod[method] ?? []).compactMap(\.value).filter(defined.contains)
            return (settingsByMethod[method] ?? []) + nested.flatMap { reached(by: $0, seen: seen.union([method])) }
        }
        var inherited: [SetupFact] = []
        for call in calls {
            guard let method = call.value, defined.contains(method), enclosing(call) == nil else { continue }
            for setting in reached(by: method) where setting.component != call.component {
                var copy = setting
                copy.component = call.component
                copy.reach = .component
                copy.via = method
                copy.evidence = call.evidence + setting.evidence
                inherited.append(copy)
            }
        }
        facts = settings + inherited
        var seen: Set<SetupFact> = []
        return facts.filter { seen.insert($0).inserted }.sorted { lhs, rhs in
            (lhs.component ?? "", lhs.evidence[0], lhs.kind.rawValue) < (rhs.component ?? "", rhs.evidence[0], rhs.kind.rawValue)
        }
    }

    /// The component a fact at `evidence` belongs to.
    static func owner(of evidence: Evidence, components: [Component]) -> String? {
        let declared = components.compactMap { component -> (String, Int)? in
            let lines = component.evidence.filter { $0.path == evidence.path && $0.line <= evidence.line }.map(\.line)
            return lines.max().map { (component.id, $0) }
        }
        if let nearest = declared.max(by: { $0.1 < $1.1 }) { return nearest.0 }
        return ProjectFiles.owner(of: evidence.path, in: components)
    }
}

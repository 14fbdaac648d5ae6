import Foundation

/// Which catalogued fields carry personal or secret data, which integrations carry them, and
/// whether one of those integrations reaches an external system (a SaaS or external API of the
/// landscape). Names and locations only: values are never read.
struct SensitiveFieldFinder {
    struct Hit: Sendable, Hashable {
        var category: String
        var field: String
        var shape: String
        var contract: Int
        var location: Evidence
        /// `orders → notifications (amqp)` labels of the integrations carrying the shape.
        var integrations: [String]
        /// External landscape nodes an integration carrying it goes to.
        var external: [String]
    }

    let landscape: Landscape
    let catalog: SchemaCatalog
    let uses: [IntegrationUse]
    let sources: SourceCache

    func hits() -> [Hit] {
        let externals = Set(landscape.externals.map(\.id))
        var result: [Hit] = []
        for (index, contract) in catalog.contracts.enumerated() {
            let carrying = uses.filter { $0.contract == index }
            for shape in contract.shapes where shape.kind == .object {
                let users = carrying.filter { use in carries(use.operation, shape.name, in: contract) }
                for field in shape.fields {
                    guard let rule = SensitiveFieldRule.all.first(where: { $0.matches(field) }) else { continue }
                    let ends = Set(users.flatMap { [$0.provider, $0.consumer].compactMap { $0 } }.flatMap { $0.components(separatedBy: ", ") })
                    let outside = (externalServers(contract, externals) + forwarded(field.name, from: ends, externals)).sorted()
                    result.append(Hit(category: rule.category, field: field.name, shape: shape.name, contract: index, location: field.location,
                                      integrations: Array(Set(users.map(\.integrationLabel))).sorted(), external: outside))
                }
            }
        }
        return result
    }

    /// External resources the contract's servers name: the contract describes an external API.
    private func externalServers(_ contract: ContractSchemas, _ externals: Set<String>) -> [String] {
        let servers = catalog.documents[contract.path]?.servers ?? []
        let hosts = Set(servers.compactMap { URLComponents(string: $0)?.host?.lowercased() })
        return landscape.externals.filter { externals.contains($0.id) && $0.host.map { hosts.contains($0.lowercased()) } == true }.map(\.id)
    }

    /// External resources a component carrying the field calls with the field's name on the
    /// call's line or the two around it (`sgMail.send({ to: who.email })`).
    private func forwarded(_ name: String, from components: Set<String>, _ externals: Set<String>) -> [String] {
        var result = Set<String>()
        for edge in landscape.edges where components.contains(edge.from) && externals.contains(edge.to) {
            for evidence in edge.evidence {
                let lines = sources.lines(evidence.path)
                let range = max(0, evidence.line - 3)..<min(lines.count, evidence.line + 2)
                if lines[range].contains(where: { Self.mentions($0, name) }) { result.insert(edge.to) }
            }
        }
        return Array(result)
    }

    /// `.email`, `["email"]`, `email:` as a whole word.
    static func mentions(_ line: String, _ name: String) -> Bool {
        [".\(name)", "\"\(name)\"", "'\(name)'", "\(name):", "\(name)="].contains { line.contains($0) }
    }

    /// Whether an operation's request or response is the shape or refers to it (two levels).
    private func carries(_ op: ContractSchemas.Operation, _ name: String, in contract: ContractSchemas) -> Bool {
        var pending = [op.request, op.response].compactMap { $0 }.compactMap { SchemaCatalog.shape($0, in: contract)?.shape }
        var depth = 0
        while !pending.isEmpty && depth < 3 {
            if pending.contains(where: { $0.name == name }) { return true }
            pending = pending.flatMap { $0.fields.compactMap(\.reference) }.compactMap { contract.shape($0) }
            depth += 1
        }
        return false
    }
}

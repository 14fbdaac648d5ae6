import Foundation

/// Recognises copies of one contract kept in several places and compares each copy with the
/// provider's through the contracts diff engine (`ContractDiffer`):
/// - files with one identity (`proto <package>`, `openapi <title>`, `asyncapi <title>`, Avro
///   record name, JSON Schema `$id`/title) in different folders; versions side by side in one
///   folder (`orders-api.v1.yaml`, `orders-api.v2.yaml`) are releases, not copies;
/// - a standalone event schema (`.avsc`, `.schema.json`) named like a channel or payload of
///   another component's contract (`order_created.schema.json` and channel `order.created`).
///
/// The copy in the component that serves or publishes the contract is the revision; each other
/// copy is a base. When no copy's component provides it, the first copy by path stands in and
/// the drift says the direction is unknown.
struct ContractCopyFinder {
    let landscape: Landscape
    let catalog: SchemaCatalog

    func drifts() -> [ContractDrift] {
        var result: [ContractDrift] = []
        let contracts = catalog.contracts
        let groups = Dictionary(grouping: contracts.indices.filter { contracts[$0].identity != nil }, by: { contracts[$0].identity ?? "" })
        for identity in groups.keys.sorted() {
            let members = groups[identity] ?? []
            guard Set(members.map { Self.folder(contracts[$0].path) }).count > 1 else { continue }
            let provider = members.first { provides(contracts[$0]) }
            let reference = provider ?? members[0]
            for member in members where member != reference && Self.folder(contracts[member].path) != Self.folder(contracts[reference].path) {
                if let drift = compare(identity: identity, provider: reference, consumer: member, known: provider != nil, shapes: nil) {
                    result.append(drift)
                }
            }
        }
        result += eventCopies()
        return result
    }

    /// Standalone schema files that copy another contract's message.
    private func eventCopies() -> [ContractDrift] {
        var result: [ContractDrift] = []
        let contracts = catalog.contracts
        for (index, file) in contracts.enumerated() where file.format == .jsonSchema || file.format == .avro {
            guard let root = file.shapes.first else { continue }
            let key = CatalogNames.core(root.name.split(separator: ".").last.map(String.init) ?? root.name)
            for (other, contract) in contracts.enumerated() where other != index && contract.component != file.component && contract.format != .jsonSchema && contract.format != .avro {
                for op in contract.operations {
                    guard let payload = op.response, let shape = contract.shape(payload) else { continue }
                    let names = [op.topic, payload].compactMap { $0 }.map(CatalogNames.core)
                    guard names.contains(key) else { continue }
                    let common = op.topic ?? payload
                    let fileProvides = op.topic.map { publishes($0, file.component) } ?? false
                    let contractProvides = op.topic.map { publishes($0, contract.component) } ?? false
                    let (provider, consumer) = fileProvides || !contractProvides ? (index, other) : (other, index)
                    let shapes = [index: root.name, other: shape.name]
                    if let drift = compare(identity: "event \(common)", provider: provider, consumer: consumer,
                                           known: fileProvides || contractProvides, shapes: shapes.mapValues { ($0, common) }) {
                        result.append(drift)
                    }
                }
            }
        }
        return result
    }

    /// Diffs two copies. `shapes` limits the comparison to one shape per copy, renamed to a
    /// common name so the engine matches them.
    private func compare(identity: String, provider: Int, consumer: Int, known: Bool, shapes: [Int: (String, String)]?) -> ContractDrift? {
        guard let revision = document(provider, only: shapes?[provider]), let base = document(consumer, only: shapes?[consumer]) else { return nil }
        let changes = ContractDiffer().diff(base: base, revision: revision).map { change in
            describe(change, provider: (provider, revision), consumer: (consumer, base), original: shapes?.mapValues(\.0) ?? [:])
        }
        guard !changes.isEmpty else { return nil }
        return ContractDrift(identity: identity, provider: provider, consumer: consumer, directionKnown: known, changes: changes)
    }

    private func document(_ index: Int, only shape: (String, String)?) -> OpenAPIDocument? {
        var contract = catalog.contracts[index]
        if let real = catalog.documents[contract.path], shape == nil { return real }
        if let (name, common) = shape {
            guard var kept = contract.shape(name) else { return nil }
            kept.name = common
            contract.shapes = [kept] + contract.shapes.filter { $0.name != name && $0.name != common }
            return try? ShapeDocumentBuilder(requestShapes: []).document(contract, only: [common])
        }
        let inputs = Set(contract.operations.compactMap(\.request))
        return try? ShapeDocumentBuilder(requestShapes: inputs).document(contract)
    }

    private func describe(_ change: ContractChange, provider: (Int, OpenAPIDocument), consumer: (Int, OpenAPIDocument), original: [Int: String]) -> ContractDrift.Change {
        let synthetic = catalog.documents[catalog.contracts[provider.0].path] == nil
        let properties = PointerLocator.propertyPath(change.pointer)
        var subject = change.operation
        if synthetic, let path = change.path {
            subject = String(path.dropFirst())
        }
        if !properties.isEmpty { subject += (synthetic ? "." : " ") + properties.joined(separator: ".") }
        func locate(_ side: (Int, OpenAPIDocument)) -> (Evidence?, String) {
            let contract = catalog.contracts[side.0]
            if let node = PointerLocator.node(change.pointer, in: side.1), node.line > 0 {
                let schema = side.1.schema(node)
                var says = JSONSchemaShapeReader(path: contract.path).typeName(schema)
                if let format = schema.format { says += " (\(format))" }
                if let values = schema.allowedValues { says += " enum " + values.compactMap(\.scalarText).joined(separator: ", ") }
                return (Evidence(path: contract.path, line: node.line), says)
            }
            let shapeName = original[side.0] ?? change.path.map { String($0.dropFirst()) }
            let fallback = shapeName.flatMap { contract.shape($0)?.location } ?? change.line.map { Evidence(path: contract.path, line: $0) }
            return (fallback, "absent")
        }
        let (providerAt, providerSays) = locate(provider)
        let (consumerAt, consumerSays) = locate(consumer)
        return ContractDrift.Change(id: change.id, level: change.level, subject: subject, provider: providerAt, consumer: consumerAt,
                                    providerSays: providerSays, consumerSays: consumerSays)
    }

    /// Whether the component holding the copy serves or publishes what it describes.
    private func provides(_ contract: ContractSchemas) -> Bool {
        guard let component = contract.component else { return false }
        let points = landscape.productionPoints.filter { $0.component == component }
        switch contract.format {
        case .proto: return points.contains { $0.kind == .grpcServer }
        case .graphql: return points.contains { $0.kind == .graphqlServer }
        case .openapi, .swagger:
            let servers = catalog.documents[contract.path]?.servers ?? []
            if let host = ConsumerImpact.provider(specPath: nil, servers: servers, in: landscape) { return host == component }
            return points.contains { $0.kind == .inboundHTTP }
        default:
            return contract.operations.compactMap(\.topic).contains { publishes($0, component) }
        }
    }

    private func publishes(_ topic: String, _ component: String?) -> Bool {
        guard let component else { return false }
        return landscape.productionPoints.contains { $0.kind == .publish && $0.component == component && $0.topic == topic }
    }

    static func folder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}

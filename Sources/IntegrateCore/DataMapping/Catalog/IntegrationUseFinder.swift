/// Finds which integration uses which operation of which contract:
/// - OpenAPI operations: the landscape's outbound calls matched by `ConsumerImpact` (provider
///   from the spec's folder or server host);
/// - channels (AsyncAPI and every contract operation with a topic): the publish and consume
///   points of the landscape with that topic;
/// - `.proto` rpcs: the gRPC edges into the component that holds the file.
struct IntegrationUseFinder {
    let landscape: Landscape
    let catalog: SchemaCatalog

    func uses() -> [IntegrationUse] {
        var result: [IntegrationUse] = []
        let calls = ConsumerImpact.candidateCalls(landscape)
        let messaging = landscape.productionPoints.filter { ($0.kind == .publish || $0.kind == .consume) && $0.topic != nil }
        for (index, contract) in catalog.contracts.enumerated() {
            switch contract.format {
            case .openapi, .swagger:
                let servers = catalog.documents[contract.path]?.servers ?? []
                let provider = ConsumerImpact.provider(specPath: contract.path, servers: servers, in: landscape)
                for op in contract.operations {
                    guard let method = op.method, let path = op.path else { continue }
                    for caller in ConsumerImpact.callers(method: method, path: path, calls: calls, provider: provider, landscape: landscape) {
                        result.append(IntegrationUse(consumer: caller.component, provider: provider, protocolName: "http", contract: index,
                                                     operation: op, callSite: Self.evidence(caller.location)))
                    }
                }
            case .proto:
                guard let owner = contract.component else { continue }
                let clients = landscape.edges.filter { $0.to == owner && $0.protocol == "grpc" }.map(\.from)
                for client in Set(clients).sorted() {
                    for op in contract.operations {
                        result.append(IntegrationUse(consumer: client, provider: owner, protocolName: "grpc", contract: index, operation: op))
                    }
                }
            default:
                break
            }
            for op in contract.operations {
                guard let topic = op.topic else { continue }
                let points = messaging.filter { $0.topic == topic }
                let producers = points.filter { $0.kind == .publish }
                let producerNames = Set(producers.compactMap(\.component)).sorted()
                let provider = producerNames.isEmpty ? nil : producerNames.joined(separator: ", ")
                let consumers = points.filter { $0.kind == .consume }
                for consumer in consumers {
                    result.append(IntegrationUse(consumer: consumer.component, provider: provider, protocolName: consumer.protocol, contract: index,
                                                 operation: op, callSite: consumer.evidence.first, publishSite: producers.first?.evidence.first))
                }
                if consumers.isEmpty, let producer = producers.first {
                    result.append(IntegrationUse(consumer: nil, provider: provider, protocolName: producer.protocol, contract: index,
                                                 operation: op, publishSite: producer.evidence.first))
                }
            }
        }
        return result
    }

    /// `path:line[:column]` back to evidence.
    static func evidence(_ location: String) -> Evidence? {
        let parts = location.split(separator: ":").map(String.init)
        guard parts.count >= 2, let line = Int(parts[1]) else { return nil }
        return Evidence(path: parts[0], line: line, column: parts.count > 2 ? Int(parts[2]) : nil)
    }
}

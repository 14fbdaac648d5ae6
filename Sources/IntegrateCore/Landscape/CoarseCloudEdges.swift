/// A cloud call that names none of its service's resources (`boto3.client("events")`, a
/// DynamoDB client built before its table is chosen) is drawn to the service or the provider
/// itself (`dynamodb`, `saas:aws`). That coarse edge only says something while the component
/// reaches no named resource of that service: once `checkout -> dynamodb:orders` is known,
/// `checkout -> dynamodb` is the same client seen before it picks its table, and
/// `checkout -> saas:aws` (a bare SDK client or dependency) is covered by any named AWS resource.
struct CoarseCloudEdges {
    let resources: [Resource]

    /// The cloud provider a resource system belongs to: `aws` for `aws`, `aws.sqs` and
    /// `dynamodb`; likewise `gcp` and `azure`; `nil` for everything else.
    static func provider(ofSystem system: String) -> String? {
        for provider in ["aws", "gcp", "azure"] where system == provider || system.hasPrefix(provider + ".") { return provider }
        return system == "dynamodb" ? "aws" : nil
    }

    /// Whether `resource` is a service- or provider-level node rather than one named resource.
    static func isCoarse(_ resource: Resource) -> Bool {
        provider(ofSystem: resource.system) != nil && (resource.id == resource.system || resource.id == "saas:" + resource.system)
    }

    /// `edges` without the coarse cloud edges whose component has an edge (a call, a message or
    /// a config setting) to a named resource of the same service, or of the same provider for a
    /// provider-level node.
    func pruning(_ edges: [Edge]) -> [Edge] {
        let byID = Dictionary(resources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return edges.filter { edge in
            guard let coarse = byID[edge.to], Self.isCoarse(coarse) else { return true }
            let providerLevel = coarse.system == Self.provider(ofSystem: coarse.system)
            return !edges.contains { other in
                guard other.from == edge.from, other.strength != .manifest, other.strength != .startOrder,
                      let named = byID[other.to], !Self.isCoarse(named) else { return false }
                return providerLevel ? Self.provider(ofSystem: named.system) == coarse.system : named.system == coarse.system
            }
        }
    }
}

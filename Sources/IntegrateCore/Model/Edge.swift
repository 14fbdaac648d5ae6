import Foundation

/// A resolved link between two nodes of the landscape (components or resources).
///
/// Several edges between one pair are kept apart when protocol or direction differ; duplicates
/// merge and keep all their evidence.
public struct Edge: Codable, Hashable, Sendable {
    /// How strongly the tree shows the link: a call site beats a `depends_on` start order.
    public enum Strength: String, Codable, Sendable, CaseIterable {
        /// A call, publish or driver use in source, resolved to its target.
        case call
        /// Producer and consumer matched through a topic/queue/subject.
        case messaging
        /// Only configuration wires it (an env URL naming a service, a DSN).
        case config
        /// Only a client library declared in a manifest (`pom.xml`, `package.json`, ...): no call
        /// site or config backs it, so it is lower confidence than every other strength but start order.
        case manifest
        /// Only start order (`depends_on`): weakest evidence.
        case startOrder
    }

    /// Node ids: a `Component.id` or a `Resource.id`.
    public var from: String
    public var to: String
    public var `protocol`: String
    public var mode: IntegrationPoint.Mode
    public var strength: Strength
    /// Topic or queue for messaging edges.
    public var topic: String?
    /// Ids of the integration points behind the edge.
    public var points: [String]
    public var evidence: [Evidence]

    public init(
        from: String, to: String, protocol: String, mode: IntegrationPoint.Mode, strength: Strength,
        topic: String? = nil, points: [String] = [], evidence: [Evidence] = []
    ) {
        self.from = from
        self.to = to
        self.protocol = `protocol`
        self.mode = mode
        self.strength = strength
        self.topic = topic
        self.points = points
        self.evidence = evidence
    }
}

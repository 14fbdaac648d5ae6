import Foundation

/// One place in the source or config where the project talks to something else, or is talked to.
///
/// Technology names follow OpenTelemetry's vocabulary (`db.system` such as `postgresql`,
/// `messaging.system` such as `kafka`, `rpc.system` such as `grpc`) so the static map can be held
/// against a runtime service graph.
public struct IntegrationPoint: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case inboundHTTP, outboundHTTP, grpcServer, grpcClient, graphqlServer, graphqlClient
        case publish, consume, database, cache, saas, webhook
        /// A connection to a message broker that is neither a publish nor a consume by itself
        /// (`amqp.connect(url)`): it links the component to the broker.
        case broker
    }

    public enum Mode: String, Codable, Sendable, CaseIterable { case sync, async }

    /// `call`: we initiate a request; `send`: we emit a message; `receive`: we serve or consume.
    public enum Direction: String, Codable, Sendable, CaseIterable { case call, send, receive }

    public enum Confidence: String, Codable, Sendable, CaseIterable, Comparable {
        case low, medium, high
        private var rank: Int { self == .low ? 0 : self == .medium ? 1 : 2 }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// Production code, or code under tests/fixtures/examples (kept apart in every report).
    public enum Scope: String, Codable, Sendable, CaseIterable { case production, test }

    /// Stable id: `<rule>@<path>:<line>`; unchanged when nothing in the file moved.
    public var id: String
    /// The rule that produced it (`js.http.axios`, or a user rule id).
    public var rule: String
    /// Owning component id, `nil` when no component contains the file.
    public var component: String?
    public var kind: Kind
    public var technology: String
    /// Wire protocol (`http`, `grpc`, `amqp`, `kafka`, `postgresql`, ...).
    public var `protocol`: String
    public var mode: Mode
    public var direction: Direction
    /// The target as written: a URL, an env key, a base-URL expression, a host:port.
    public var target: String?
    public var method: String?
    /// HTTP route or path template, for inbound routes and outbound calls where known.
    public var path: String?
    /// Topic, queue, subject or event type, for messaging.
    public var topic: String?
    /// What the names in `target` (or `topic`) stand for in the same file, followed a few
    /// levels (`uri` -> `base + "/x"` -> `os.getenv("ORDERS_URL", "http://orders")`); `nil`
    /// when the target is a literal or nothing binds it. The resolver reads them after `target`.
    public var bindings: [String]?
    /// The same for a `topic` held in a variable (`publish(topic, …)` with `topic = env.TOPIC ?? "orders"`).
    public var topicBindings: [String]?
    public var evidence: [Evidence]
    public var confidence: Confidence
    public var scope: Scope

    public init(
        id: String, rule: String, component: String?, kind: Kind, technology: String, protocol: String,
        mode: Mode, direction: Direction, target: String? = nil, method: String? = nil, path: String? = nil,
        topic: String? = nil, bindings: [String]? = nil, topicBindings: [String]? = nil, evidence: [Evidence], confidence: Confidence = .medium,
        scope: Scope = .production
    ) {
        self.id = id
        self.rule = rule
        self.component = component
        self.kind = kind
        self.technology = technology
        self.protocol = `protocol`
        self.mode = mode
        self.direction = direction
        self.target = target
        self.method = method
        self.path = path
        self.topic = topic
        self.bindings = bindings
        self.topicBindings = topicBindings
        self.evidence = evidence
        self.confidence = confidence
        self.scope = scope
    }

    /// Whether this point goes out of its component (an outbound call, a publish, a store access).
    public var isOutbound: Bool { direction != .receive }
}

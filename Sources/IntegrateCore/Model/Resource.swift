/// Something the components depend on that is not one of them: a data store, a cache, a broker,
/// a search engine, object storage, a third-party SaaS or another external API.
public struct Resource: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case database, cache, broker, search, objectStorage, saas, externalAPI

        /// Data stores in the broad sense: what holds the project's state.
        public var isDataStore: Bool { [.database, .cache, .search, .objectStorage].contains(self) }
    }

    /// Stable id, e.g. `postgresql:orders-db`, `saas:stripe`, `external:api.github.com`.
    public var id: String
    public var kind: Kind
    /// OpenTelemetry system name (`postgresql`, `redis`, `rabbitmq`, `kafka`) or vendor (`stripe`).
    public var system: String
    /// Display name (compose service name, host, or SDK vendor).
    public var name: String
    /// Host or DSN host when known (never with credentials).
    public var host: String?
    /// Component ids that use it.
    public var usedBy: [String]
    public var evidence: [Evidence]

    public init(
        id: String, kind: Kind, system: String, name: String, host: String? = nil,
        usedBy: [String] = [], evidence: [Evidence] = []
    ) {
        self.id = id
        self.kind = kind
        self.system = system
        self.name = name
        self.host = host
        self.usedBy = usedBy
        self.evidence = evidence
    }
}

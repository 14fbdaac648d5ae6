/// The project's integration landscape: what Phase 0 maps and every later phase reads.
///
/// Plain, `Codable`, stably ordered values; saved as `.integrate/landscape.json` so the next run
/// can say what changed.
public struct Landscape: Codable, Hashable, Sendable {
    public var components: [Component]
    public var points: [IntegrationPoint]
    public var edges: [Edge]
    public var resources: [Resource]
    public var specs: [APISpec]
    public var config: [ConfigEntry]
    /// Outbound points whose target could not be resolved to a node: kept visible with their
    /// expression (the point's `target`).
    public var unresolved: [String]
    /// Languages seen, by file count (`swift: 12`).
    public var languages: [String: Int]
    /// Resilience, health and telemetry set up once per component (see `SetupFact`).
    public var setup: [SetupFact] = []

    public init(
        components: [Component] = [], points: [IntegrationPoint] = [], edges: [Edge] = [],
        resources: [Resource] = [], specs: [APISpec] = [], config: [ConfigEntry] = [],
        unresolved: [String] = [], languages: [String: Int] = [:]
    ) {
        self.components = components
        self.points = points
        self.edges = edges
        self.resources = resources
        self.specs = specs
        self.config = config
        self.unresolved = unresolved
        self.languages = languages
    }

    public var dataStores: [Resource] { resources.filter { $0.kind.isDataStore } }
    public var brokers: [Resource] { resources.filter { $0.kind == .broker } }
    public var externals: [Resource] { resources.filter { $0.kind == .saas || $0.kind == .externalAPI } }
    public var productionPoints: [IntegrationPoint] { points.filter { $0.scope == .production } }

    public func component(_ id: String) -> Component? { components.first { $0.id == id } }

    /// The setup facts of one component.
    public func setup(of component: String?) -> [SetupFact] { setup.filter { $0.component == component } }
}

extension Landscape {
    /// Decodes a saved landscape; one saved before a field existed reads it as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            components: try container.decode([Component].self, forKey: .components),
            points: try container.decode([IntegrationPoint].self, forKey: .points),
            edges: try container.decode([Edge].self, forKey: .edges),
            resources: try container.decode([Resource].self, forKey: .resources),
            specs: try container.decode([APISpec].self, forKey: .specs),
            config: try container.decode([ConfigEntry].self, forKey: .config),
            unresolved: try container.decode([String].self, forKey: .unresolved),
            languages: try container.decode([String: Int].self, forKey: .languages))
        setup = try container.decodeIfPresent([SetupFact].self, forKey: .setup) ?? []
    }
}

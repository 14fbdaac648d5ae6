/// The formats `integrate export` writes, each from the landscape alone.
///
/// Every exporter reads only the `Landscape` value (plus the names in `ExportOptions`), so the
/// same landscape always gives the same bytes, whether it came from a scan or a merge.
public enum ExportFormat: String, CaseIterable, Codable, Sendable {
    /// Backstage `catalog-info.yaml`: Location, System, Group, Component, API and Resource entities.
    case backstage
    /// CycloneDX 1.6 JSON: `services` with endpoints, trust boundary and data flows, plus `dependencies`.
    case cyclonedx
    /// Structurizr DSL workspace: containers, data stores, queues, external systems, relationships.
    case structurizr
    /// Mermaid `C4Container` view.
    case mermaidC4 = "mermaid-c4"

    /// The file name a run writes under `exports/`.
    public var fileName: String {
        switch self {
        case .backstage: "catalog-info.yaml"
        case .cyclonedx: "bom.cdx.json"
        case .structurizr: "workspace.dsl"
        case .mermaidC4: "c4-container.mmd"
        }
    }

    /// The folder, relative to the artifacts folder, that runs write exports into.
    public static let folder = "exports"

    /// The export of `landscape` in this format.
    public func render(_ landscape: Landscape, options: ExportOptions) -> String {
        let graph = ExportGraph(landscape)
        switch self {
        case .backstage: return BackstageExporter(graph: graph, options: options).render()
        case .cyclonedx: return CycloneDXExporter(graph: graph, options: options).render()
        case .structurizr: return StructurizrExporter(graph: graph, options: options).render()
        case .mermaidC4: return MermaidC4Exporter(graph: graph, options: options).render()
        }
    }
}

/// What an export needs besides the landscape.
public struct ExportOptions: Sendable, Equatable {
    /// The name of the whole system (the project folder's name, or the merge's name).
    public var systemName: String
    /// Prefix that turns a project-relative path into a path relative to the export file
    /// (`""` when the export sits at the project root, `"../../../"` under `.claude/integrations/exports/`).
    public var rootPrefix: String

    public init(systemName: String, rootPrefix: String = "") {
        self.systemName = systemName
        self.rootPrefix = rootPrefix
    }
}

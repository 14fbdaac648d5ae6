import Foundation

/// Topology that orchestration code and infrastructure templates declare (an Aspire AppHost,
/// CloudFormation/SAM, Terraform, Kubernetes NetworkPolicies, gateway routes), laid onto the
/// structural facts the manifest, compose and Kubernetes detectors found.
///
/// Declared things name components by folder or project and resources by their logical names;
/// this joins them to the facts' nodes: a function whose code folder a component owns is that
/// component, a resource merges by id, an environment variable that carries a resource's name
/// becomes an endpoint setting of the component that reads it (so code that reads the variable
/// resolves to the resource), and a trigger becomes an edge into the component.
struct DeclaredTopology {
    private(set) var facts: StructuralFacts
    /// Project-relative paths of the walked files.
    let files: [String]

    init(_ facts: StructuralFacts, files: [String]) {
        self.facts = facts
        self.files = files
    }

    /// The component owning `folder` (or a file in it); a new component there, named `name`,
    /// when none does.
    mutating func component(owning folder: String, name: String, evidence: Evidence) -> String {
        if let owner = ProjectFiles.owner(of: folder.isEmpty ? "." : folder + "/.", in: facts.components),
           facts.components.contains(where: { $0.id == owner && ($0.path != "" || folder.isEmpty) }) {
            return owner
        }
        return newComponent(name: name, path: folder, evidence: evidence)
    }

    /// A component known only by name (an Aspire container, a function without local code).
    mutating func newComponent(name: String, path: String?, evidence: Evidence) -> String {
        var id = StructuralFactsBuilder.identifier(name)
        if let index = facts.components.firstIndex(where: { $0.id == id }) {
            if facts.components[index].path == path {
                facts.components[index].evidence.append(evidence)
                return id
            }
            id = StructuralFactsBuilder.identifier((path ?? name).replacingOccurrences(of: "/", with: "-"))
            if facts.components.contains(where: { $0.id == id }) { return id }
        }
        facts.components.append(Component(id: id, name: name, path: path, evidence: [evidence]))
        return id
    }

    /// The component whose manifest is `manifestName` (`Shop.Orders.csproj`), anywhere.
    func component(withManifestNamed manifestName: String) -> String? {
        let wanted = manifestName.lowercased()
        return facts.components.first { $0.manifests.contains { ProjectFiles.name($0).lowercased() == wanted } }?.id
    }

    mutating func addHostname(_ name: String, to id: String, evidence: Evidence? = nil) {
        guard let index = facts.components.firstIndex(where: { $0.id == id }) else { return }
        if !facts.components[index].hostnames.contains(name) {
            facts.components[index].hostnames = (facts.components[index].hostnames + [name]).sorted()
        }
        if let evidence { facts.components[index].evidence.append(evidence) }
    }

    /// A declared resource, merged by id (evidence added).
    @discardableResult
    mutating func addResource(_ resource: Resource) -> String {
        if let index = facts.resources.firstIndex(where: { $0.id == resource.id }) {
            facts.resources[index].evidence += resource.evidence.filter { !facts.resources[index].evidence.contains($0) }
        } else {
            facts.resources.append(resource)
        }
        return resource.id
    }

    func isResource(_ id: String) -> Bool { facts.resources.contains { $0.id == id } }

    /// An endpoint setting the component sees: `value` is a URL whose host is a node's name.
    mutating func addEndpoint(key: String, value: String, component: String, evidence: Evidence) {
        let entry = ConfigEntry(key: key, kind: .endpoint, value: value, component: component, evidence: evidence)
        if !facts.config.contains(entry) { facts.config.append(entry) }
    }

    mutating func addEdge(_ edge: Edge) {
        guard edge.from != edge.to else { return }
        facts.edges.append(edge)
    }

    /// Stable order, as the structural builder leaves it.
    var result: StructuralFacts {
        var facts = facts
        facts.components.sort { $0.id < $1.id }
        facts.resources.sort { $0.id < $1.id }
        facts.config.sort { ($0.evidence, $0.key) < ($1.evidence, $1.key) }
        facts.edges.sort { ($0.from, $0.to, $0.protocol) < ($1.from, $1.to, $1.protocol) }
        return facts
    }
}

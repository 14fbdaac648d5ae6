import Foundation

/// Backstage `catalog-info.yaml` for the landscape: one YAML document per entity.
///
/// - a **Location** naming this file, so it can be registered as it is;
/// - a **System** for the whole, and a **Group** owning every entity (the tree names no owner:
///   the Group says so and is the one place to put the real team);
/// - a **Component** per component, with `dependsOn` (components and resources it calls),
///   `providesApis` (specs in its folder) and `consumesApis` (specs of the components it calls
///   over a matching protocol);
/// - an **API** per spec (Pact files are tests, not APIs) with `definition` pointing at the
///   spec file through `$text`;
/// - a **Resource** per data store, broker and external system.
///
/// Every ref is qualified (`component:default/orders`) and every relation target is an entity of
/// this file. Protocols, topics and `file:line` evidence go into `integrate/*` annotations, since
/// Backstage relations carry no attributes.
struct BackstageExporter: Sendable {
    let graph: ExportGraph
    let options: ExportOptions

    static let namespace = "default"
    static let annotationPrefix = "integrate"

    private struct Entity {
        var kind: String
        var name: String
        var description: String?
        var annotations: [(String, String)] = []
        var spec: [(String, Value)] = []
    }

    private enum Value {
        case text(String)
        case list([String])
        case block([(String, String)])
    }

    func render() -> String {
        let systemName = ExportNames.backstage(options.systemName)
        let ownerName = ExportNames.backstage(options.systemName + "-owners")
        let systemRef = "system:\(Self.namespace)/\(systemName)"
        let ownerRef = "group:\(Self.namespace)/\(ownerName)"

        var componentNames = ExportNames()
        var resourceNames = ExportNames()
        var apiNames = ExportNames()
        for node in graph.nodes {
            if case .component = node.role {
                componentNames.assign(node.id, preferred: node.id, sanitize: ExportNames.backstage)
            } else {
                resourceNames.assign(node.id, preferred: node.id.replacingOccurrences(of: ":", with: "-"), sanitize: ExportNames.backstage)
            }
        }
        let specs = graph.landscape.specs.filter { $0.format != .pact }
        for spec in specs {
            apiNames.assign(spec.path, preferred: Self.apiName(spec), sanitize: ExportNames.backstage)
        }
        func ref(_ id: String) -> String? {
            if let name = componentNames[id] { return "component:\(Self.namespace)/\(name)" }
            if let name = resourceNames[id] { return "resource:\(Self.namespace)/\(name)" }
            return nil
        }
        func apiRef(_ spec: APISpec) -> String? { apiNames[spec.path].map { "api:\(Self.namespace)/\($0)" } }

        var entities: [Entity] = []
        entities.append(Entity(
            kind: "Location", name: ExportNames.backstage(options.systemName + "-integrations"),
            description: "Entities of \(options.systemName) mapped by integrate from its source tree",
            spec: [("type", .text("file")), ("targets", .list(["./catalog-info.yaml"]))]))
        entities.append(Entity(
            kind: "System", name: systemName, description: "\(options.systemName) as its source tree states it",
            spec: [("owner", .text(ownerRef))]))
        entities.append(Entity(
            kind: "Group", name: ownerName,
            description: "Owner of \(options.systemName): the source tree names no team; put the real one here",
            spec: [("type", .text("team")), ("children", .list([]))]))

        let providedBy = Dictionary(grouping: specs.filter { $0.component != nil }) { $0.component ?? "" }
        for node in graph.nodes {
            guard case .component(let component) = node.role, let name = componentNames[node.id] else { continue }
            let outgoing = graph.outgoing(node.id)
            var dependsOn: [String] = []
            var consumes: [String] = []
            for edge in outgoing {
                if let target = ref(edge.to), !dependsOn.contains(target) { dependsOn.append(target) }
                for spec in providedBy[edge.to] ?? [] where Self.protocolFits(edge.protocol, spec.format) {
                    if let api = apiRef(spec), !consumes.contains(api) { consumes.append(api) }
                }
            }
            var entity = Entity(kind: "Component", name: name, description: "\(component.kind.rawValue) `\(component.name)`")
            entity.annotations = annotations(evidence: component.evidence, extra: [
                ("source-path", component.path.map { $0.isEmpty ? "." : $0 } ?? ""),
                ("languages", component.languages.joined(separator: ", ")),
                ("image", component.image ?? ""),
                ("links", outgoing.map { "\(graph.node($0.to)?.name ?? $0.to): \(ExportGraph.describe($0))" }.joined(separator: "; ")),
            ])
            entity.spec = [
                ("type", .text(Self.componentType(component.kind))), ("lifecycle", .text("unknown")),
                ("owner", .text(ownerRef)), ("system", .text(systemRef)),
                ("providesApis", .list((providedBy[node.id] ?? []).compactMap(apiRef))),
                ("consumesApis", .list(consumes.sorted())), ("dependsOn", .list(dependsOn.sorted())),
            ]
            entities.append(entity)
        }
        for spec in specs {
            guard let name = apiNames[spec.path] else { continue }
            var entity = Entity(kind: "API", name: name, description: spec.title.map { "\($0) (\(spec.path))" } ?? spec.path)
            entity.annotations = annotations(evidence: [Evidence(path: spec.path, line: 1)], extra: [
                ("spec-path", spec.path), ("spec-version", spec.version ?? ""),
                ("provider", spec.component ?? ""),
            ])
            entity.spec = [
                ("type", .text(Self.apiType(spec.format))), ("lifecycle", .text("unknown")),
                ("owner", .text(ownerRef)), ("system", .text(systemRef)),
                ("definition", .block([("$text", options.rootPrefix + spec.path)])),
            ]
            entities.append(entity)
        }
        for node in graph.nodes {
            guard let name = resourceNames[node.id] else { continue }
            let resource: Resource
            switch node.role {
            case .component: continue
            case .store(let value), .broker(let value), .external(let value): resource = value
            }
            let incoming = graph.incoming(node.id)
            var entity = Entity(kind: "Resource", name: name, description: "\(node.kindDescription) `\(resource.name)` (\(resource.system))")
            entity.annotations = annotations(evidence: resource.evidence, extra: [
                ("id", resource.id), ("system", resource.system), ("host", resource.host ?? ""),
                ("used-by", incoming.map { "\(graph.node($0.from)?.name ?? $0.from): \(ExportGraph.describe($0))" }.joined(separator: "; ")),
            ])
            entity.spec = [("type", .text(Self.resourceType(resource.kind))), ("owner", .text(ownerRef))]
            if !node.isExternal { entity.spec.append(("system", .text(systemRef))) }
            entities.append(entity)
        }
        return entities.map(Self.yaml).joined()
    }

    private func annotations(evidence: [Evidence], extra: [(String, String)]) -> [(String, String)] {
        var out = extra.filter { !$0.1.isEmpty }.map { ("\(Self.annotationPrefix)/\($0.0)", $0.1) }
        let locations = ExportGraph.locations(evidence, limit: 5)
        if !locations.isEmpty { out.append(("\(Self.annotationPrefix)/evidence", locations)) }
        return out
    }

    private static func yaml(_ entity: Entity) -> String {
        var out = "---\napiVersion: backstage.io/v1alpha1\nkind: \(entity.kind)\nmetadata:\n"
        out += "  name: \(ExportText.yaml(entity.name))\n  namespace: \(namespace)\n"
        if let description = entity.description { out += "  description: \(ExportText.yaml(description))\n" }
        if !entity.annotations.isEmpty {
            out += "  annotations:\n"
            for (key, value) in entity.annotations { out += "    \(key): \(ExportText.yaml(value))\n" }
        }
        out += "spec:\n"
        for (key, value) in entity.spec {
            switch value {
            case .text(let text): out += "  \(key): \(ExportText.yaml(text))\n"
            case .list(let items) where items.isEmpty: out += "  \(key): []\n"
            case .list(let items): out += "  \(key):\n" + items.map { "    - \(ExportText.yaml($0))\n" }.joined()
            case .block(let pairs): out += "  \(key):\n" + pairs.map { "    \($0.0): \(ExportText.yaml($0.1))\n" }.joined()
            }
        }
        return out
    }

    /// `<component>-<file stem>`, or `<component>-<api type>` when the stem says nothing more
    /// (`openapi.yaml`, `inventory.proto` in `inventory`); a `v2` in the file name is kept.
    static func apiName(_ spec: APISpec) -> String {
        let file = spec.path.split(separator: "/").last.map(String.init) ?? spec.path
        let parts = file.split(separator: ".").map(String.init)
        let stem = parts.first ?? file
        let version = parts.dropFirst().first { $0.first == "v" && $0.count > 1 && $0.dropFirst().allSatisfy(\.isNumber) }
        let generic: Set<String> = ["openapi", "swagger", "asyncapi", "api", "schema", "spec", "service"]
        let base: String
        if let component = spec.component {
            base = stem == component || generic.contains(stem.lowercased()) ? "\(component)-\(apiType(spec.format))" : "\(component)-\(stem)"
        } else {
            base = stem
        }
        return version.map { "\(base)-\($0)" } ?? base
    }

    /// Backstage's well-known component types (`service`, `website`, `library`); jobs keep their own.
    static func componentType(_ kind: Component.Kind) -> String {
        switch kind {
        case .service: "service"
        case .frontend: "website"
        case .library: "library"
        case .job: "job"
        }
    }

    /// Backstage's well-known API types.
    static func apiType(_ format: APISpec.Format) -> String {
        switch format {
        case .openapi, .swagger: "openapi"
        case .asyncapi: "asyncapi"
        case .proto: "grpc"
        case .graphql: "graphql"
        case .pact: "pact"
        }
    }

    static func resourceType(_ kind: Resource.Kind) -> String {
        switch kind {
        case .database: "database"
        case .cache: "cache"
        case .broker: "message-broker"
        case .search: "search"
        case .objectStorage: "object-storage"
        case .saas: "saas"
        case .externalAPI: "external-api"
        }
    }

    /// Whether a call over `protocol` uses an API described in `format`.
    static func protocolFits(_ protocol: String, _ format: APISpec.Format) -> Bool {
        switch format {
        case .openapi, .swagger: ["http", "https"].contains(`protocol`)
        case .proto: `protocol` == "grpc"
        case .graphql: ["graphql", "http", "https"].contains(`protocol`)
        case .asyncapi: ["kafka", "amqp", "nats", "mqtt", "sqs", "sns", "pubsub", "redis"].contains(`protocol`)
        case .pact: false
        }
    }
}

import Foundation

/// SARIF 2.1.0 for code-scanning UIs: one run of the `integrate` driver, a rule per rule id
/// used, and one `note` result per integration point at its `file:line`.
public enum SarifRenderer {
    public static func render(_ landscape: Landscape) -> String {
        let points = landscape.points
        let ruleIDs = Array(Set(points.map(\.rule))).sorted()
        let unresolved = Set(landscape.unresolved)
        let rules = ruleIDs.map { id -> Rule in
            let example = points.first { $0.rule == id }
            let text = example.map { "\(describe($0.kind)) (\($0.technology))" } ?? id
            return Rule(id: id, name: id, shortDescription: Message(text: text))
        }
        let results = points.map { point -> Result in
            var text = "\(describe(point.kind)): \(point.technology) over \(point.protocol), \(point.mode.rawValue)"
            if let method = point.method { text += ", \(method)" }
            if let path = point.path { text += " \(path)" }
            if let target = point.target { text += ", target `\(ConfigClassifier.redact(target))`" }
            if let topic = point.topic { text += ", topic `\(topic)`" }
            if let component = point.component { text += ", in component `\(component)`" }
            if unresolved.contains(point.id) { text += "; target not resolved" }
            if point.scope == .test { text += " (test code)" }
            let locations = point.evidence.prefix(1).map { evidence in
                Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: evidence.path),
                    region: Region(startLine: max(1, evidence.line), startColumn: evidence.column)))
            }
            return Result(
                ruleId: point.rule, ruleIndex: ruleIDs.firstIndex(of: point.rule) ?? 0, level: "note",
                message: Message(text: text), locations: locations,
                partialFingerprints: ["integratePointId": point.id],
                properties: Properties(kind: point.kind.rawValue, technology: point.technology, direction: point.direction.rawValue,
                                       component: point.component, scope: point.scope.rawValue, confidence: point.confidence.rawValue))
        }
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(name: "integrate", version: IntegrateVersion.current, rules: rules)),
            results: results)])
        return StableJSON.encode(log)
    }

    static func describe(_ kind: IntegrationPoint.Kind) -> String {
        switch kind {
        case .inboundHTTP: return "inbound HTTP route"
        case .outboundHTTP: return "outbound HTTP call"
        case .grpcServer: return "gRPC service"
        case .grpcClient: return "gRPC client call"
        case .graphqlServer: return "GraphQL schema or resolver"
        case .graphqlClient: return "GraphQL client call"
        case .publish: return "message published"
        case .consume: return "message consumer"
        case .database: return "database access"
        case .cache: return "cache access"
        case .saas: return "third-party SaaS SDK"
        case .webhook: return "webhook receiver"
        case .broker: return "message broker connection"
        }
    }

    private struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    private struct Run: Encodable { let tool: Tool; let results: [Result] }
    private struct Tool: Encodable { let driver: Driver }
    private struct Driver: Encodable { let name: String; let version: String; let rules: [Rule] }
    private struct Rule: Encodable { let id: String; let name: String; let shortDescription: Message }
    private struct Message: Encodable { let text: String }
    private struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Message
        let locations: [Location]
        let partialFingerprints: [String: String]
        let properties: Properties
    }
    private struct Properties: Encodable {
        let kind: String; let technology: String; let direction: String; let component: String?; let scope: String; let confidence: String
    }
    private struct Location: Encodable { let physicalLocation: PhysicalLocation }
    private struct PhysicalLocation: Encodable { let artifactLocation: ArtifactLocation; let region: Region }
    private struct ArtifactLocation: Encodable { let uri: String }
    private struct Region: Encodable { let startLine: Int; let startColumn: Int? }
}

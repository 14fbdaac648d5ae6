import Foundation

/// Finds what a component's OpenAPI spec says its health paths answer: the first 2xx status
/// of the `GET` operation and that response's first media type.
struct HealthExpectationReader: Sendable {
    var root: URL

    /// (component, path) key → expectation, for the endpoints a spec covers. Specs that do not
    /// load are skipped (Phase 1 reports them).
    func expectations(for endpoints: [HealthEndpoint], specs: [APISpec]) -> [String: HealthExpectation] {
        var result: [String: HealthExpectation] = [:]
        let byComponent = Dictionary(grouping: specs.filter { ($0.format == .openapi || $0.format == .swagger) && $0.component != nil }, by: { $0.component ?? "" })
        var loaded: [String: OpenAPIDocument] = [:]
        for endpoint in endpoints {
            for spec in (byComponent[endpoint.component] ?? []).sorted(by: { $0.path < $1.path }) {
                if loaded[spec.path] == nil {
                    loaded[spec.path] = try? SpecLoader().load(.file(root.appendingPathComponent(spec.path).path))
                }
                guard let document = loaded[spec.path] else { continue }
                let wanted = Self.normalized(endpoint.path)
                guard let operation = document.operations.first(where: { $0.method.lowercased() == "get" && Self.normalized($0.path) == wanted }) else { continue }
                guard let response = operation.responses.first(where: { $0.status.count == 3 && $0.status.hasPrefix("2") && Int($0.status) != nil }),
                      let status = Int(response.status) else { continue }
                result[MonitoringPlan.Inputs.expectationKey(component: endpoint.component, path: endpoint.path)] = HealthExpectation(
                    status: status, contentType: response.content.first?.name.lowercased(),
                    source: Evidence(path: spec.path, line: operation.line, snippet: operation.label))
                break
            }
        }
        return result
    }

    static func normalized(_ path: String) -> String {
        var value = path.lowercased()
        if !value.hasPrefix("/") { value = "/" + value }
        while value.count > 1 && value.hasSuffix("/") { value.removeLast() }
        return value
    }
}

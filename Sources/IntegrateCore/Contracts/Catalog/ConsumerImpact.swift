import Foundation

/// Which landscape consumers call the operations of an API: production outbound HTTP calls
/// matched by the node they resolve to first (the provider's component), then by templated path,
/// then by method. Calls in tests are never consumers; a call resolved to another node is not
/// one either, whatever its path.
public enum ConsumerImpact {
    public struct Consumer: Codable, Hashable, Sendable {
        public var component: String?
        public var method: String
        public var path: String
        public var target: String?
        /// `path:line` of the call site.
        public var location: String
    }

    /// Consumers per change, in the order of `changes` (document-level changes get none).
    /// `provider` is the component serving the API, when known.
    public static func consumers(of changes: [ContractChange], in landscape: Landscape, provider: String? = nil) -> [[Consumer]] {
        let calls = candidateCalls(landscape)
        var cache: [String: [Consumer]] = [:]
        return changes.map { change in
            guard let method = change.method, let path = change.path else { return [] }
            let key = method + " " + path
            if let hit = cache[key] { return hit }
            let found = callers(method: method, path: path, calls: calls, provider: provider, landscape: landscape)
            cache[key] = found
            return found
        }
    }

    /// Outbound HTTP calls with a path, in production code.
    public static func candidateCalls(_ landscape: Landscape) -> [IntegrationPoint] {
        landscape.points.filter { $0.kind == .outboundHTTP && $0.path != nil && $0.scope == .production }
    }

    /// The component serving a spec: the one whose folder holds it, else the one a server URL
    /// names by host (`http://orders:8000` -> `orders`).
    public static func provider(specPath: String?, servers: [String], in landscape: Landscape) -> String? {
        if let specPath, let owner = landscape.specs.first(where: { $0.path == specPath })?.component { return owner }
        for server in servers {
            guard let host = URLComponents(string: server)?.host?.lowercased() else { continue }
            if let component = landscape.components.first(where: { $0.id == host || $0.hostnames.map { $0.lowercased() }.contains(host) }) {
                return component.id
            }
        }
        return nil
    }

    /// The calls matching one operation of `provider`'s API.
    public static func callers(method: String, path: String, calls: [IntegrationPoint], provider: String? = nil, landscape: Landscape? = nil) -> [Consumer] {
        let targets = landscape.map(resolvedTargets) ?? [:]
        return calls.compactMap { point -> Consumer? in
            guard point.scope == .production, let callPath = point.path else { return nil }
            if let provider {
                if point.component == provider { return nil }
                if let target = targets[point.id], target != provider { return nil }
            }
            guard RouteMatcher.matches(callMethod: point.method, callPath: callPath, operationMethod: method, operationPath: path) else { return nil }
            let location = point.evidence.first?.location ?? point.id
            return Consumer(component: point.component, method: (point.method ?? method).uppercased(), path: callPath, target: point.target, location: location)
        }.sorted { $0.location < $1.location }
    }

    /// Point id -> the node its call resolved to.
    static func resolvedTargets(_ landscape: Landscape) -> [String: String] {
        var targets: [String: String] = [:]
        for edge in landscape.edges where edge.strength != .startOrder {
            for point in edge.points where targets[point] == nil { targets[point] = edge.to }
        }
        return targets
    }
}

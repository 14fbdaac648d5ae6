/// Which landscape consumers call the operations a diff changed: for each change, the outbound
/// HTTP calls whose method and templated path match the change's operation, with `file:line`.
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
    public static func consumers(of changes: [ContractChange], in landscape: Landscape) -> [[Consumer]] {
        let calls = landscape.points.filter { $0.kind == .outboundHTTP && $0.path != nil }
        var cache: [String: [Consumer]] = [:]
        return changes.map { change in
            guard let method = change.method, let path = change.path else { return [] }
            let key = method + " " + path
            if let hit = cache[key] { return hit }
            let found = callers(method: method, path: path, calls: calls)
            cache[key] = found
            return found
        }
    }

    /// The outbound calls matching one operation.
    public static func callers(method: String, path: String, calls: [IntegrationPoint]) -> [Consumer] {
        calls.compactMap { point -> Consumer? in
            guard let callPath = point.path,
                  RouteMatcher.matches(callMethod: point.method, callPath: callPath, operationMethod: method, operationPath: path) else { return nil }
            let location = point.evidence.first?.location ?? point.id
            return Consumer(component: point.component, method: (point.method ?? method).uppercased(), path: callPath, target: point.target, location: location)
        }.sorted { $0.location < $1.location }
    }
}

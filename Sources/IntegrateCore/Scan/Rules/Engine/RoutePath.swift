/// Turns a captured route path into one path: `"orders", ":id"` (Vapor segments) becomes
/// `/orders/:id`; `'orders/<int:pk>/'` becomes `/orders/<int:pk>/` for inbound routes.
enum RoutePath {
    static func normalize(_ captured: String, leadingSlash: Bool) -> String {
        let literals = TargetPath.literals(in: captured)
        var path: String
        switch literals.count {
        case 0: path = captured
        case 1: path = literals[0]
        default: path = "/" + literals.map { $0.trimmingSlashes }.filter { !$0.isEmpty }.joined(separator: "/")
        }
        if leadingSlash && !path.hasPrefix("/") { path = "/" + path }
        return path
    }
}

extension RoutePath {
    /// `prefix` and `path` joined with one `/` between them.
    static func join(_ prefix: String, _ path: String?) -> String {
        let head = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
        guard let path, path != "/" else { return head.isEmpty ? "/" : head }
        return head + (path.hasPrefix("/") ? path : "/" + path)
    }
}

private extension String {
    var trimmingSlashes: String {
        var text = Substring(self)
        while text.hasPrefix("/") { text = text.dropFirst() }
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}

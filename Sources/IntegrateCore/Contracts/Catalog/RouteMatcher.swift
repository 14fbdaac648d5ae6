import Foundation

/// Matches an HTTP call or route (`/orders/${id}`, `https://h/api/orders/42?x=1`) against an
/// OpenAPI path template (`/orders/{orderId}`).
///
/// Template-looking segments on either side (`{id}`, `:id`, `${id}`, `<id>`, `*`) match any
/// segment (at least one literal must agree); a call may carry a base-path prefix (`/api/v1`) in front of the spec's path.
public enum RouteMatcher {
    public static func matches(callMethod: String?, callPath: String, operationMethod: String, operationPath: String) -> Bool {
        if let callMethod, !callMethod.isEmpty, callMethod.uppercased() != operationMethod.uppercased(), callMethod != "*" { return false }
        let call = segments(callPath)
        let spec = segments(operationPath)
        guard call.count >= spec.count, !spec.isEmpty || call.isEmpty else { return false }
        let tail = Array(call.suffix(spec.count))
        guard zip(tail, spec).allSatisfy({ a, b in isVariable(a) || isVariable(b) || a == b }) else { return false }
        // A template on the call side matches any segment, but at least one literal must agree
        // (so `/notify/{channel}` does not match `/orders`).
        let literals = zip(tail, spec).filter { !isVariable($0.1) }
        return literals.isEmpty || literals.contains { $0.0 == $0.1 }
    }

    /// Path segments without scheme, host, query or fragment.
    public static func segments(_ raw: String) -> [String] {
        var path = Substring(raw)
        if let scheme = path.range(of: "://") {
            path = path[scheme.upperBound...]
            path = path.firstIndex(of: "/").map { path[$0...] } ?? ""
        }
        // A `?` inside a template parameter (`{id:int?}`) marks it optional; it starts no query.
        var depth = 0
        if let cut = path.firstIndex(where: { character in
            if character == "{" { depth += 1 } else if character == "}" { depth -= 1 }
            return depth == 0 && (character == "?" || character == "#")
        }) { path = path[..<cut] }
        return path.split(separator: "/").map(String.init).filter { !$0.isEmpty }
    }

    static func isVariable(_ segment: String) -> Bool {
        segment.hasPrefix("{") || segment.hasPrefix(":") || segment.hasPrefix("${") || segment.hasPrefix("<")
            || segment == "*" || segment.hasPrefix("\\(") || segment.contains("{")
    }
}

/// ASP.NET Core route-template tokens: `[controller]` and `[action]` in a `[Route]` or `[Http…]`
/// attribute are replaced by the controller's name without its `Controller` suffix and the action
/// method's name (without `Async`, as ASP.NET Core does by default), so
/// `[Route("api/v1/[controller]")]` on `OrdersController` gives `/api/v1/Orders`.
///
/// Tokens are matched without regard to case, as ASP.NET does; a token whose value is unknown (`[area]`,
/// or a name the scan did not read) stays as written, and `[[` / `]]` (ASP.NET's escapes for a literal bracket) are left untouched.
enum AspNetRouteTokens {
    /// The values a route's tokens take.
    struct Values: Sendable, Hashable {
        /// The controller class as declared (`OrdersController`).
        var controllerClass: String?
        /// The action method as declared (`GetOrderAsync`).
        var actionMethod: String?
    }

    /// `path` with every known token replaced.
    static func replacing(in path: String, with values: Values) -> String {
        guard path.contains("[") else { return path }
        let replacements: [String: String] = [
            "controller": values.controllerClass.map { trimmed($0, suffix: "Controller") },
            "action": values.actionMethod.map { trimmed($0, suffix: "Async") },
        ].compactMapValues { $0 }
        guard !replacements.isEmpty else { return path }
        var out = ""
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "[") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if afterOpen < rest.endIndex, rest[afterOpen] == "[" {
                out += "[["
                rest = rest[rest.index(after: afterOpen)...]
                continue
            }
            guard let close = rest[afterOpen...].firstIndex(of: "]"),
                  let value = replacements[rest[afterOpen..<close].lowercased()] else {
                out.append("[")
                rest = rest[afterOpen...]
                continue
            }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// `name` without `suffix` when it ends with it and something is left.
    private static func trimmed(_ name: String, suffix: String) -> String {
        name.count > suffix.count && name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : name
    }
}

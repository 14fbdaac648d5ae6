/// Inbound HTTP routes of Swift server frameworks.
enum SwiftRouteRules {
    static let all = [vapor, hummingbird]

    /// Vapor routes: `app.get("orders", ":id", use: show)`; segments are joined into `/orders/:id`.
    static let vapor = Rule(
        id: "swift.http.vapor", summary: "An inbound HTTP route registered on a Vapor routes builder.",
        kind: .inboundHTTP, technology: "vapor", protocol: "http", direction: .receive, languages: [.swift],
        keywords: ["import Vapor"],
        pattern: #"\b(?!(?:client|cache|redis|headers|query|content|parameters|session|storage|db|auth|sessions|application)\.)(?<receiver>[a-z]\w*)\.(?<method>get|post|put|patch|delete)\(\s*(?<path>(?:"[^"\n]*"\s*,?\s*)*)(?:use:|\)|\{)"#,
        prefixPatterns: [
            #"\blet\s+(?<name>\w+)\s*=\s*(?<parent>\w+)\.grouped\(\s*(?<path>(?:"[^"\n]*"\s*,?\s*)+)\)"#,
            #"\b(?<parent>\w+)\.group\(\s*(?<path>(?:"[^"\n]*"\s*,?\s*)+)\)\s*\{\s*(?<name>\w+)\s+in\b"#,
        ],
        note: "Prefixes from `let api = app.grouped(\"api\")` and `app.group(\"api\") { api in` in the same file are joined; others are not.",
        triggering: [
            "import Vapor\nfunc routes(_ app: Application) {\n    ↓app.get(\"orders\", \":id\", use: show)\n}",
            "import Vapor\n↓orders.post(use: create)",
        ],
        nonTriggering: [
            "import Vapor\nlet value = req.client.get(\"http://x\")",
            "import Vapor\nlet name = try req.query.get(String.self, at: \"name\")",
            "let r = app.get(\"orders\", use: show)",
        ])

    /// Hummingbird routes: `router.get("/todos/:id") { ... }`.
    static let hummingbird = Rule(
        id: "swift.http.hummingbird", summary: "An inbound HTTP route registered on a Hummingbird router or group.",
        kind: .inboundHTTP, technology: "hummingbird", protocol: "http", direction: .receive, languages: [.swift],
        keywords: ["import Hummingbird"],
        pattern: #"\b(?<receiver>router|\w*[Gg]roup\w*|\w+Routes|api|v\d)\s*\.(?<method>get|post|put|patch|delete|head)\(\s*(?<path>"[^"\n]*")?\s*(?:[,)]|\{|use:)"#,
        prefixPatterns: [#"\blet\s+(?<name>\w+)\s*=\s*(?<parent>\w+)\.group\(\s*(?<path>"[^"\n]*")"#],
        note: "Prefixes from `let api = router.group(\"api\")` in the same file are joined.",
        triggering: ["import Hummingbird\n↓router.get(\"/health\") { _, _ in \"ok\" }"],
        nonTriggering: ["import Hummingbird\nlet id = context.parameters.get(\"id\")"])
}

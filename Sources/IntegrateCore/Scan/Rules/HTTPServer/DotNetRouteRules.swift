/// Inbound HTTP routes of ASP.NET Core.
enum DotNetRouteRules {
    static let all = [minimalAPI, controllerAttribute]

    /// Minimal APIs: `app.MapGet("/orders/{id}", ...)`.
    static let minimalAPI = Rule(
        id: "csharp.http.minimal-api", summary: "An inbound HTTP route mapped with ASP.NET Core minimal APIs.",
        kind: .inboundHTTP, technology: "aspnetcore", protocol: "http", direction: .receive, languages: [.csharp],
        keywords: ["MapGet", "MapPost", "MapPut", "MapPatch", "MapDelete"],
        pattern: #"\b(?<receiver>\w+)\.Map(?<method>Get|Post|Put|Patch|Delete)\(\s*(?<path>"[^"\n]*")"#,
        prefixPatterns: [#"\b(?<name>\w+)\s*=\s*(?<parent>\w+)\.MapGroup\(\s*(?<path>"[^"\n]*")"#],
        note: "Prefixes from `var orders = app.MapGroup(\"/api/orders\")` in the same file are joined.",
        triggering: ["var app = builder.Build();\n↓app.MapGet(\"/orders/{id}\", (int id) => Results.Ok());", "var api = app.MapGroup(\"/api/v1\");\n↓api.MapGet(\"/orders/{id}\", (int id) => Results.Ok());"],
        nonTriggering: ["app.MapControllers();"])

    /// Controller attributes: `[HttpGet("{id}")]`.
    static let controllerAttribute = Rule(
        id: "csharp.http.controller", summary: "An inbound HTTP route on an ASP.NET Core controller action.",
        kind: .inboundHTTP, technology: "aspnetcore", protocol: "http", direction: .receive, languages: [.csharp],
        keywords: ["[Http"],
        pattern: #"\[Http(?<method>Get|Post|Put|Patch|Delete)(?:\(\s*(?<path>"[^"\n]*")[^)\n]*\))?\]"#,
        prefixPatterns: [#"\[Route\(\s*(?<path>"[^"\n]*")\s*\)\](?=\s*(?:\[[^\]\n]*\]\s*)*(?:(?:public|internal|sealed|abstract|partial)\s+)*class\b)"#],
        note: "The controller's `[Route]` prefix in the same file is joined; `[controller]` tokens stay as written.",
        triggering: ["public class OrdersController : ControllerBase {\n    ↓[HttpPost(\"refunds\")]\n    public IActionResult Refund() => Ok();\n}"],
        nonTriggering: ["[Route(\"api/[controller]\")]\npublic class OrdersController : ControllerBase {}"])
}

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
        // A `[Route("items")]` just before a bare `[HttpGet]` or among the attributes after it gives the path; the
        // action method after the attributes is read for `[action]`.
        pattern: #"(?:\[Route\(\s*(?<leadingRoute>"[^"\n]*")[^)\n]*\)\](?:\s*\[(?!Http|Route\b)[^\]\n]*\])*\s*)?\[Http(?<method>Get|Post|Put|Patch|Delete)(?:\(\s*(?<path>"[^"\n]*")[^)\n]*\))?\](?:(?:\s*\[(?!Route\b)[^\]\n]*\])*\s*\[Route\(\s*(?<route>"[^"\n]*")[^)\n]*\)\])?(?=(?:(?:\s*\[[^\]\n]*\])*\s*(?:(?:public|protected|internal|private|static|virtual|override|async|new)\s+)+[\w<>\[\],.? ]+?\s+(?<action>\w+)\s*\()?)"#,
        prefixPatterns: [#"\[Route\(\s*(?<path>"[^"\n]*")\s*\)\](?=\s*(?:\[[^\]\n]*\]\s*)*(?:(?:public|internal|sealed|abstract|partial)\s+)*class\s+(?<controller>\w+))"#],
        note: "The controller's `[Route]` prefix in the same file is joined; `[controller]` becomes the class name without `Controller` and `[action]` the method name without `Async`, as ASP.NET Core does (case as declared; ASP.NET matches routes without regard to case). A method-level `[Route]` just before or among the attributes after the verb gives the action's path.",
        triggering: [
            "public class OrdersController : ControllerBase {\n    ↓[HttpPost(\"refunds\")]\n    public IActionResult Refund() => Ok();\n}",
            "[Route(\"api/v1/[controller]\")]\n[ApiController]\npublic class OrdersController : ControllerBase {\n    ↓[HttpGet(\"[action]/{id}\")]\n    public async Task<ActionResult<OrderDto>> DetailsAsync(int id) => Ok();\n}",
            "public class CatalogController : ControllerBase {\n    ↓[HttpGet]\n    [Route(\"items\")]\n    public IActionResult Items() => Ok();\n}",
            "public class CatalogController : ControllerBase {\n    ↓[Route(\"items\")]\n    [HttpPut]\n    public IActionResult Update() => Ok();\n}",
        ],
        nonTriggering: ["[Route(\"api/[controller]\")]\npublic class OrdersController : ControllerBase {}"])
}

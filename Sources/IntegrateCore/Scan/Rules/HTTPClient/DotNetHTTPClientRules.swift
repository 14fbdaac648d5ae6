/// Outbound HTTP calls from C#.
enum DotNetHTTPClientRules {
    static let all = [httpClient, baseAddress, typedClient, refit]

    /// `client.BaseAddress = new Uri(url)`, typically inside `AddHttpClient("name", ...)`.
    static let baseAddress = Rule(
        id: "csharp.http.base-address", summary: "An HttpClient bound to a base address.",
        kind: .outboundHTTP, technology: "httpclient", protocol: "http", direction: .call, languages: [.csharp],
        keywords: ["BaseAddress"],
        pattern: #"\b\w+\.BaseAddress\s*=\s*new\s+Uri\(\s*(?<target>"# + RulePatterns.argument + ")",
        triggering: ["builder.Services.AddHttpClient(\"carrier\", client =>\n{\n    ↓client.BaseAddress = new Uri(config[\"CarrierUrl\"]);\n});"],
        nonTriggering: ["var uri = new Uri(\"https://example.com\");"])

    /// `services.AddHttpClient<IOrders, OrdersClient>(c => c.BaseAddress = new Uri(...))`: the calls
    /// of `OrdersClient` (its own file) go to that address; the resolver joins them.
    static let typedClient = Rule(
        id: "csharp.http.typed-client", summary: "A typed HttpClient registered with a base address; its class's calls go there.",
        kind: .outboundHTTP, technology: "httpclient", protocol: "http", direction: .call, languages: [.csharp],
        keywords: ["AddHttpClient<"],
        pattern: #"\bAddHttpClient<[^>\n]+>\(\s*(?:\w+|\([^)]*\))\s*=>\s*\{?[^;]{0,200}?\bBaseAddress\s*=\s*(?<target>[^;]{1,300})"#,
        note: "The class is joined to its calls by file name (`OrdersClient.cs`).",
        triggering: ["services.↓AddHttpClient<IOrders, OrdersClient>(c => c.BaseAddress = new Uri(config[\"OrdersUrl\"]));"],
        nonTriggering: ["services.AddHttpClient<IOrders, OrdersClient>();"])

    /// `httpClient.GetAsync(url)`, `_http.PostAsJsonAsync("/x", body)`, `GetFromJsonAsync<T>(url)`.
    static let httpClient = Rule(
        id: "csharp.http.httpclient", summary: "An outbound HTTP call through HttpClient.",
        kind: .outboundHTTP, technology: "httpclient", protocol: "http", direction: .call, languages: [.csharp],
        keywords: ["HttpClient"],
        pattern: #"\b(?!\w*(?:[Cc]ache|[Rr]edis|[Dd]b|[Rr]epository|[Ss]tore|[Cc]ontext)\.)\w+\.(?<method>Get|Post|Put|Patch|Delete)(?:Async|AsJsonAsync|FromJsonAsync|StringAsync|StreamAsync|ByteArrayAsync)(?:<[^>\n]*>)?\(\s*(?<target>"# + RulePatterns.argument + ")",
        triggering: ["private readonly HttpClient _http;\nvar stock = await ↓_http.GetFromJsonAsync<Stock>($\"stock/{sku}\");"],
        nonTriggering: ["private readonly HttpClient _http;\nvar item = await _cache.GetAsync(key);"])

    /// Refit interfaces: `[Get("/users/{id}")]`.
    static let refit = Rule(
        id: "csharp.http.refit", summary: "An outbound HTTP call declared on a Refit interface.",
        kind: .outboundHTTP, technology: "refit", protocol: "http", direction: .call, languages: [.csharp],
        keywords: ["Refit"],
        pattern: #"\[(?<method>Get|Post|Put|Patch|Delete)\(\s*(?<path>"[^"\n]*")"#,
        triggering: ["using Refit;\npublic interface IUsersApi {\n    ↓[Get(\"/users/{id}\")]\n    Task<User> GetUser(int id);\n}"],
        nonTriggering: ["using Refit;\n[Headers(\"Accept: application/json\")]"])
}

/// Outbound HTTP calls from Swift.
enum SwiftHTTPClientRules {
    static let all = [urlSession, asyncHTTPClient, asyncHTTPClientShortcut, vaporClient]

    /// `URLSession.shared.data(from: url)`, `session.dataTask(with: request)`.
    static let urlSession = Rule(
        id: "swift.http.urlsession", summary: "An outbound HTTP call through URLSession.",
        kind: .outboundHTTP, technology: "urlsession", protocol: "http", direction: .call, languages: [.swift],
        keywords: ["URLSession", "session."],
        pattern: #"\b(?:URLSession\.shared|\w*[Ss]ession)\.(?:data|dataTask|upload|uploadTask|download|downloadTask|bytes)\(\s*(?:from|with|for):\s*(?<target>"# + RulePatterns.argument + ")",
        confidence: .medium,
        note: "With a `URLRequest` the target is the request variable, not its URL.",
        triggering: ["let (data, _) = try await ↓URLSession.shared.data(from: URL(string: \"https://api.example.com/v1/rates\")!)"],
        nonTriggering: ["let config = URLSessionConfiguration.default"])

    /// AsyncHTTPClient requests: `HTTPClientRequest(url: "\(base)/stock")`.
    static let asyncHTTPClient = Rule(
        id: "swift.http.async-http-client", summary: "An outbound HTTP request built for AsyncHTTPClient.",
        kind: .outboundHTTP, technology: "async-http-client", protocol: "http", direction: .call, languages: [.swift],
        keywords: ["HTTPClientRequest", "HTTPClient.Request"],
        pattern: #"\bHTTPClient(?:Request|\.Request)\(\s*url:\s*(?<target>"# + RulePatterns.argument + #")(?:\s*,\s*method:\s*\.(?<method>\w+))?"#,
        defaultMethod: "GET",
        note: "The method is read only when passed to the initializer; `request.method = .POST` later is missed.",
        triggering: ["var request = ↓HTTPClientRequest(url: \"\\(inventoryURL)/stock/\\(sku)\")"],
        nonTriggering: ["let response = try await httpClient.execute(request, timeout: .seconds(5))"])

    /// AsyncHTTPClient shortcuts: `httpClient.get(url: "...")`.
    static let asyncHTTPClientShortcut = Rule(
        id: "swift.http.async-http-client-shortcut", summary: "An outbound HTTP call through AsyncHTTPClient's method shortcuts.",
        kind: .outboundHTTP, technology: "async-http-client", protocol: "http", direction: .call, languages: [.swift],
        keywords: ["AsyncHTTPClient"],
        pattern: #"\b\w*[Cc]lient(?:\.shared)?\.(?<method>get|post|put|patch|delete)\(\s*url:\s*(?<target>"# + RulePatterns.argument + ")",
        triggering: ["import AsyncHTTPClient\nlet response = try await ↓httpClient.get(url: \"https://example.com/status\").get()"],
        nonTriggering: ["import AsyncHTTPClient\nlet client = HTTPClient(eventLoopGroupProvider: .singleton)"])

    /// Vapor's client: `req.client.get("http://orders/x")`.
    static let vaporClient = Rule(
        id: "swift.http.vapor-client", summary: "An outbound HTTP call through Vapor's `Client`.",
        kind: .outboundHTTP, technology: "vapor", protocol: "http", direction: .call, languages: [.swift],
        keywords: ["client."],
        pattern: #"\b(?:req|request|app|application)\.client\.(?<method>get|post|put|patch|delete)\(\s*(?<target>"# + RulePatterns.argument + ")",
        triggering: ["let res = try await ↓req.client.get(\"\\(paymentsURL)/charges\")"],
        nonTriggering: ["let res = try await req.db.query(Order.self).all()"])
}

/// Outbound HTTP calls from Go.
enum GoHTTPClientRules {
    static let all = [shortcut, newRequest]

    /// `http.Get(url)`, `http.Post(url, ...)`.
    static let shortcut = Rule(
        id: "go.http.client", summary: "An outbound HTTP call with net/http's shortcuts.",
        kind: .outboundHTTP, technology: "net/http", protocol: "http", direction: .call, languages: [.go],
        keywords: ["http.Get", "http.Post", "http.Head"],
        pattern: #"\bhttp\.(?<method>Get|Post|Head|PostForm)\(\s*(?<target>"# + RulePatterns.argument + ")",
        triggering: ["resp, err := ↓http.Get(os.Getenv(\"CATALOG_URL\") + \"/products\")"],
        nonTriggering: ["ct := r.Header.Get(\"Content-Type\")"])

    /// `http.NewRequest("GET", url, nil)`, `http.NewRequestWithContext(ctx, http.MethodPost, url, body)`.
    static let newRequest = Rule(
        id: "go.http.new-request", summary: "An outbound HTTP request built with net/http.",
        kind: .outboundHTTP, technology: "net/http", protocol: "http", direction: .call, languages: [.go],
        keywords: ["http.NewRequest"],
        pattern: #"\bhttp\.NewRequest(?:WithContext)?\(\s*(?:\w+\s*,\s*)?(?:http\.Method|")(?<method>[A-Za-z]+)"?\s*,\s*(?<target>"# + RulePatterns.argument + ")",
        note: "The request is sent later with `client.Do`, which is not reported separately.",
        triggering: ["req, err := ↓http.NewRequestWithContext(ctx, http.MethodPost, paymentsURL+\"/charges\", body)"],
        nonTriggering: ["client := &http.Client{Timeout: 5 * time.Second}"])
}

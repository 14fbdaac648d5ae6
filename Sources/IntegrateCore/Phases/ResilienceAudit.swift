import Foundation

/// Looks at every production outbound call for a timeout, retries and a circuit breaker, and
/// rates a missing timeout by what the client library does without one.
public struct ResilienceAudit: Sendable {
    public struct Entry: Sendable, Hashable {
        public var point: IntegrationPoint
        /// A timeout set at the call.
        public var timeout: Evidence?
        /// A timeout set on a shared client elsewhere in the component (a configured client).
        public var clientTimeout: Evidence?
        public var retry: Evidence?
        public var breaker: Evidence?
        /// What the library does with no timeout set, e.g. "waits forever".
        public var libraryDefault: String
        public var severity: Finding.Severity
    }

    /// A client library's default timeout, and how bad relying on it is.
    struct ClientDefault: Sendable {
        var match: [String]
        var behaviour: String
        var severity: Finding.Severity
    }

    /// Published defaults (see REFERENCES.md), most specific first.
    static let defaults: [ClientDefault] = [
        ClientDefault(match: ["asynchttpclient", "async-http-client"], behaviour: "no read timeout (connect 10 s)", severity: .error),
        ClientDefault(match: ["requests", "urllib"], behaviour: "no timeout: waits forever", severity: .error),
        ClientDefault(match: ["httpx"], behaviour: "5 s default", severity: .info),
        ClientDefault(match: ["aiohttp"], behaviour: "300 s default", severity: .warning),
        ClientDefault(match: ["axios"], behaviour: "no timeout (0)", severity: .error),
        ClientDefault(match: ["got", "node-fetch", "fetch", "undici"], behaviour: "300 s default or none", severity: .warning),
        ClientDefault(match: ["net/http", "go.http", "http.get", "http.client"], behaviour: "http.DefaultClient has no timeout", severity: .error),
        ClientDefault(match: ["okhttp"], behaviour: "10 s default", severity: .info),
        ClientDefault(match: ["httpclient", "refit", "dotnet"], behaviour: ".NET HttpClient 100 s default", severity: .warning),
        ClientDefault(match: ["urlsession"], behaviour: "60 s idle, 7-day resource timeout", severity: .warning),
        ClientDefault(match: ["vapor"], behaviour: "no timeout (ClientRequest.timeout nil)", severity: .error),
        ClientDefault(match: ["resttemplate", "webclient", "feign", "java.net.http"], behaviour: "no timeout unless configured", severity: .error),
    ]

    static let timeoutWords = ["timeout", "deadline", "withtimeout", "time_limit", "readTimeout", "connectTimeout", "TimeSpan.From"]
    /// Client-level timeout settings, per language, looked for in the component's other files.
    static let clientTimeoutWords = [
        "client.configuration.timeout", "timeoutIntervalForRequest", "axios.defaults.timeout", "httpx.Client(timeout",
        "httpx.AsyncClient(timeout", "ClientTimeout(", "http.Client{Timeout", "setReadTimeout", "setConnectTimeout",
        "responseTimeout(", "client.Timeout =", ".Timeout = TimeSpan",
    ]
    static let retryWords = ["retry", "retries", "backoff", "tenacity", "@Retryable", "Polly", "retrying"]
    static let breakerWords = ["circuit", "breaker", "opossum", "resilience4j", "pybreaker", "gobreaker", "bulkhead"]

    public var entries: [Entry]

    public init(landscape: Landscape, sources: SourceCache) {
        let outboundKinds: Set<IntegrationPoint.Kind> = [.outboundHTTP, .grpcClient, .graphqlClient, .saas]
        let filesByComponent = Dictionary(grouping: landscape.productionPoints.compactMap { point in
            point.component.flatMap { component in point.evidence.first.map { (component, $0.path) } }
        }, by: \.0).mapValues { Set($0.map(\.1)).sorted() }
        entries = landscape.productionPoints.filter { outboundKinds.contains($0.kind) && !Self.isDeclaration($0) }.compactMap { point in
            guard let evidence = point.evidence.first else { return nil }
            let timeout = sources.find(Self.timeoutWords, in: evidence.path, near: evidence.line, window: 6)
            let clientTimeout = timeout != nil ? nil : (filesByComponent[point.component ?? ""] ?? []).lazy
                .compactMap { sources.find(Self.clientTimeoutWords, in: $0) }.first
            let retry = sources.find(Self.retryWords, in: evidence.path)
            let breaker = sources.find(Self.breakerWords, in: evidence.path)
            let technology = point.technology.lowercased()
            let known = Self.defaults.first { $0.match.contains { technology.contains($0) } }
            return Entry(
                point: point, timeout: timeout, clientTimeout: clientTimeout, retry: retry, breaker: breaker,
                libraryDefault: known?.behaviour ?? "unknown default",
                severity: timeout != nil || clientTimeout != nil ? .info : (known?.severity ?? .warning))
        }
    }

    /// An SDK import or client construction is not a call: there is no request to time out.
    static func isDeclaration(_ point: IntegrationPoint) -> Bool {
        guard point.kind == .saas, let snippet = point.evidence.first?.snippet.trimmingCharacters(in: .whitespaces) else { return false }
        if ["import ", "from ", "using ", "#include"].contains(where: { snippet.hasPrefix($0) }) { return true }
        return snippet.contains("require(") || !snippet.contains("(")
    }
}

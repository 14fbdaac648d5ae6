import Foundation

/// Looks at every production outbound call for a timeout, retries, a circuit breaker and a
/// bulkhead, set at the call or in the component's shared setup (the landscape's `SetupFact`s),
/// and rates a missing timeout by what the client library does without one.
public struct ResilienceAudit: Sendable {
    /// Where a setting was found.
    public struct Setting: Sendable, Hashable {
        public enum Place: Sendable, Hashable {
            /// At the call (within a few lines).
            case callSite
            /// On the component's clients or host, or on the function around the call.
            case sharedSetup
        }

        public var place: Place
        /// The setting as written, or the library's default it stands for.
        public var value: String?
        public var technology: String?
        /// The shared-setup method it came through (`AddServiceDefaults`).
        public var via: String?
        public var evidence: [Evidence]

        /// Where, in words: `shared setup` / `call site`.
        public var placeName: String { place == .callSite ? "call site" : via.map { "shared setup (`\($0)()`)" } ?? "shared setup" }
    }

    public struct Entry: Sendable, Hashable {
        public var point: IntegrationPoint
        /// A timeout set at the call.
        public var timeout: Evidence?
        /// A timeout from the component's shared setup (a configured client, client defaults).
        public var clientTimeout: Evidence?
        public var retry: Evidence?
        public var breaker: Evidence?
        public var bulkhead: Evidence?
        /// Every setting that covers the call, by kind.
        public var settings: [SetupFact.Kind: Setting]
        /// A timeout found near the call but set on an object that never reaches the client.
        /// It does not count as a timeout.
        var unpassed: UnpassedTimeout?
        /// What the library does with no timeout set, e.g. "waits forever".
        public var libraryDefault: String
        public var severity: Finding.Severity
    }

    /// A timeout set on an object that is not passed to the client.
    struct UnpassedTimeout: Sendable, Hashable {
        var object: String
        var evidence: Evidence

        /// `set on `params` at file:line, not passed to the client`.
        var text: String { "set on `\(object)` at \(Markdown.evidence([evidence], limit: 1)), not passed to the client" }
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
        // Before .NET's `httpclient`, which its name contains: Java's Apache client has no socket timeout unless set.
        ClientDefault(match: ["apache-httpclient"], behaviour: "Apache HttpClient: no socket timeout unless a RequestConfig sets one", severity: .error),
        ClientDefault(match: ["httpclient", "refit", "dotnet"], behaviour: ".NET HttpClient 100 s default", severity: .warning),
        ClientDefault(match: ["urlsession"], behaviour: "60 s idle, 7-day resource timeout", severity: .warning),
        ClientDefault(match: ["vapor"], behaviour: "no timeout (ClientRequest.timeout nil)", severity: .error),
        ClientDefault(match: ["resttemplate", "webclient", "feign", "java.net.http"], behaviour: "no timeout unless configured", severity: .error),
        ClientDefault(match: ["grpc"], behaviour: "no deadline: waits forever", severity: .error),
    ]

    /// Words that set a timeout or deadline at the call itself (`timeout=2`, `WithTimeout`, a gRPC deadline).
    static let timeoutWords = ["timeout", "deadline", "withtimeout", "time_limit", "readTimeout", "connectTimeout", "TimeSpan.From"]

    public var entries: [Entry]

    public init(landscape: Landscape, sources: SourceCache) {
        let outboundKinds: Set<IntegrationPoint.Kind> = [.outboundHTTP, .grpcClient, .graphqlClient, .saas]
        entries = landscape.productionPoints.filter { outboundKinds.contains($0.kind) && !Self.isDeclaration($0) }.compactMap { point in
            guard let evidence = point.evidence.first else { return nil }
            var settings: [SetupFact.Kind: Setting] = [:]
            for fact in landscape.setup(of: point.component) where fact.kind.isResilience && Self.covers(fact, evidence) {
                if settings[fact.kind] == nil {
                    settings[fact.kind] = Setting(place: .sharedSetup, value: fact.value, technology: fact.technology, via: fact.via, evidence: fact.evidence)
                }
            }
            var timeout = sources.find(Self.timeoutWords, in: evidence.path, near: evidence.line, window: 6)
            var unpassed: UnpassedTimeout?
            if let found = timeout, let object = TimeoutReach.unpassed(timeout: found, call: evidence, lines: sources.lines(evidence.path)) {
                unpassed = UnpassedTimeout(object: object, evidence: found)
                timeout = nil
            }
            if let timeout { settings[.timeout] = Setting(place: .callSite, value: timeout.snippet, evidence: [timeout]) }
            let technology = point.technology.lowercased()
            let known = Self.defaults.first { $0.match.contains { technology.contains($0) } }
            let clientTimeout = timeout == nil ? settings[.timeout]?.evidence.last : nil
            return Entry(
                point: point, timeout: timeout, clientTimeout: clientTimeout,
                retry: settings[.retry]?.evidence.last, breaker: settings[.circuitBreaker]?.evidence.last, bulkhead: settings[.bulkhead]?.evidence.last,
                settings: settings, unpassed: unpassed, libraryDefault: known?.behaviour ?? "unknown default",
                severity: settings[.timeout] != nil ? .info : (known?.severity ?? .warning))
        }
    }

    /// Whether a setup fact covers a call: component-wide, or on the function the call is in.
    static func covers(_ fact: SetupFact, _ call: Evidence) -> Bool {
        switch fact.reach {
        case .component: return true
        case .function:
            guard let setting = fact.evidence.last, setting.path == call.path, setting.line <= call.line else { return false }
            return call.line <= (fact.until ?? Int.max)
        }
    }

    /// Rules whose match registers a client with its base address (`AddHttpClient<T>(c =>
    /// c.BaseAddress = …)`, `client.BaseAddress = new Uri(…)`): they tell the landscape where the
    /// client's calls go, but the line sends no request; the calls are audited where they are made.
    static let clientRegistrations: Set<String> = ["csharp.http.base-address", "csharp.http.typed-client"]

    /// An SDK import, a client construction or a client registration is not a call: there is no
    /// request to time out.
    static func isDeclaration(_ point: IntegrationPoint) -> Bool {
        if clientRegistrations.contains(point.rule) { return true }
        guard point.kind == .saas, let snippet = point.evidence.first?.snippet.trimmingCharacters(in: .whitespaces) else { return false }
        if ["import ", "from ", "using ", "#include"].contains(where: { snippet.hasPrefix($0) }) { return true }
        return snippet.contains("require(") || !snippet.contains("(")
    }
}

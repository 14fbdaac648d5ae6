/// Something a component sets up once that covers many of its integrations: resilience for its
/// HTTP clients, a health endpoint, telemetry. Found by the setup rules (`Scan/Rules/Setup/`).
///
/// Phases read these instead of searching source themselves: a project that configures
/// `ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler())` once has a timeout,
/// retries and a breaker on every client of the components that use it.
public struct SetupFact: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case timeout, retry, circuitBreaker, bulkhead, health, telemetry
        /// A dead-letter queue, exchange or topic for messages that keep failing.
        case deadLetter
        /// A shared-setup method being defined (`static … AddServiceDefaults(this …)`): facts
        /// inside it reach every component that calls it. Resolved away before the landscape.
        case definition
        /// A call that may be to a shared-setup method (`builder.AddServiceDefaults()`).
        /// Resolved away before the landscape.
        case invocation

        /// Whether the fact is about a client's resilience.
        public var isResilience: Bool { [.timeout, .retry, .circuitBreaker, .bulkhead].contains(self) }
    }

    /// What the fact covers.
    public enum Reach: String, Codable, Sendable, CaseIterable {
        /// Every client (or the whole service) of the component: a shared client or host setup.
        case component
        /// The calls in the decorated or annotated function only (lines up to `until`).
        case function
    }

    public var kind: Kind
    /// The rule that found it (`csharp.setup.standard-resilience`).
    public var rule: String
    /// The library or mechanism (`Microsoft.Extensions.Http.Resilience`, `Resilience4j`, `compose`).
    public var technology: String
    /// The setting as written, when the rule captures one (`TimeSpan.FromSeconds(3)`, `/health`),
    /// or the library's documented default.
    public var value: String?
    /// Owning component id, `nil` when no component holds it.
    public var component: String?
    public var reach: Reach
    /// The shared-setup method the fact reached this component through (`AddServiceDefaults`).
    public var via: String?
    /// For `.function` reach: the last line of the function the setting decorates.
    public var until: Int?
    /// Where it is set; for a fact reached through a shared method, the call first, then the setting.
    public var evidence: [Evidence]

    public init(
        kind: Kind, rule: String, technology: String, value: String? = nil, component: String? = nil,
        reach: Reach = .component, via: String? = nil, until: Int? = nil, evidence: [Evidence]
    ) {
        self.until = until
        self.kind = kind
        self.rule = rule
        self.technology = technology
        self.value = value
        self.component = component
        self.reach = reach
        self.via = via
        self.evidence = evidence
    }
}

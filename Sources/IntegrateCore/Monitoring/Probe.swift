import Foundation

/// One blackbox probe: what is probed, where, with which module, and the evidence for each.
public struct Probe: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case http, tcp, grpc }

    public var kind: Kind
    /// The component or store/broker the probe watches.
    public var owner: String
    /// `http://host:port/path` for HTTP probes, `host:port` otherwise.
    public var target: String
    /// The blackbox module it uses.
    public var module: String
    /// For HTTP probes: the health path, and what the response must be.
    public var path: String?
    public var expectedStatus: Int?
    public var contentType: String?
    /// Where the expectation comes from (an OpenAPI operation), when a spec covers the path.
    public var expectationSource: Evidence?
    /// Where the port was seen; nil when the probe assumes the protocol's default port.
    public var portSource: Evidence?
    /// Why the probe exists (the health route, the store's use).
    public var evidence: [Evidence]

    /// The scrape job the probe belongs to: one per module.
    public var job: String { "integrate_probe_" + module }
}

/// What an OpenAPI spec says a health path answers.
public struct HealthExpectation: Sendable, Hashable {
    public var status: Int
    public var contentType: String?
    public var source: Evidence

    public init(status: Int, contentType: String?, source: Evidence) {
        self.status = status
        self.contentType = contentType
        self.source = source
    }

    /// The blackbox module name: `http_200_application_json`.
    var module: String {
        "http_\(status)" + (contentType.map { "_" + PromQL.identifier($0) } ?? "")
    }
}

/// A health endpoint a phase found: the component, the route path and its evidence.
public struct HealthEndpoint: Sendable, Hashable {
    public var component: String
    public var path: String
    public var evidence: [Evidence]

    public init(component: String, path: String, evidence: [Evidence]) {
        self.component = component
        self.path = path
        self.evidence = evidence
    }
}

import Foundation

/// Which metric names and labels a service's client telemetry exports, as Prometheus sees them.
///
/// - `otel`: OpenTelemetry client semantic conventions through the Prometheus exporter
///   (`http.client.request.duration` → `http_client_request_duration_seconds`, `server.address`
///   → `server_address`, errors carry `error_type`).
/// - `micrometer`: Micrometer / Spring Boot (`http_client_requests_seconds`, host in `client_name`,
///   errors by `outcome`).
/// - `prometheus`: a Prometheus client library's HTTP client instrumentation in the style of
///   Go's `promhttp.InstrumentRoundTripperDuration` (`code` label), with the dependency in a
///   `server_address` label the service curries per client.
public enum MetricsConvention: String, Sendable, Codable, CaseIterable {
    case otel
    case micrometer
    case prometheus

    /// The client metric for calls of one kind, or nil when the convention names none (the
    /// generators then use OpenTelemetry's and say so).
    func family(_ kind: CallKind) -> MetricFamily? {
        switch (self, kind) {
        case (.otel, .http):
            return MetricFamily(name: "http_client_request_duration_seconds", unit: .seconds, addressLabel: "server_address", errorMatcher: #"error_type!="""#, successExample: nil, errorExample: ("error_type", "500"))
        case (.otel, .rpc):
            return MetricFamily(name: "rpc_client_duration_milliseconds", unit: .milliseconds, addressLabel: "server_address", errorMatcher: #"rpc_grpc_status_code!="0""#, successExample: ("rpc_grpc_status_code", "0"), errorExample: ("rpc_grpc_status_code", "14"))
        case (.otel, .database):
            return MetricFamily(name: "db_client_operation_duration_seconds", unit: .seconds, addressLabel: "server_address", errorMatcher: #"error_type!="""#, successExample: nil, errorExample: ("error_type", "timeout"))
        case (.otel, .messaging):
            return MetricFamily(name: "messaging_client_operation_duration_seconds", unit: .seconds, addressLabel: nil, errorMatcher: #"error_type!="""#, successExample: nil, errorExample: ("error_type", "timeout"))
        case (.micrometer, .http):
            return MetricFamily(name: "http_client_requests_seconds", unit: .seconds, addressLabel: "client_name", errorMatcher: #"outcome=~"CLIENT_ERROR|SERVER_ERROR|UNKNOWN""#, successExample: ("outcome", "SUCCESS"), errorExample: ("outcome", "SERVER_ERROR"))
        case (.prometheus, .http):
            return MetricFamily(name: "http_client_request_duration_seconds", unit: .seconds, addressLabel: "server_address", errorMatcher: #"code!~"[23]..""#, successExample: ("code", "200"), errorExample: ("code", "503"))
        case (.micrometer, _), (.prometheus, _):
            return nil
        }
    }

    /// The family for `kind`, falling back to OpenTelemetry's.
    func resolvedFamily(_ kind: CallKind) -> (family: MetricFamily, convention: MetricsConvention) {
        if let own = family(kind) { return (own, self) }
        // OpenTelemetry names every kind, so this never falls through.
        return (MetricsConvention.otel.family(kind) ?? MetricFamily(name: "", unit: .seconds, addressLabel: nil, errorMatcher: "", successExample: nil, errorExample: ("", "")), .otel)
    }

    /// The convention a telemetry dependency implies (`micrometer-registry-prometheus` →
    /// micrometer; `client_golang`, `prom-client` → prometheus; OpenTelemetry SDKs → otel), or nil.
    public static func implied(by dependency: String) -> MetricsConvention? {
        let text = dependency.lowercased()
        if text.contains("micrometer") { return .micrometer }
        if text.contains("opentelemetry") || text.contains("otel") { return .otel }
        if text.contains("prometheus") || text.contains("prom-client") || text.contains("client_golang") { return .prometheus }
        return nil
    }

    /// How the documents name it.
    var title: String {
        switch self {
        case .otel: return "OpenTelemetry semantic conventions"
        case .micrometer: return "Micrometer"
        case .prometheus: return "Prometheus client"
        }
    }
}

/// What kind of client call an integration is, for choosing its metric.
public enum CallKind: String, Sendable, Codable, CaseIterable {
    case http, rpc, database, messaging

    /// The kind of an edge's protocol (`grpc` → rpc, `postgresql` → database, `kafka` → messaging).
    static func of(protocol name: String, mode: IntegrationPoint.Mode) -> CallKind {
        let value = name.lowercased()
        if ["http", "https", "graphql", "rest", "websocket"].contains(value) { return .http }
        if ["grpc", "thrift", "dubbo"].contains(value) { return .rpc }
        if mode == .async || ["kafka", "amqp", "rabbitmq", "nats", "sqs", "sns", "pubsub", "mqtt", "jms", "celery"].contains(value) { return .messaging }
        return .database
    }
}

/// One client metric: a histogram's base name, its unit, and how to select a dependency and
/// its failed calls.
struct MetricFamily: Sendable, Hashable {
    enum Unit: String, Sendable { case seconds, milliseconds }

    var name: String
    var unit: Unit
    /// The label that holds the dependency's host, when the metric has one.
    var addressLabel: String?
    /// A label matcher selecting failed calls.
    var errorMatcher: String
    /// A label a successful call's series carries (nil: none), and one a failed call's series
    /// carries: the generated rule tests build their input series from them.
    var successExample: (name: String, value: String)?
    var errorExample: (name: String, value: String)

    static func == (lhs: MetricFamily, rhs: MetricFamily) -> Bool { lhs.name == rhs.name && lhs.unit == rhs.unit && lhs.addressLabel == rhs.addressLabel && lhs.errorMatcher == rhs.errorMatcher }
    func hash(into hasher: inout Hasher) { hasher.combine(name); hasher.combine(errorMatcher) }

    var count: String { name + "_count" }
    var bucket: String { name + "_bucket" }

    /// `seconds` in the metric's unit.
    func value(seconds: Double) -> Double {
        unit == .milliseconds ? seconds * 1000 : seconds
    }
}

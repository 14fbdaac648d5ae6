import Foundation

/// One outbound integration that gets recording rules, alerts, tests and a dashboard panel:
/// calls from a service (the caller) to one dependency over one kind of client.
public struct MonitoredIntegration: Sendable, Hashable {
    /// The calling component's id (its scrape `job`).
    public var caller: String
    /// The dependency's display name (`inventory`, `postgres`, `stripe`).
    public var dependency: String
    /// The dependency's landscape node id (`inventory`, `postgresql:postgres`).
    public var dependencyID: String
    /// The edge's protocol (`http`, `grpc`, `postgresql`, `kafka`).
    public var protocolName: String
    public var kind: CallKind
    public var mode: IntegrationPoint.Mode
    /// The host calls go to, when the landscape knows it.
    public var address: String?
    /// Messaging system and destination for messaging clients.
    public var messagingSystem: String?
    public var topic: String?
    /// The convention the metric follows: the caller's, or OpenTelemetry's when the caller's
    /// names no metric for this kind of call.
    public var convention: MetricsConvention
    /// The caller's convention and why it was chosen.
    public var callerConvention: MetricsConvention
    public var conventionReason: String
    var family: MetricFamily
    public var objective: IntegrationObjective
    public var evidence: [Evidence]
    /// Unique, identifier-safe name (`gateway_inventory_http`) for group and panel ids.
    public var slug: String

    /// Label values the recording rules attach (`caller`, `dependency`, `protocol`).
    var ruleLabels: [(name: String, value: String)] {
        [("caller", caller), ("dependency", dependency), ("protocol", protocolName)]
    }

    /// The record labels as a PromQL selector body: `caller="a",dependency="b",protocol="http"`.
    var recordSelector: String {
        ruleLabels.map { PromQL.matcher($0.name, "=", $0.value) }.joined(separator: ",")
    }

    /// Matchers that pick this integration's client series.
    var seriesMatchers: [String] {
        var matchers = [PromQL.matcher("job", "=", caller)]
        if let label = family.addressLabel {
            if let address {
                matchers.append(PromQL.matcher(label, "=", address))
            } else {
                matchers.append(PromQL.matcher(label, "=~", ".*" + PromQL.regexLiteral(dependency.lowercased()) + ".*"))
            }
        }
        if family.addressLabel == nil || kind == .messaging {
            if let messagingSystem { matchers.append(PromQL.matcher("messaging_system", "=", messagingSystem)) }
            if let topic { matchers.append(PromQL.matcher("messaging_destination_name", "=", topic)) }
        }
        return matchers
    }

    /// Labels a series must carry to be selected (for the generated tests).
    var exampleSeriesLabels: [(name: String, value: String)] {
        var labels: [(String, String)] = [("job", caller)]
        if let label = family.addressLabel { labels.append((label, address ?? dependency.lowercased())) }
        if family.addressLabel == nil || kind == .messaging {
            if let messagingSystem { labels.append(("messaging_system", messagingSystem)) }
            if let topic { labels.append(("messaging_destination_name", topic)) }
        }
        return labels
    }

    /// Whether the latency objective applies (synchronous calls only).
    public var hasLatencyObjective: Bool { mode == .sync }

    /// `caller → dependency (protocol)`.
    public var title: String { "\(caller) → \(dependency) (\(protocolName))" }
}

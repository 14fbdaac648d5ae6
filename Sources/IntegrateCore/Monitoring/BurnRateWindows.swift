import Foundation

/// The multiwindow, multi-burn-rate scheme of the SRE workbook, with the windows and factors
/// Sloth uses: every SLI window recorded, two page tiers and two ticket tiers.
enum BurnRateWindows {
    /// Windows the SLIs are recorded over, with their length in seconds.
    static let windows: [(name: String, seconds: Int)] = [
        ("5m", 300), ("30m", 1_800), ("1h", 3_600), ("2h", 7_200), ("6h", 21_600), ("1d", 86_400), ("3d", 259_200), ("30d", 2_592_000),
    ]
    /// The objective's window, recorded from the 5-minute series.
    static let longest = "30d"
    /// Windows the p95 latency is recorded over.
    static let latencyWindows = ["5m", "30m", "1h"]

    struct Tier: Sendable {
        var factor: Decimal
        var long: String
        var short: String
    }

    /// Page at 14.4× over 1h and 5m, or 6× over 6h and 30m.
    static let page = [Tier(factor: Decimal(string: "14.4") ?? 14, long: "1h", short: "5m"), Tier(factor: 6, long: "6h", short: "30m")]
    /// Ticket at 3× over 1d and 2h, or 1× over 3d and 6h.
    static let ticket = [Tier(factor: 3, long: "1d", short: "2h"), Tier(factor: 1, long: "3d", short: "6h")]

    static func seconds(_ window: String) -> Int {
        windows.first { $0.name == window }?.seconds ?? 0
    }

    /// Record names.
    static func callRate(_ window: String) -> String { "integration:calls:rate" + window }
    static func errorRatio(_ window: String) -> String { "integration:call_errors:ratio_rate" + window }
    static func latencyP95(_ window: String) -> String { "integration:call_latency_seconds:p95_" + window }
}

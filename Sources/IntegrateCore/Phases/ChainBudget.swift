/// A synchronous chain's worst case: each hop's configured timeout (the longest over the hop's
/// calls), summed and held against the 2 s objective for synchronous calls.
struct ChainBudget: Sendable {
    /// What bounds one hop.
    enum Bound: Sendable, Hashable {
        /// Every call on the hop has a timeout whose duration is written: the longest of them.
        case seconds(Double, Evidence?)
        /// A timeout is set on some call but its duration could not be read.
        case unread(Evidence?)
        /// At least one call has no timeout: the client's default applies.
        case clientDefault(String)
        /// No audited call (HTTP or gRPC, where timeouts are read) is resolved onto the hop: it rests
        /// on other evidence, such as a connection string or a manifest, cited when there is one. A
        /// call whose target stays unresolved is not counted here.
        case noCall(Evidence?)
    }

    /// The objective for a synchronous request, from the framework's success metrics.
    static let objective = 2.0

    var chain: [String]
    var hops: [Bound]

    /// Each hop of `chain` bounded by the audited calls on the edges between its two ends.
    init(chain: [String], edges: [Edge], audit: ResilienceAudit) {
        self.chain = chain
        let byPoint = Dictionary(audit.entries.map { ($0.point.id, $0) }, uniquingKeysWith: { first, _ in first })
        hops = zip(chain, chain.dropFirst()).map { from, to in
            let hop = edges.filter { $0.from == from && $0.to == to }
            return Self.bound(hop.flatMap(\.points).compactMap { byPoint[$0] }, otherwise: hop.lazy.flatMap(\.evidence).first)
        }
    }

    /// The bound the audited calls give; `evidence` is what the hop rests on when no call is audited.
    static func bound(_ entries: [ResilienceAudit.Entry], otherwise evidence: Evidence? = nil) -> Bound {
        guard !entries.isEmpty else { return .noCall(evidence) }
        if let bare = entries.first(where: { $0.settings[.timeout] == nil }) { return .clientDefault(bare.libraryDefault) }
        var longest: (Double, Evidence?)?
        for entry in entries {
            guard let setting = entry.settings[.timeout] else { continue }
            let written = setting.evidence.last
            let text = setting.value ?? written?.snippet ?? ""
            guard let seconds = TimeoutDuration.seconds(in: text, language: written.flatMap { Language.detect(path: $0.path) }) else {
                return .unread(written)
            }
            if seconds > (longest?.0 ?? -1) { longest = (seconds, written) }
        }
        return longest.map { .seconds($0.0, $0.1) } ?? .noCall(evidence)
    }

    /// The sum of the hops whose duration is known.
    var knownSeconds: Double {
        hops.reduce(0) { sum, hop in if case let .seconds(seconds, _) = hop { sum + seconds } else { sum } }
    }

    /// Whether every hop's duration is known.
    var isBounded: Bool {
        hops.allSatisfy { if case .seconds = $0 { true } else { false } }
    }

    /// `a → b: 2 s (file:line)` for each hop.
    var hopsText: String {
        zip(zip(chain, chain.dropFirst()), hops).map { pair, hop in
            let name = "`\(pair.0)` → `\(pair.1)`"
            switch hop {
            case let .seconds(seconds, evidence): return "\(name) \(TimeoutDuration.format(seconds))" + (evidence.map { " (\(Markdown.evidence([$0], limit: 1)))" } ?? "")
            case let .unread(evidence): return "\(name) timeout set, duration not read" + (evidence.map { " (\(Markdown.evidence([$0], limit: 1)))" } ?? "")
            case let .clientDefault(behaviour): return "\(name) **no timeout set** (the client's default: \(behaviour))"
            case let .noCall(evidence):
                return "\(name) not known: no HTTP or gRPC call with a timeout to read" + (evidence.map { " (the hop rests on \(Markdown.evidence([$0], limit: 1)))" } ?? "")
            }
        }.joined(separator: "; ")
    }

    /// The worst case against the objective, in words.
    var verdict: String {
        let total = TimeoutDuration.format(knownSeconds)
        let objective = TimeoutDuration.format(Self.objective)
        if isBounded {
            return knownSeconds > Self.objective ? "**\(total)**: over the \(objective) objective" : "\(total): within the \(objective) objective"
        }
        let open = hops.filter { if case .seconds = $0 { false } else { true } }.count
        let others = knownSeconds > 0 ? " (the others add up to \(total))" : ""
        let bare = hops.filter { if case .clientDefault = $0 { true } else { false } }.count
        if bare > 0 { return "**unbounded**: \(bare) of \(hops.count) hops have a call without a timeout" + others }
        return "not known: \(open) of \(hops.count) hops have no timeout read" + others
    }
}

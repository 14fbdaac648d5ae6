import Foundation

/// One phase of the Integration Framework: reads the shared, immutable project model and
/// returns findings, checklist evaluations and the managed sections of its artifact.
///
/// Phases never write; the artifact stage does. Phase 0 always runs first.
public protocol IntegrationPhase: Sendable {
    var number: Int { get }
    var title: String { get }
    func run(_ context: PhaseContext) -> PhaseResult
}

/// What every phase reads: the landscape and the project's files, read-only.
public struct PhaseContext: Sendable {
    public let root: URL
    public let landscape: Landscape
    public var principles: [PromptDocument.Principle]
    public var diagnostics: [Diagnostic]
    public let sources: SourceCache
    /// `--metrics-convention` (Phase 6); nil to choose per service.
    public var metricsConvention: MetricsConvention?
    /// What several phases derive from the landscape, derived once for all of them.
    let facts: IntegrationFacts

    public init(root: URL, landscape: Landscape, principles: [PromptDocument.Principle], diagnostics: [Diagnostic], sources: SourceCache,
                metricsConvention: MetricsConvention? = nil) {
        self.root = root
        self.landscape = landscape
        self.principles = principles
        self.diagnostics = diagnostics
        self.sources = sources
        self.metricsConvention = metricsConvention
        facts = IntegrationFacts(root: root, landscape: landscape, sources: sources)
    }
}

/// A checklist judgement: the marker the evidence supports, why, and where it was seen.
public struct Evaluation: Sendable, Hashable, Codable {
    public var marker: Marker
    public var reason: String
    public var evidence: [Evidence]

    public init(_ marker: Marker, _ reason: String, evidence: [Evidence] = []) {
        self.marker = marker
        self.reason = reason
        self.evidence = evidence
    }
}

/// What a phase returns.
public struct PhaseResult: Sendable {
    public var phase: Int
    public var findings: [Finding]
    /// Checklist item id -> evaluation.
    public var evaluations: [String: Evaluation]
    public var sections: [Section]
    /// Whole generated files (relative to the output folder) -> content, e.g. `landscape.dot`.
    public var files: [String: String]

    public init(phase: Int, findings: [Finding] = [], evaluations: [String: Evaluation] = [:], sections: [Section] = [], files: [String: String] = [:]) {
        self.phase = phase
        self.findings = findings
        self.evaluations = evaluations
        self.sections = sections
        self.files = files
    }
}

/// The phases in the order they run. Phase 0 maps the landscape every other phase reads, so it
/// is first and mandatory; the rest follow the framework's numbering.
public enum Phases {
    public static let all: [any IntegrationPhase] = [
        ArchitecturePhase(), ContractsPhase(), ImplementationPhase(), DataMappingPhase(),
        ResiliencePhase(), TestingPhase(), MonitoringPhase(), PerformancePhase(),
    ]

    /// Phase 0 plus the requested phases, in framework order.
    public static func selected(_ numbers: [Int]?) -> [any IntegrationPhase] {
        guard let numbers, !numbers.isEmpty else { return all }
        let wanted = Set(numbers).union([0])
        return all.filter { wanted.contains($0.number) }
    }
}

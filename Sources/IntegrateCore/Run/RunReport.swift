/// What a run did and found, for text or JSON output.
public struct RunReport: Sendable, Codable {
    public struct PhaseSummary: Sendable, Codable {
        public var number: Int
        public var title: String
        public var findings: [Finding]
        public var evaluations: [String: Evaluation]
    }

    /// A person's `[x]` the evidence does not support: kept, and shown.
    public struct Disagreement: Sendable, Codable, Equatable {
        public var item: String
        public var marker: Marker
        public var evaluated: Marker
        public var reason: String
    }

    public var project: String
    public var before: FrameworkInspection
    public var source: String
    public var frameworkFiles: [FrameworkFileAction]
    public var notes: [String]
    public var landscape: Landscape
    public var diagnostics: [Diagnostic]
    public var skipped: [SkippedFile]
    public var phases: [PhaseSummary]
    public var markerCounts: [String: Int]
    public var disagreements: [Disagreement]
    public var changedFiles: [String]
    public var dryRun: Bool
    /// Unified diff of what would change (dry runs only).
    public var diff: String?
}

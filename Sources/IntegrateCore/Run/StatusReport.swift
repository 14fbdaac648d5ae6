import Foundation

/// Checklist progress per phase, item by item, with what the evidence says beside each
/// evaluated item.
public struct StatusReport: Sendable, Codable {
    public struct Item: Sendable, Codable {
        public var id: String?
        public var marker: Marker
        public var text: String
        public var line: Int
        /// What the evidence supports now, for evaluated items.
        public var evaluated: Evaluation?
    }

    public struct Phase: Sendable, Codable {
        public var number: Int
        public var title: String
        public var items: [Item]
    }

    public var phases: [Phase]
    public var principles: [String]

    public init(checklist: ChecklistDocument, prompt: PromptDocument, report: RunReport) {
        let evaluations = report.phases.reduce(into: [String: Evaluation]()) { $0.merge($1.evaluations) { a, _ in a } }
        phases = checklist.phases.sorted { $0.number < $1.number }.map { phase in
            Phase(number: phase.number, title: phase.title, items: phase.itemIndexes.map { index in
                let item = checklist.items[index]
                return Item(id: item.id, marker: item.marker, text: item.plainText, line: item.line, evaluated: item.id.flatMap { evaluations[$0] })
            })
        }
        principles = prompt.principles.map(\.name)
    }

    public var text: String {
        var out: [String] = []
        if !principles.isEmpty {
            out.append("Principles: " + principles.joined(separator: "; "))
            out.append("")
        }
        for phase in phases {
            let done = phase.items.filter { $0.marker == .done }.count
            out.append("Phase \(phase.number): \(phase.title) (\(done)/\(phase.items.count) complete)")
            for item in phase.items {
                var line = "  \(item.marker.box) \(item.text)"
                if let evaluation = item.evaluated {
                    if evaluation.marker != item.marker {
                        line += "\n      evidence says \(evaluation.marker.box): \(evaluation.reason)"
                    } else {
                        line += "\n      \(evaluation.reason)"
                    }
                }
                out.append(line)
            }
        }
        return out.joined(separator: "\n")
    }
}

extension StatusReport {
    /// The status of a project `integrate` has set up: its checklist and prompt, with the evidence
    /// of a dry run. A file or a missing folder is said as such; a project with no checklist yet is
    /// a usage error with `notSetUp` as its hint (how to set it up, in the caller's words).
    public static func load(options: RunOptions, notSetUp: String) throws -> StatusReport {
        _ = try IntegrationRun.validateProject(options.projectRoot)
        let checklistURL = options.integrationsFolder.appendingPathComponent(BuiltInFramework.checklistFile)
        guard let text = try TextFile.readIfExists(checklistURL, displayPath: ".claude/integrations/\(BuiltInFramework.checklistFile)") else {
            throw IntegrateError(.usage, "not set up yet: \(notSetUp)", path: options.projectRoot.path)
        }
        let report = try IntegrationRun(options: options).execute()
        let promptURL = options.integrationsFolder.appendingPathComponent(BuiltInFramework.promptFile)
        let prompt = PromptDocument(text: try TextFile.readIfExists(promptURL) ?? BuiltInFramework.files[BuiltInFramework.promptFile] ?? "")
        return StatusReport(checklist: ChecklistDocument(text: text), prompt: prompt, report: report)
    }
}

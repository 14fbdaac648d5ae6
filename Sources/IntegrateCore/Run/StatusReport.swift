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

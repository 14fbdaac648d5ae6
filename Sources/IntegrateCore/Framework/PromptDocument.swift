import Foundation

/// The principles a framework prompt states, read from its "Principles" section (numbered or
/// bulleted items, bold lead words as the principle's name).
public struct PromptDocument: Sendable, Equatable {
    public struct Principle: Sendable, Equatable {
        public var name: String
        public var detail: String
    }

    public var principles: [Principle]
    /// The prompt's `##` section titles, in order.
    public var sections: [String]

    public init(text: String) {
        var principles: [Principle] = []
        var sections: [String] = []
        var inPrinciples = false
        var fence = MarkdownFence()
        for line in TextLines(text).lines.map(\.content) {
            if fence.consume(line) { continue }
            if let heading = line.firstMatch(of: ChecklistSyntax.heading) {
                let title = String(heading.output.title)
                if heading.output.hashes.count <= 2 { sections.append(title) }
                inPrinciples = title.lowercased().contains("principle")
                continue
            }
            guard inPrinciples, let item = line.firstMatch(of: #/^\s{0,3}(?:[-*+]|\d+[.)])\s+(?<body>.+)$/#) else {
                if inPrinciples, let last = principles.indices.last, line.hasPrefix("   "), !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    principles[last].detail += " " + line.trimmingCharacters(in: .whitespaces)
                }
                continue
            }
            let body = String(item.output.body)
            if let bold = body.firstMatch(of: #/^\*\*(?<name>[^*]+)\*\*[\s:.\-–—]*(?<rest>.*)$/#) {
                principles.append(Principle(
                    name: String(bold.output.name).trimmingCharacters(in: CharacterSet(charactersIn: ": ")),
                    detail: String(bold.output.rest)))
            } else {
                principles.append(Principle(name: body, detail: ""))
            }
        }
        self.principles = principles
        self.sections = sections
    }
}

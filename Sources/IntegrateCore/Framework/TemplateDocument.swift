import Foundation

/// The artifact structure a template describes: per artifact file, its title and the `###`
/// sections it has, each with the guidance text under it.
///
/// A section names its file with `<!-- artifact: data-mapping.md -->`, or by a keyword of its
/// heading (architecture, contract, mapping, error, testing, monitoring, performance). A template
/// whose sections are only code blocks (a common form in this framework family) gives no
/// structure for that artifact, and the built-in layout is used.
public struct TemplateDocument: Sendable, Equatable {
    public struct Section: Sendable, Equatable {
        public var title: String
        public var guidance: String
        /// Block id suffix: the title in lowercase words joined by `-`.
        public var slug: String { IntegrateCore.Section.slug(title) }
    }

    public struct ArtifactLayout: Sendable, Equatable {
        public var file: String
        public var title: String
        public var sections: [Section]
    }

    public var layouts: [String: ArtifactLayout]

    static let keywords: [(keyword: String, file: String)] = [
        ("architecture", ArtifactFile.architecture), ("contract", ArtifactFile.contractsIndex),
        ("interface", ArtifactFile.contractsIndex), ("mapping", ArtifactFile.dataMapping),
        ("transformation", ArtifactFile.dataMapping), ("error", ArtifactFile.errorHandling),
        ("resilience", ArtifactFile.errorHandling), ("testing", ArtifactFile.testingStrategy),
        ("monitoring", ArtifactFile.monitoringSetup), ("observability", ArtifactFile.monitoringSetup),
        ("performance", ArtifactFile.performance),
    ]

    public init(text: String) {
        var layouts: [String: ArtifactLayout] = [:]
        var current: ArtifactLayout? = nil
        var currentSection: Section? = nil
        var fence = MarkdownFence()

        func closeSection() {
            if let section = currentSection, current != nil {
                var finished = section
                finished.guidance = section.guidance.trimmingCharacters(in: .whitespacesAndNewlines)
                current?.sections.append(finished)
            }
            currentSection = nil
        }
        func closeArtifact() {
            closeSection()
            if let layout = current, !layout.sections.isEmpty, layouts[layout.file] == nil { layouts[layout.file] = layout }
            current = nil
        }

        for line in TextLines(text).lines.map(\.content) {
            if fence.consume(line) { continue }
            if line.hasPrefix("## ") {
                closeArtifact()
                let title = Self.cleanHeading(String(line.dropFirst(3)))
                if let file = Self.keywords.first(where: { title.lowercased().contains($0.keyword) })?.file {
                    current = ArtifactLayout(file: file, title: title, sections: [])
                } else {
                    current = ArtifactLayout(file: "", title: title, sections: [])
                }
            } else if let match = line.firstMatch(of: #/<!--\s*artifact:\s*(?<file>[^\s]+)\s*-->/#), current != nil {
                current?.file = String(match.output.file)
            } else if line.hasPrefix("### "), current != nil {
                closeSection()
                currentSection = Section(title: Self.cleanHeading(String(line.dropFirst(4))), guidance: "")
            } else if line.hasPrefix("# ") {
                closeArtifact()
            } else if currentSection != nil {
                currentSection?.guidance += line + "\n"
            }
        }
        closeArtifact()
        layouts[""] = nil
        self.layouts = layouts
    }

    /// The layout for an artifact: this template's when it has one, else the built-in one.
    public func layout(for file: String) -> ArtifactLayout? {
        layouts[file] ?? Self.builtIn.layouts[file]
    }

    public static let builtIn = TemplateDocument(text: BuiltInFramework.template)

    static func cleanHeading(_ raw: String) -> String {
        var title = raw.replacing(#/^\d+[.)]\s*/#, with: "")
        title = title.replacing(#/\s+Template\s*$/#.ignoresCase(), with: "")
        return title.trimmingCharacters(in: .whitespaces)
    }
}

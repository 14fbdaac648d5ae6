/// A piece of generated markdown that a phase contributes to an artifact's managed block.
public struct Section: Sendable, Hashable, Codable {
    /// Artifact file (relative to the output folder) that holds the block.
    public var file: String
    /// Block id: `<artifact-stem>.<template-section-slug>`, e.g. `integration-architecture.components`.
    public var id: String
    /// The template heading the block sits under.
    public var title: String
    public var markdown: String

    public init(file: String, title: String, markdown: String) {
        self.file = file
        self.title = title
        self.markdown = markdown
        self.id = Self.blockID(file: file, title: title)
    }

    public static func blockID(file: String, title: String) -> String {
        var stem = file.hasSuffix(".md") ? String(file.dropLast(3)) : file
        if stem.hasSuffix("/README") { stem = String(stem.dropLast("/README".count)) }
        return "\(stem).\(slug(title))"
    }

    /// A heading's slug: its words, lowercased, joined by `-` ("Error Handling & Retries" -> `error-handling-retries`).
    public static func slug(_ title: String) -> String {
        let words = title.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.joined(separator: "-")
    }
}

import Foundation

/// What `integrate` remembers between runs, in `.claude/integrations/.integrate/state.json`:
/// hashes of installed framework files and the managed blocks it owns per artifact.
/// No timestamps, so an unchanged project gives an unchanged state file.
public struct FrameworkState: Codable, Sendable, Equatable {
    public struct InstalledFile: Codable, Sendable, Equatable {
        /// Hash of the source content last installed or merged from.
        public var sourceHash: String
        /// Hash of the file as `integrate` last wrote it; a different hash now means a person edited it.
        public var writtenHash: String
        /// A person has edited the file (or it was there before `integrate`): from then on it is
        /// never replaced, only merged into.
        public var edited: Bool

        public init(sourceHash: String, writtenHash: String, edited: Bool = false) {
            self.sourceHash = sourceHash
            self.writtenHash = writtenHash
            self.edited = edited
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            sourceHash = try container.decode(String.self, forKey: .sourceHash)
            writtenHash = try container.decode(String.self, forKey: .writtenHash)
            edited = try container.decodeIfPresent(Bool.self, forKey: .edited) ?? false
        }
    }

    public var toolVersion: String
    public var files: [String: InstalledFile]
    /// Artifact path (relative to the output folder) -> block ids ever written there. A block
    /// listed here but missing from the file was deleted by a person and stays deleted.
    public var blocks: [String: [String]]
    /// Checklist item id -> the marker `integrate` last set there. A `[x]` the tool did not set
    /// is a person's, and is never lowered.
    public var markers: [String: Marker]
    /// Checklist item id -> the `[!]` reason `integrate` last wrote there. A `[!]` whose reason
    /// is not this one is a person's, and is never touched. `nil` in state written before
    /// reasons were recorded: then a `[!]` the tool set with a `_(blocked: …)_` note is the tool's.
    public var blockedReasons: [String: String]?

    public init(
        toolVersion: String = IntegrateVersion.current, files: [String: InstalledFile] = [:], blocks: [String: [String]] = [:],
        markers: [String: Marker] = [:], blockedReasons: [String: String]? = [:]
    ) {
        self.toolVersion = toolVersion
        self.files = files
        self.blocks = blocks
        self.markers = markers
        self.blockedReasons = blockedReasons
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        toolVersion = try container.decode(String.self, forKey: .toolVersion)
        files = try container.decode([String: InstalledFile].self, forKey: .files)
        blocks = try container.decodeIfPresent([String: [String]].self, forKey: .blocks) ?? [:]
        markers = try container.decodeIfPresent([String: Marker].self, forKey: .markers) ?? [:]
        blockedReasons = try container.decodeIfPresent([String: String].self, forKey: .blockedReasons)
            ?? (container.contains(.markers) ? nil : [:])
    }

    private enum CodingKeys: String, CodingKey { case toolVersion, files, blocks, markers, blockedReasons }

    /// Omits `blockedReasons` while empty, so state written before it existed stays byte-identical.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(toolVersion, forKey: .toolVersion)
        try container.encode(files, forKey: .files)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(markers, forKey: .markers)
        if let blockedReasons, !blockedReasons.isEmpty { try container.encode(blockedReasons, forKey: .blockedReasons) }
    }

    public static let folder = ".integrate"
    public static let fileName = "state.json"

    public static func load(from integrationsFolder: URL) throws -> FrameworkState? {
        let url = integrationsFolder.appendingPathComponent(folder).appendingPathComponent(fileName)
        guard let text = try TextFile.readIfExists(url) else { return nil }
        do throws(YAMLLoadError) {
            return try YAMLLoader.decodeJSON(FrameworkState.self, from: text, file: url.path)
        } catch {
            throw IntegrateError(.input, "state file is not valid (\(error.message)); delete it to start over", path: url.path, line: error.line)
        }
    }

    public func encoded() -> String {
        StableJSON.encode(self)
    }
}

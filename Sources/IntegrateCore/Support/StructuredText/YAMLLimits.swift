/// Bounds on what one YAML or JSON text may hold, so a hostile file (an alias bomb, a
/// 100,000-deep nesting) is a diagnostic instead of a hang or a crash.
///
/// `maxNodes` counts nodes *after* alias expansion: an alias of a 1,000-node anchor counts
/// 1,000, which is what every later walk over the tree pays.
public struct YAMLLimits: Sendable, Equatable {
    public var maxBytes: Int
    public var maxDepth: Int
    public var maxNodes: Int
    public var maxAliases: Int

    public init(maxBytes: Int, maxDepth: Int, maxNodes: Int, maxAliases: Int) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxAliases = maxAliases
    }

    /// Generous for real specs and config (a 28 MB OpenAPI file has about 2 million nodes),
    /// tight enough that no accepted input costs more than a few seconds.
    public static let standard = YAMLLimits(maxBytes: 64 * 1024 * 1024, maxDepth: 256, maxNodes: 8_000_000, maxAliases: 10_000)
}

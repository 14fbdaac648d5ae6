/// One difference between two versions of an API contract, as a check reported it.
public struct ContractChange: Codable, Hashable, Sendable {
    /// oasdiff's check id (`request-parameter-removed`).
    public var id: String
    public var level: ChangeLevel
    /// Uppercase HTTP method; `nil` for document-level changes.
    public var method: String?
    public var path: String?
    /// JSON pointer into the revision (or the base when the thing was removed).
    public var pointer: String
    public var message: String
    /// Which side `pointer` refers to: `revision` or `base`.
    public var side: String
    /// The spec file (as given) the change was found in.
    public var source: String?
    /// 1-based line of the changed node in the side's file, when known.
    public var line: Int?

    public init(id: String, level: ChangeLevel, method: String?, path: String?, pointer: String, message: String,
                side: String = "revision", source: String? = nil, line: Int? = nil) {
        self.id = id
        self.level = level
        self.method = method
        self.path = path
        self.pointer = pointer
        self.message = message
        self.side = side
        self.source = source
        self.line = line
    }

    /// `GET /orders`, or `-` for document-level changes.
    public var operation: String {
        guard let path else { return "-" }
        return method.map { "\($0) \(path)" } ?? path
    }
}

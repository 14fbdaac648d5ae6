/// The state of a checklist item: `[ ]`, `[~]`, `[x]` or `[!]`.
public enum Marker: String, Codable, Sendable, CaseIterable, Comparable {
    case notStarted = " "
    case inProgress = "~"
    case done = "x"
    case blocked = "!"

    /// Parses the character between the brackets (`X` is read as done).
    public init?(character: Character) {
        switch character {
        case " ": self = .notStarted
        case "~": self = .inProgress
        case "x", "X": self = .done
        case "!": self = .blocked
        default: return nil
        }
    }

    /// `[ ]`, `[~]`, `[x]`, `[!]`.
    public var box: String { "[\(rawValue)]" }

    public var label: String {
        switch self {
        case .notStarted: "not started"
        case .inProgress: "in progress"
        case .done: "complete"
        case .blocked: "blocked"
        }
    }

    /// Progress order: not started < blocked < in progress < done.
    private var rank: Int {
        switch self {
        case .notStarted: 0
        case .blocked: 1
        case .inProgress: 2
        case .done: 3
        }
    }

    public static func < (lhs: Marker, rhs: Marker) -> Bool { lhs.rank < rhs.rank }
}

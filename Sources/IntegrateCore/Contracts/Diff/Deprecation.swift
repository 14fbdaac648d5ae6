/// Sunset dates and stability levels as oasdiff reads them (`x-sunset`, `x-stability-level`).
enum Deprecation {
    enum Sunset: Equatable {
        case none
        case date(String)
        case invalid(String)
    }

    static let stabilityOrder = ["draft", "alpha", "beta", "stable"]

    /// The `x-sunset` of a node as `yyyy-MM-dd` (RFC 3339 dates and date-times accepted).
    static func sunset(_ node: SpecNode) -> Sunset {
        guard let raw = node["x-sunset"]?.scalarText else { return .none }
        let day = String(raw.prefix(10))
        let parts = day.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), raw.count == 10 || raw.dropFirst(10).first == "T" else {
            return .invalid(raw)
        }
        return .date(day)
    }

    /// `x-stability-level`, `stable` when absent; `nil` when present but not a known level.
    static func stability(_ node: SpecNode) -> String?? {
        guard let raw = node["x-stability-level"] else { return .some("stable") }
        guard let text = raw.string, stabilityOrder.contains(text) else { return .some(nil) }
        return .some(text)
    }

    static func rawStability(_ node: SpecNode) -> String { node["x-stability-level"]?.scalarText ?? "" }

    /// Removing before the sunset date is an error; after it (or without one) the deprecation
    /// made removal compatible. Returns the id suffix: `before-sunset`, `sunset-parse` or `with-deprecation`.
    static func removalVerdict(_ node: SpecNode, today: String) -> (suffix: String, date: String) {
        switch sunset(node) {
        case .date(let date): return date > today ? ("before-sunset", date) : ("with-deprecation", date)
        case .invalid(let raw): return ("sunset-parse", raw)
        case .none: return ("with-deprecation", "")
        }
    }
}

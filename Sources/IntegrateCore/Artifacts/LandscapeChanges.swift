/// What changed between two landscapes, in words for the changelog.
public struct LandscapeChanges: Sendable, Equatable {
    public var added: [String] = []
    public var removed: [String] = []

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty }

    /// Compares by meaning, not by line: a point that only moved within its file is unchanged.
    public init(from old: Landscape, to new: Landscape) {
        diff(old.components.map { "component `\($0.id)`" }, new.components.map { "component `\($0.id)`" })
        diff(old.resources.map(Self.describe), new.resources.map(Self.describe))
        diff(old.specs.map { "\($0.format.rawValue) contract `\($0.path)`" + ($0.version.map { " v\($0)" } ?? "") },
             new.specs.map { "\($0.format.rawValue) contract `\($0.path)`" + ($0.version.map { " v\($0)" } ?? "") })
        diff(old.productionPoints.map(Self.describe), new.productionPoints.map(Self.describe))
        diff(old.edges.map(Self.describe), new.edges.map(Self.describe))
    }

    private mutating func diff(_ old: [String], _ new: [String]) {
        let before = Set(old), after = Set(new)
        added += after.subtracting(before).sorted()
        removed += before.subtracting(after).sorted()
    }

    static func describe(_ resource: Resource) -> String { "\(resource.kind.rawValue) `\(resource.name)` (\(resource.system))" }

    static func describe(_ point: IntegrationPoint) -> String {
        let what = [point.method, point.path ?? point.topic ?? point.target].compactMap { $0 }.joined(separator: " ")
        let file = point.evidence.first?.path ?? "?"
        return "\(point.kind.rawValue) \(point.technology) `\(what)` in `\(point.component ?? "?")` (`\(file)`)"
    }

    static func describe(_ edge: Edge) -> String {
        "link `\(edge.from)` → `\(edge.to)` (\(edge.protocol), \(edge.mode.rawValue)\(edge.topic.map { ", \($0)" } ?? ""))"
    }
}

/// Compiler-style lines, most severe first: `GET /orders error request-parameter-removed: ...`.
public struct DiffTextRenderer: Sendable {
    public init() {}

    public func render(_ reports: [DiffReport]) -> String {
        var out = ""
        for report in reports {
            out += "\(report.base) -> \(report.revision): \(report.count(.error)) error, \(report.count(.warning)) warning, \(report.count(.info)) info\n"
            for (index, change) in DiffOrdering.sortedIndices(report.changes) {
                let location = change.line.map { "\(change.source ?? report.revision):\($0): " } ?? ""
                out += "\(location)\(change.level.rawValue): [\(change.id)] \(change.operation): \(change.message)\n"
                for consumer in report.consumers(of: index) {
                    out += "    consumer \(consumer.component ?? "?"): \(consumer.method) \(consumer.path) at \(consumer.location)\n"
                }
            }
        }
        return out
    }
}

/// Stable presentation order: level (error first), then operation, then id.
enum DiffOrdering {
    static func sortedIndices(_ changes: [ContractChange]) -> [(Int, ContractChange)] {
        changes.enumerated().sorted { a, b in
            if a.element.level != b.element.level { return a.element.level > b.element.level }
            if a.element.operation != b.element.operation { return a.element.operation < b.element.operation }
            if a.element.id != b.element.id { return a.element.id < b.element.id }
            return a.offset < b.offset
        }.map { ($0.offset, $0.element) }
    }
}

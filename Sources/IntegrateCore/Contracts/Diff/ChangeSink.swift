/// Collects the changes checks report, filling level and message from the registry.
///
/// An id the registry does not list is dropped: checks compose ids from a family and a suffix,
/// and oasdiff does not define every combination.
public struct ChangeSink: Sendable {
    public private(set) var changes: [ContractChange] = []
    var source: String?
    var baseSource: String?

    public init(source: String? = nil, baseSource: String? = nil) {
        self.source = source
        self.baseSource = baseSource
    }

    public mutating func emit(_ id: String, _ operation: SpecOperation?, pointer: String, line: Int? = nil,
                              side: String = "revision", arguments: [String] = []) {
        guard let rule = DiffRules.byId[id] else { return }
        changes.append(ContractChange(
            id: id, level: rule.level, method: operation?.method.uppercased(), path: operation?.path,
            pointer: pointer, message: DiffMessages.render(id, arguments), side: side, source: side == "base" ? (baseSource ?? source) : source,
            line: line.flatMap { $0 > 0 ? $0 : nil }))
    }

    public mutating func emitDocument(_ id: String, pointer: String, line: Int? = nil, arguments: [String] = []) {
        emit(id, nil, pointer: pointer, line: line, arguments: arguments)
    }
}

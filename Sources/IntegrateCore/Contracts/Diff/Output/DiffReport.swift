/// The result of diffing one spec pair, with the consumers each changed operation affects.
public struct DiffReport: Codable, Sendable {
    public var base: String
    public var revision: String
    public var changes: [ContractChange]
    /// Consumers per change index (same order as `changes`); empty outside a project.
    public var consumers: [[ConsumerImpact.Consumer]]

    public init(base: String, revision: String, changes: [ContractChange], consumers: [[ConsumerImpact.Consumer]] = []) {
        self.base = base
        self.revision = revision
        self.changes = changes
        self.consumers = consumers
    }

    public func consumers(of index: Int) -> [ConsumerImpact.Consumer] {
        consumers.indices.contains(index) ? consumers[index] : []
    }

    public func count(_ level: ChangeLevel) -> Int { changes.filter { $0.level == level }.count }
}

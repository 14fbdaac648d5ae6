/// A named data structure: a contract's schema, message, payload or enum, or a type in code.
public struct DataShape: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// Fields with names (schema object, proto message, GraphQL type, Avro record, class/struct).
        case object
        /// A closed list of values (proto/GraphQL/Avro enum, schema with `enum`).
        case enumeration
        /// A list of another shape (`type: array` body).
        case list
    }

    public var name: String
    public var kind: Kind
    public var fields: [DataField]
    /// Values of an enumeration.
    public var values: [String]
    /// For a list, the shape or type of its items.
    public var itemType: String?
    public var location: Evidence

    public init(name: String, kind: Kind = .object, fields: [DataField] = [], values: [String] = [], itemType: String? = nil, location: Evidence) {
        self.name = name
        self.kind = kind
        self.fields = fields
        self.values = values
        self.itemType = itemType
        self.location = location
    }

    public func field(_ name: String) -> DataField? { fields.first { $0.name == name } }
}

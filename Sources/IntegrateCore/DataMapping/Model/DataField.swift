/// One field of a data shape, as a contract or a type in code declares it.
public struct DataField: Codable, Hashable, Sendable {
    /// The name on the wire (a JSON tag, `@JsonProperty`, `CodingKeys` value), not the code name.
    public var name: String
    /// The type as written (`int32`, `string`, `[OrderSummary]`, `Int?`).
    public var type: String
    public var kind: ValueKind
    public var required: Bool
    public var format: String?
    public var enumValues: [String]
    public var defaultValue: String?
    /// The named shape a field of object or array kind refers to (`OrderSummary`).
    public var reference: String?
    public var location: Evidence
    /// The name in code when a rename makes it differ from the wire name (`totalCents` for
    /// `total_cents`); `nil` when the code uses the wire name.
    public var codeName: String?

    public init(name: String, type: String, kind: ValueKind, required: Bool, format: String? = nil, enumValues: [String] = [],
                defaultValue: String? = nil, reference: String? = nil, location: Evidence, codeName: String? = nil) {
        self.name = name
        self.type = type
        self.kind = kind
        self.required = required
        self.format = format
        self.enumValues = enumValues
        self.defaultValue = defaultValue
        self.reference = reference
        self.location = location
        self.codeName = codeName == name ? nil : codeName
    }
}

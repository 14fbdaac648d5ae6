/// The wire kind of a value, the level at which a contract and a type in code can be compared:
/// `int32` in a `.proto`, `integer` in OpenAPI, `Int` in Swift and `number` in TypeScript all
/// name an integer or a number.
public enum ValueKind: String, Codable, Sendable, CaseIterable {
    case string, integer, number, boolean, array, object, any

    /// Whether a value of kind `sent` can be decoded as `self` (`integer` into `number` can; a
    /// `string` into `integer` cannot). `any` on either side says nothing, so it is accepted.
    public func accepts(_ sent: ValueKind) -> Bool {
        if self == sent || self == .any || sent == .any { return true }
        return self == .number && sent == .integer
    }
}

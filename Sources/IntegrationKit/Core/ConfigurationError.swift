/// A setting outside its allowed range, reported when a strategy or pipeline is built.
///
/// ``description`` names the type, the field, the allowed range and the value given, for example
/// `CircuitBreakerConfiguration.failureRateThreshold must be in 0...100 (got 150.0)`.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The configuration type, e.g. `CircuitBreakerConfiguration`.
    public let type: String
    /// The field, e.g. `failureRateThreshold`.
    public let field: String
    /// The allowed range in words, e.g. `in 0...100`.
    public let allowed: String
    /// The value given.
    public let value: String

    public init(type: String, field: String, allowed: String, value: String) {
        self.type = type
        self.field = field
        self.allowed = allowed
        self.value = value
    }

    public var description: String {
        "\(type).\(field) must be \(allowed) (got \(value))"
    }

    /// Throws unless `condition` holds.
    static func check(
        _ condition: Bool, _ type: String, _ field: String, _ allowed: String, _ value: @autoclosure () -> String
    ) throws(ConfigurationError) {
        guard condition else { throw ConfigurationError(type: type, field: field, allowed: allowed, value: value()) }
    }
}

import Foundation

/// One request `integrate verify` sends to a provider: the operation it exercises (method and path
/// template, as the spec or pact names it) and the concrete request on the wire.
public struct VerifyRequest: Sendable, Hashable, Codable {
    /// Upper-case HTTP method, e.g. `GET`.
    public var method: String
    /// The path template of the operation, e.g. `/orders/{id}`.
    public var pathTemplate: String
    /// The concrete, percent-encoded path sent, e.g. `/orders/42`.
    public var path: String
    /// Query parameters in the order sent; a name may repeat.
    public var query: [VerifyHeader]
    /// Request headers in the order sent; a name may repeat.
    public var headers: [VerifyHeader]
    /// The request body, if any.
    public var body: Data?

    public init(method: String, pathTemplate: String, path: String, query: [VerifyHeader] = [], headers: [VerifyHeader] = [], body: Data? = nil) {
        self.method = method.uppercased()
        self.pathTemplate = pathTemplate
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The operation this request exercises, as `METHOD /path/{template}`.
    public var operation: VerifyOperationID { VerifyOperationID(method: method, pathTemplate: pathTemplate) }
}

/// A name/value pair of a header or a query parameter.
public struct VerifyHeader: Sendable, Hashable, Codable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An operation of the provider, written `METHOD /path/{template}` in every output.
public struct VerifyOperationID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var method: String
    public var pathTemplate: String

    public init(method: String, pathTemplate: String) {
        self.method = method.uppercased()
        self.pathTemplate = pathTemplate
    }

    public var description: String { "\(method) \(pathTemplate)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.pathTemplate, lhs.method) < (rhs.pathTemplate, rhs.method)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "operation '\(text)' is not 'METHOD /path'"))
        }
        self.init(method: parts[0], pathTemplate: parts[1])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

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

    private enum CodingKeys: String, CodingKey { case method, pathTemplate, path, query, headers, body, bodyBase64 }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        method = try container.decode(String.self, forKey: .method)
        pathTemplate = try container.decode(String.self, forKey: .pathTemplate)
        path = try container.decode(String.self, forKey: .path)
        query = try container.decodeIfPresent([VerifyHeader].self, forKey: .query) ?? []
        headers = try container.decodeIfPresent([VerifyHeader].self, forKey: .headers) ?? []
        if let text = try container.decodeIfPresent(String.self, forKey: .body) { body = Data(text.utf8) }
        else { body = try container.decodeIfPresent(String.self, forKey: .bodyBase64).flatMap { Data(base64Encoded: $0) } }
    }

    /// The body as text when it is UTF-8 (`body`), else as base64 (`bodyBase64`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(method, forKey: .method)
        try container.encode(pathTemplate, forKey: .pathTemplate)
        try container.encode(path, forKey: .path)
        try container.encode(query, forKey: .query)
        try container.encode(headers, forKey: .headers)
        if let body {
            if let text = String(data: body, encoding: .utf8) { try container.encode(text, forKey: .body) }
            else { try container.encode(body.base64EncodedString(), forKey: .bodyBase64) }
        }
    }

    /// The path with its query string, percent-encoded.
    public var target: String {
        guard !query.isEmpty else { return path }
        return path + "?" + query.map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }.joined(separator: "&")
    }

    /// A `curl` command that sends this request to `baseURL`, shell-quoted.
    public func curl(baseURL: String) -> String {
        var parts = ["curl", "-X", method]
        for header in headers { parts += ["-H", Self.quote("\(header.name): \(header.value)")] }
        if let body { parts += ["--data-binary", Self.quote(String(decoding: body, as: UTF8.self))] }
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        parts.append(Self.quote(base + target))
        return parts.joined(separator: " ")
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    private static let unreserved: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~")
        return set
    }()

    static func encode(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text }

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

/// The spec model the diff and the linter read: one OpenAPI 2.0/3.0/3.1 document, normalized.
///
/// Swagger 2.0 body and formData parameters become a request body, response `schema` becomes
/// content under the operation's `produces`, so checks read one shape for every version.
public struct OpenAPIDocument: Sendable {
    public enum Version: String, Sendable { case swagger2 = "2.0", openapi30 = "3.0", openapi31 = "3.1" }

    public var version: Version
    public var title: String?
    public var apiVersion: String?
    public var servers: [String]
    public var operations: [SpecOperation]
    public var webhooks: [String: [SpecOperation]]
    /// Top-level `security`; `nil` when absent.
    public var security: [SecurityRequirement]?
    public var tags: [String]
    /// The path items by path, with the path item's own `deprecated`/extensions node.
    public var pathItems: [String: SpecNode]
    public var root: SpecNode
    public var file: String
    public var displayName: String
    public let resolver: RefResolver

    public func schema(_ node: SpecNode) -> Schema { Schema(node: node, file: file, resolver: resolver) }
}

/// One operation (method + path) with path-level parameters merged in.
public struct SpecOperation: Sendable {
    public var method: String
    public var path: String
    public var operationId: String?
    public var tags: [String]
    public var summary: String?
    public var deprecated: Bool
    public var parameters: [SpecParameter]
    public var requestBody: SpecRequestBody?
    public var responses: [SpecResponse]
    /// `nil` when the operation inherits the top-level security.
    public var security: [SecurityRequirement]?
    public var node: SpecNode
    /// JSON pointer of the operation (`/paths/~1orders/get`).
    public var pointer: String
    public var line: Int

    /// `GET /orders`.
    public var label: String { "\(method.uppercased()) \(path)" }

    public func extensionString(_ key: String) -> String? { node[key]?.scalarText }
}

public struct SpecParameter: Sendable {
    public var name: String
    /// `path`, `query`, `header` or `cookie`.
    public var location: String
    public var required: Bool
    public var deprecated: Bool
    public var schema: Schema?
    /// Whether the schema came from `content` (3.x) rather than `schema`; such parameters are
    /// compared by presence and requiredness only, as oasdiff does.
    public var schemaFromContent: Bool = false
    public var node: SpecNode
    public var pointer: String
}

public struct SpecRequestBody: Sendable {
    public var required: Bool
    public var content: [SpecMediaType]
    public var pointer: String
}

public struct SpecMediaType: Sendable {
    public var name: String
    public var schema: Schema?
    public var pointer: String
}

public struct SpecResponse: Sendable {
    /// `200`, `4XX` or `default`.
    public var status: String
    public var headers: [SpecHeader]
    public var content: [SpecMediaType]
    public var pointer: String

    public var isSuccess: Bool { status.hasPrefix("2") || status.hasPrefix("3") }
}

public struct SpecHeader: Sendable {
    public var name: String
    public var required: Bool
    public var schema: Schema?
    public var pointer: String
}

/// One alternative of a `security` list: scheme name -> scopes.
public struct SecurityRequirement: Sendable, Hashable {
    public var schemes: [String: [String]]

    /// `bearerAuth` or `oauth+apiKey` (scheme names sorted).
    public var name: String { schemes.keys.sorted().joined(separator: " AND ") }
}

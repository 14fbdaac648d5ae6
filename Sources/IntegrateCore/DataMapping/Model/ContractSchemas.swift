/// What one contract file says about data: its shapes and which shape each operation or topic
/// sends and returns.
public struct ContractSchemas: Codable, Hashable, Sendable {
    public enum Format: String, Codable, Sendable, CaseIterable {
        case openapi, swagger, asyncapi, proto, graphql, jsonSchema = "json-schema", avro
    }

    /// One operation, rpc or channel of the contract and the shapes it carries.
    public struct Operation: Codable, Hashable, Sendable {
        /// `GET /orders`, `Inventory.Reserve`, or the channel name.
        public var label: String
        /// HTTP method and path template (OpenAPI only).
        public var method: String?
        public var path: String?
        /// Channel, topic or queue (AsyncAPI only).
        public var topic: String?
        /// Shape sent to the provider (request body, rpc input).
        public var request: String?
        /// Shape the provider returns or publishes (success response, rpc output, message payload).
        public var response: String?
        public var location: Evidence
    }

    /// Project-relative path.
    public var path: String
    public var format: Format
    /// What makes two files copies of one contract: `proto inventory.v1`, `openapi Storefront Orders API`.
    public var identity: String?
    public var title: String?
    public var version: String?
    /// The component whose folder holds the file.
    public var component: String?
    public var shapes: [DataShape]
    public var operations: [Operation]

    public init(path: String, format: Format, identity: String? = nil, title: String? = nil, version: String? = nil, component: String? = nil,
                shapes: [DataShape] = [], operations: [Operation] = []) {
        self.path = path
        self.format = format
        self.identity = identity
        self.title = title
        self.version = version
        self.component = component
        self.shapes = shapes
        self.operations = operations
    }

    public func shape(_ name: String) -> DataShape? { shapes.first { $0.name == name } }
}

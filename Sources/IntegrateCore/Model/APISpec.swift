/// An API description file found in the project.
public struct APISpec: Codable, Hashable, Sendable {
    public enum Format: String, Codable, Sendable, CaseIterable {
        case openapi, swagger, asyncapi, proto, graphql, pact
    }

    /// Project-relative path.
    public var path: String
    public var format: Format
    public var title: String?
    public var version: String?
    /// The component whose folder holds the spec, when one does.
    public var component: String?
    /// The base URLs the spec says it is served at: OpenAPI 3 `servers[].url` with each
    /// `{variable}` replaced by its default, Swagger 2 `schemes[0]://host` + `basePath`
    /// (`//host/basePath` when it names no scheme). `nil` when the spec names none (and in
    /// landscapes written before this field existed).
    public var servers: [String]?

    public init(path: String, format: Format, title: String? = nil, version: String? = nil, component: String? = nil, servers: [String]? = nil) {
        self.path = path
        self.format = format
        self.title = title
        self.version = version
        self.component = component
        self.servers = servers
    }
}

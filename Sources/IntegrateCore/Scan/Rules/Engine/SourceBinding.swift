/// A name one file binds to an address-like value (an env or config read, a URL, `host:port`),
/// or a construction `new K(args)` (name `new K`), that calls in other files of the same
/// component may reach: `getenv("CATALOG_URL")` set up in a kernel file and read by a client
/// class elsewhere. `values` are the bound text followed by its same-file expansions.
public struct SourceBinding: Codable, Hashable, Sendable {
    public var path: String
    public var name: String
    public var values: [String]

    public init(path: String, name: String, values: [String]) {
        self.path = path
        self.name = name
        self.values = values
    }
}

/// The two documents being compared, with the options of the run.
public struct DocumentPair: Sendable {
    public var base: OpenAPIDocument
    public var revision: OpenAPIDocument
    public var options: DiffOptions
    /// Path templates (`/orders/{}`) of the revision, to tell a removed path from a removed operation.
    public var revisionPaths: Set<String>

    public init(base: OpenAPIDocument, revision: OpenAPIDocument, options: DiffOptions) {
        self.base = base
        self.revision = revision
        self.options = options
        self.revisionPaths = Set(revision.operations.map { ContractDiffer.normalize($0.path) })
    }
}

/// One operation present in both versions (matched by method and path template).
public struct OperationPair: Sendable {
    public var base: SpecOperation
    public var revision: SpecOperation
    public var documents: DocumentPair
}

/// Where a compared schema sits in an operation; decides the check ids (`request-body-*`,
/// `request-property-*`, `request-parameter-*`, `response-property-*`, ...).
public enum SchemaSite: Sendable, Hashable {
    case requestBody(mediaType: String)
    case requestParameter(location: String, name: String)
    case responseBody(status: String, mediaType: String)
    case responseHeader(status: String, name: String)

    public var isRequest: Bool {
        switch self {
        case .requestBody, .requestParameter: return true
        case .responseBody, .responseHeader: return false
        }
    }

    public var status: String {
        switch self {
        case .responseBody(let status, _), .responseHeader(let status, _): return status
        default: return ""
        }
    }
}

/// Two versions of one schema at the same place (site + property path) of an operation.
public struct SchemaPair: Sendable {
    public var base: Schema
    public var revision: Schema
    public var site: SchemaSite
    /// Property path below the site's top schema (`["items", "name"]`); empty at the top.
    public var path: [String]
    public var operation: SpecOperation
    /// JSON pointer of the revision schema.
    public var pointer: String

    public var isTop: Bool { path.isEmpty }
    public var propertyPath: String { path.joined(separator: "/") }

    /// The id family for this site and depth, e.g. `request-body` or `response-property`.
    public var family: String {
        switch site {
        case .requestBody: return isTop ? "request-body" : "request-property"
        case .requestParameter(let location, _):
            if isTop { return "request-parameter" }
            return location == "header" ? "request-header-property" : "request-parameter-property"
        case .responseBody: return isTop ? "response-body" : "response-property"
        case .responseHeader: return isTop ? "response-header" : "response-header-property"
        }
    }

    /// Message arguments in the site's convention, followed by `values`.
    ///
    /// Parameters: `[location, name, (propertyPath,) values...]`; headers: `[status, name, values...]`;
    /// bodies and properties: `[propertyPath, values..., status]` padded so `{3}` is the status.
    public func arguments(_ values: [String]) -> [String] {
        switch site {
        case .requestParameter(let location, let name):
            return [location, name] + (isTop ? [] : [propertyPath]) + values
        case .responseHeader(let status, let name):
            return [status, name] + values
        case .requestBody, .responseBody:
            var args = [propertyPath] + values
            while args.count < 3 { args.append("") }
            return Array(args.prefix(3)) + [site.status]
        }
    }

    /// Emits `<family>-<suffix>` when the registry knows that id (not every family has every check).
    public func emit(_ suffix: String, _ values: [String] = [], into sink: inout ChangeSink) {
        sink.emit("\(family)-\(suffix)", operation, pointer: pointer, line: revision.node.line, arguments: arguments(values))
    }
}

import Foundation

/// Phase 1's contract collection: every API spec of the project with its provider and consumers,
/// draft OpenAPI 3.1 files for inbound routes no spec covers, and the `api-contracts/README.md`
/// index. A pure function of the project files and the landscape: it reads specs, writes nothing,
/// and returns file names with contents for the caller to place under `api-contracts/`.
public struct ContractCatalog: Sendable {
    public struct Consumer: Codable, Hashable, Sendable {
        public var component: String?
        /// The matched operation, `GET /orders/{orderId}`.
        public var operation: String
        /// `path:line` of the outbound call.
        public var evidence: String
    }

    public struct API: Codable, Hashable, Sendable {
        /// Project-relative spec path.
        public var path: String
        public var format: APISpec.Format
        public var title: String?
        public var version: String?
        public var servers: [String]
        public var operationCount: Int
        /// `GET /orders` labels (OpenAPI only).
        public var operations: [String]
        public var provider: String?
        public var consumers: [Consumer]
        public var draft: Bool
    }

    public struct File: Hashable, Sendable {
        /// Name relative to `api-contracts/`.
        public var name: String
        public var contents: String
    }

    public struct Result: Sendable {
        public var apis: [API]
        /// Draft specs (`<component>.draft.openapi.yaml`) and the README index.
        public var files: [File]
        public var diagnostics: [Diagnostic]
    }

    public init() {}

    public func collect(root: URL, landscape: Landscape) -> Result {
        var apis: [API] = []
        var diagnostics: [Diagnostic] = []
        let calls = ConsumerImpact.candidateCalls(landscape)
        // The landscape lists every spec the scan found; walking the tree again here would
        // double the I/O and could pick up generated files.
        let specs = landscape.specs
        var covered: [(method: String, path: String)] = []
        for spec in specs.sorted(by: { $0.path < $1.path }) {
            let url = root.appendingPathComponent(spec.path)
            if spec.format == .openapi || spec.format == .swagger {
                do {
                    let document = try SpecLoader().load(.file(url.path))
                    let operations = document.operations
                    covered += operations.map { ($0.method, $0.path) }
                    let provider = ConsumerImpact.provider(specPath: spec.path, servers: document.servers, in: landscape)
                    let consumers = operations.flatMap { op in
                        ConsumerImpact.callers(method: op.method, path: op.path, calls: calls, provider: provider, landscape: landscape)
                            .map { Consumer(component: $0.component, operation: op.label, evidence: $0.location) }
                    }
                    apis.append(API(path: spec.path, format: spec.format, title: document.title ?? spec.title,
                                    version: document.apiVersion ?? spec.version, servers: document.servers,
                                    operationCount: operations.count, operations: operations.map(\.label),
                                    provider: spec.component, consumers: Array(Set(consumers)).sorted { ($0.operation, $0.evidence) < ($1.operation, $1.evidence) },
                                    draft: false))
                } catch {
                    diagnostics.append(Diagnostic(.warning, "cannot read API spec: \(error)", path: spec.path))
                }
            } else {
                let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                apis.append(API(path: spec.path, format: spec.format, title: spec.title, version: spec.version, servers: [],
                                operationCount: OtherSpecCounter.count(spec.format, text), operations: [], provider: spec.component,
                                consumers: [], draft: false))
            }
        }
        var files: [File] = []
        for draft in DraftSpecBuilder().drafts(landscape: landscape, covered: covered) {
            files.append(File(name: draft.fileName, contents: draft.yaml))
            let consumers = draft.operations.flatMap { op in
                ConsumerImpact.callers(method: op.method, path: op.path, calls: calls, provider: draft.component, landscape: landscape)
                    .map { Consumer(component: $0.component, operation: "\(op.method.uppercased()) \(op.path)", evidence: $0.location) }
            }
            apis.append(API(path: draft.fileName, format: .openapi, title: "\(draft.component) (draft)", version: "0.0.0-draft",
                            servers: [], operationCount: draft.operations.count,
                            operations: draft.operations.map { "\($0.method.uppercased()) \($0.path)" }, provider: draft.component,
                            consumers: Array(Set(consumers)).sorted { ($0.operation, $0.evidence) < ($1.operation, $1.evidence) }, draft: true))
        }
        files.append(File(name: "README.md", contents: ContractIndexRenderer().render(apis)))
        return Result(apis: apis, files: files, diagnostics: diagnostics)
    }
}

/// Rough operation counts for non-OpenAPI contracts: proto `rpc`s, GraphQL root fields, AsyncAPI
/// channels/operations, Pact interactions.
enum OtherSpecCounter {
    static func count(_ format: APISpec.Format, _ text: String) -> Int {
        switch format {
        case .proto:
            return text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("rpc ") }.count
        case .graphql:
            return graphQLRootFields(text)
        case .asyncapi:
            guard let node = try? SpecNodeReader.read(text: text, file: "asyncapi") else { return 0 }
            return node["operations"]?.object?.keys.count ?? node["channels"]?.object?.keys.count ?? 0
        case .pact:
            guard let node = try? SpecNodeReader.read(text: text, file: "pact") else { return 0 }
            return node["interactions"]?.array?.count ?? 0
        case .openapi, .swagger:
            return 0
        }
    }

    private static func graphQLRootFields(_ text: String) -> Int {
        var count = 0
        var inRoot = false
        var depth = 0
        for rawLine in text.split(separator: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("type Query") || line.hasPrefix("type Mutation") || line.hasPrefix("type Subscription")
                || line.hasPrefix("extend type Query") || line.hasPrefix("extend type Mutation") {
                inRoot = true
                depth = 0
            }
            if inRoot {
                depth += line.filter { $0 == "{" }.count
                if depth == 1, !line.contains("{"), !line.hasPrefix("#"), !line.hasPrefix("\""), line.contains(":") { count += 1 }
                depth -= line.filter { $0 == "}" }.count
                if depth <= 0 && line.contains("}") { inRoot = false }
            }
        }
        return count
    }
}

import Foundation

/// Phase 3's schema catalog: the shapes of every contract the scan found (OpenAPI/Swagger,
/// AsyncAPI, `.proto`, GraphQL) plus the standalone JSON Schema and Avro files of the tree.
///
/// Specs are read with the contracts subsystem's loader (one YAML/JSON loader, with its limits);
/// a file that cannot be read is listed in `unreadable` with the reason, never dropped silently.
public struct SchemaCatalog: Sendable {
    public struct Unreadable: Sendable, Hashable {
        public var path: String
        public var reason: String
    }

    public var contracts: [ContractSchemas]
    /// Loaded OpenAPI documents by project-relative path, for the diff engine.
    public var documents: [String: OpenAPIDocument]
    public var unreadable: [Unreadable]

    public init(contracts: [ContractSchemas] = [], documents: [String: OpenAPIDocument] = [:], unreadable: [Unreadable] = []) {
        self.contracts = contracts
        self.documents = documents
        self.unreadable = unreadable
    }

    /// Reads the landscape's specs and the schema files among `files` (project-relative paths).
    public static func build(root: URL, landscape: Landscape, files: [String]) -> SchemaCatalog {
        var catalog = SchemaCatalog()
        var seen = Set<String>()
        for spec in landscape.specs.sorted(by: { $0.path < $1.path }) where spec.format != .pact {
            seen.insert(spec.path)
            catalog.read(spec.path, format: spec.format, root: root, component: spec.component ?? ProjectFiles.owner(of: spec.path, in: landscape.components))
        }
        for path in files where !seen.contains(path) {
            let lower = path.lowercased()
            if lower.hasSuffix(".avsc") || JSONSchemaFileReader.isSchemaFile(path) || lower.hasSuffix(".json") && lower.contains("schema") {
                catalog.readSchemaFile(path, root: root, component: ProjectFiles.owner(of: path, in: landscape.components))
            }
        }
        catalog.contracts.sort { $0.path < $1.path }
        return catalog
    }

    mutating func read(_ path: String, format: APISpec.Format, root: URL, component: String?) {
        let url = root.appendingPathComponent(path)
        var contract: ContractSchemas
        do {
            switch format {
            case .openapi, .swagger:
                let document = try SpecLoader().load(.file(url.path))
                documents[path] = document
                contract = OpenAPISchemaReader(path: path).read(document)
            case .asyncapi:
                let node = try SpecNodeReader.read(text: try Self.text(url, path), file: path)
                contract = AsyncAPISchemaReader(path: path).read(node, file: path)
            case .proto:
                contract = ProtoSchemaReader(path: path).read(try Self.text(url, path))
            case .graphql:
                contract = GraphQLSchemaReader(path: path).read(try Self.text(url, path))
            case .pact:
                return
            }
        } catch {
            unreadable.append(Unreadable(path: path, reason: "\(error)".replacingOccurrences(of: root.path + "/", with: "")))
            return
        }
        contract.component = component
        contracts.append(contract)
    }

    mutating func readSchemaFile(_ path: String, root: URL, component: String?) {
        let url = root.appendingPathComponent(path)
        do {
            let node = try SpecNodeReader.read(text: try Self.text(url, path), file: path)
            var contract: ContractSchemas
            if path.lowercased().hasSuffix(".avsc") {
                contract = AvroSchemaReader(path: path).read(node)
            } else if JSONSchemaFileReader.isSchemaFile(path) || JSONSchemaFileReader.declaresSchema(node) {
                contract = JSONSchemaFileReader(path: path).read(node, file: path)
            } else {
                return
            }
            contract.component = component
            contracts.append(contract)
        } catch {
            // A `.json` that merely has "schema" in its name and does not parse is not a contract.
            if path.lowercased().hasSuffix(".avsc") || JSONSchemaFileReader.isSchemaFile(path) {
                unreadable.append(Unreadable(path: path, reason: "\(error)".replacingOccurrences(of: root.path + "/", with: "")))
            }
        }
    }

    static func text(_ url: URL, _ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SpecLoadError(file: path, message: "cannot read the file (missing or unreadable)")
        }
        guard data.count <= YAMLLimits.standard.maxBytes else {
            throw SpecLoadError(file: path, message: "the file is \(data.count) bytes, over the limit of \(YAMLLimits.standard.maxBytes): not read")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Every contract whose operation has this topic, with the operation.
    public func operations(topic: String) -> [(ContractSchemas, ContractSchemas.Operation)] {
        contracts.flatMap { contract in contract.operations.filter { $0.topic == topic }.map { (contract, $0) } }
    }

    /// A shape by name in a contract, `[Item]` resolving to the list of `Item`.
    public static func shape(_ name: String, in contract: ContractSchemas) -> (shape: DataShape, list: Bool)? {
        if name.hasPrefix("["), name.hasSuffix("]") {
            return contract.shape(String(name.dropFirst().dropLast())).map { ($0, true) }
        }
        guard let shape = contract.shape(name) else { return nil }
        if shape.kind == .list, let item = shape.itemType, let inner = contract.shape(item) { return (inner, true) }
        return (shape, false)
    }
}

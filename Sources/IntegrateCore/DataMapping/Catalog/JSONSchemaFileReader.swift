/// Reads a standalone JSON Schema file (`*.schema.json`, or JSON/YAML with a `$schema` naming
/// json-schema.org): the root shape, named by `title` or the file name, and its `$defs`/`definitions`.
struct JSONSchemaFileReader {
    let path: String

    /// Whether the file name or its `$schema` says it is a JSON Schema.
    static func isSchemaFile(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".schema.json") || lower.hasSuffix(".schema.yaml") || lower.hasSuffix(".schema.yml")
    }

    static func declaresSchema(_ root: SpecNode) -> Bool {
        root["$schema"]?.string?.contains("json-schema.org") == true
    }

    func read(_ root: SpecNode, file: String) -> ContractSchemas {
        let resolver = RefResolver(rootFile: file, documents: [file: root])
        let reader = JSONSchemaShapeReader(path: path)
        let title = root["title"]?.string ?? CatalogNames.baseName(path)
        var shapes = [reader.shape(name: title, schema: Schema(node: root, file: file, resolver: resolver), line: root.line)]
        for (name, node) in (root["$defs"] ?? root["definitions"])?.pairs ?? [] {
            shapes.append(reader.shape(name: name, schema: Schema(node: node, file: file, resolver: resolver), line: node.line))
        }
        let identity = root["$id"]?.string.map { "json-schema \($0)" } ?? "json-schema \(title)"
        return ContractSchemas(path: path, format: .jsonSchema, identity: identity, title: title, shapes: shapes)
    }
}

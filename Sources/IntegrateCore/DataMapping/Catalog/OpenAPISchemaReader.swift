/// Reads an OpenAPI/Swagger document's data: the named schemas (`components.schemas`,
/// `definitions`) and, per operation, the JSON request body and success response. A body that
/// is not a `$ref` becomes a shape of its own named after the operation (`POST /orders request`).
struct OpenAPISchemaReader {
    let path: String

    func read(_ document: OpenAPIDocument) -> ContractSchemas {
        let reader = JSONSchemaShapeReader(path: path)
        var shapes: [DataShape] = []
        let named = document.root["components"]?["schemas"] ?? document.root["definitions"]
        for (name, node) in named?.pairs ?? [] {
            shapes.append(reader.shape(name: name, schema: document.schema(node), line: node.line))
        }
        var operations: [ContractSchemas.Operation] = []
        for op in document.operations {
            let request = op.requestBody.flatMap { Self.preferred($0.content) }.flatMap(\.schema)
            let response = op.responses.filter(\.isSuccess).sorted { $0.status < $1.status }.lazy.compactMap { Self.preferred($0.content)?.schema }.first
            operations.append(ContractSchemas.Operation(
                label: op.label, method: op.method.uppercased(), path: op.path,
                request: request.map { name($0, "\(op.label) request", reader: reader, into: &shapes) },
                response: response.map { name($0, "\(op.label) response", reader: reader, into: &shapes) },
                location: Evidence(path: path, line: max(op.line, 1), snippet: op.label)))
        }
        let format: ContractSchemas.Format = document.version == .swagger2 ? .swagger : .openapi
        let title = document.title
        return ContractSchemas(path: path, format: format, identity: title.map { "openapi \($0)" }, title: title,
                               version: document.apiVersion, shapes: shapes, operations: operations)
    }

    /// JSON first, then anything else.
    static func preferred(_ content: [SpecMediaType]) -> SpecMediaType? {
        content.first { $0.name.contains("json") } ?? content.first
    }

    /// The shape name a body refers to: the referenced schema, `[Item]` for an array of one, or
    /// a new shape named `fallback`.
    private func name(_ schema: Schema, _ fallback: String, reader: JSONSchemaShapeReader, into shapes: inout [DataShape]) -> String {
        if let ref = schema.refName { return ref }
        if schema.types == ["array"], let items = schema.items, let ref = items.refName { return "[\(ref)]" }
        shapes.append(reader.shape(name: fallback, schema: schema))
        return fallback
    }
}

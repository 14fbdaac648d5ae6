/// Reads an AsyncAPI 2.x or 3.x document: one operation per channel and message, carrying the
/// message payload as a shape (named after the message, its component, or the channel), plus
/// the named `components.schemas`.
struct AsyncAPISchemaReader {
    let path: String

    func read(_ root: SpecNode, file: String) -> ContractSchemas {
        let resolver = RefResolver(rootFile: file, documents: [file: root])
        let reader = JSONSchemaShapeReader(path: path)
        var shapes: [DataShape] = []
        var names = Set<String>()
        for (name, node) in root["components"]?["schemas"]?.pairs ?? [] {
            shapes.append(reader.shape(name: name, schema: Schema(node: node, file: file, resolver: resolver), line: node.line))
            names.insert(name)
        }
        var operations: [ContractSchemas.Operation] = []
        for (channel, item) in root["channels"]?.pairs ?? [] {
            let topic = item["address"]?.string ?? channel
            var messages: [(SpecNode, String?, String?)] = []
            for verb in ["publish", "subscribe"] {
                guard let message = item[verb]?["message"] else { continue }
                let list = message["oneOf"]?.array ?? [message]
                messages += list.map { ($0, $0["$ref"]?.string, nil) }
            }
            for (key, message) in item["messages"]?.pairs ?? [] { messages.append((message, message["$ref"]?.string, key)) }
            for (raw, ref, key) in messages {
                let message = ref.flatMap { resolver.resolve($0, from: file)?.node } ?? raw
                guard let payload = message["payload"] else { continue }
                let schema = Schema(node: payload, file: file, resolver: resolver)
                let refName = ref.flatMap { $0.split(separator: "/").last.map(String.init) }
                let name = schema.refName ?? message["name"]?.string ?? refName ?? key ?? topic
                if !names.contains(name) {
                    shapes.append(reader.shape(name: name, schema: schema, line: payload.line))
                    names.insert(name)
                }
                operations.append(ContractSchemas.Operation(label: topic, topic: topic, response: name,
                                                            location: Evidence(path: path, line: max(item.line, 1), snippet: channel)))
            }
        }
        let title = root["info"]?["title"]?.scalarText
        return ContractSchemas(path: path, format: .asyncapi, identity: title.map { "asyncapi \($0)" }, title: title,
                               version: root["info"]?["version"]?.scalarText, shapes: shapes, operations: operations)
    }
}

/// Examples (schema `example`, media `example` and `examples`) are valid against their schemas.
struct ExampleValidRule: LintRule {
    let id = "example-invalid"
    let defaultSeverity = ChangeLevel.warning
    let reason = "Invalid examples mislead integrators and break contract tests and mocks built from them."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        let schemasRoot = document.version == .swagger2 ? "/definitions" : "/components/schemas"
        let schemasNode = document.version == .swagger2 ? document.root["definitions"] : document.root["components"]?["schemas"]
        for (name, node) in schemasNode?.pairs ?? [] {
            checkSchemaExamples(document.schema(node), pointer: JSONPointer.append(schemasRoot, name), depth: 0, into: &report)
        }
        for op in document.operations {
            let media = (op.requestBody?.content ?? []) + op.responses.flatMap(\.content)
            for item in media {
                guard let schema = item.schema else { continue }
                let mediaNode = RefResolver.follow(pointer: String(item.pointer.dropLast("/schema".count)), in: document.root)
                var examples: [(SpecNode, String)] = []
                if let example = mediaNode?["example"] { examples.append((example, "example")) }
                for (key, example) in mediaNode?["examples"]?.pairs ?? [] {
                    if let value = example["value"] { examples.append((value, "examples/\(key)")) }
                }
                for (value, label) in examples {
                    if let issue = ExampleValidator.problem(value, schema) {
                        report.add("\(op.label) \(label): \(issue)", line: value.line, pointer: item.pointer)
                    }
                }
            }
        }
    }

    private func checkSchemaExamples(_ schema: Schema, pointer: String, depth: Int, into report: inout LintReport) {
        guard depth < 8 else { return }
        if let example = schema.node["example"], schema.refKey == nil || depth == 0, let issue = ExampleValidator.problem(example, schema) {
            report.add("example \(issue)", line: example.line, pointer: JSONPointer.append(pointer, "example"))
        }
        for (name, property) in schema.properties where property.refKey == nil {
            checkSchemaExamples(property, pointer: JSONPointer.append(pointer, "properties", name), depth: depth + 1, into: &report)
        }
    }
}

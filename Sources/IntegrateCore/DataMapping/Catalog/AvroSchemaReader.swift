/// Reads an Avro schema (`.avsc`): every named record (nested ones too) and enum. A field is
/// required unless its type is a union with `null` or it has a default; logical types become
/// formats (`timestamp-millis`, `uuid`, `decimal`).
struct AvroSchemaReader {
    let path: String

    static let primitives: [String: ValueKind] = [
        "string": .string, "bytes": .string, "int": .integer, "long": .integer, "float": .number, "double": .number,
        "boolean": .boolean, "null": .any, "fixed": .string,
    ]

    func read(_ root: SpecNode) -> ContractSchemas {
        var shapes: [DataShape] = []
        collect(root, namespace: nil, into: &shapes)
        let first = shapes.first
        let identity = first.map { "avro \($0.name)" } ?? "avro \(CatalogNames.baseName(path))"
        return ContractSchemas(path: path, format: .avro, identity: identity, title: first?.name, shapes: shapes)
    }

    private func fullName(_ node: SpecNode, namespace: String?) -> String? {
        guard let name = node["name"]?.string else { return nil }
        if name.contains(".") { return name }
        return (node["namespace"]?.string ?? namespace).map { "\($0).\(name)" } ?? name
    }

    private func collect(_ node: SpecNode, namespace: String?, into shapes: inout [DataShape]) {
        if let list = node.array { for item in list { collect(item, namespace: namespace, into: &shapes) }; return }
        guard let type = node["type"]?.string, let name = fullName(node, namespace: namespace) else {
            if let inner = node["type"], inner.object != nil || inner.array != nil { collect(inner, namespace: namespace, into: &shapes) }
            if let items = node["items"] { collect(items, namespace: namespace, into: &shapes) }
            if let values = node["values"] { collect(values, namespace: namespace, into: &shapes) }
            return
        }
        let space = node["namespace"]?.string ?? namespace
        let location = Evidence(path: path, line: max(node.line, 1), snippet: "\(type) \(name)")
        switch type {
        case "record", "error":
            var fields: [DataField] = []
            for field in node["fields"]?.array ?? [] {
                guard let fieldName = field["name"]?.string, let fieldType = field["type"] else { continue }
                let description = describe(fieldType)
                let hasDefault = field["default"] != nil
                fields.append(DataField(
                    name: fieldName, type: description.text, kind: description.kind, required: !description.nullable && !hasDefault,
                    format: description.format, enumValues: description.symbols, defaultValue: field["default"]?.compactText,
                    reference: description.reference, location: Evidence(path: path, line: max(field.line, 1), snippet: "\(fieldName): \(description.text)")))
                collect(fieldType, namespace: space, into: &shapes)
            }
            shapes.append(DataShape(name: name, fields: fields, location: location))
        case "enum":
            shapes.append(DataShape(name: name, kind: .enumeration, values: node["symbols"]?.array?.compactMap(\.string) ?? [], location: location))
        default:
            break
        }
    }

    private struct Description {
        var text: String
        var kind: ValueKind
        var nullable = false
        var format: String?
        var symbols: [String] = []
        var reference: String?
    }

    private func describe(_ node: SpecNode) -> Description {
        if let name = node.string {
            if let kind = Self.primitives[name] { return Description(text: name, kind: kind) }
            return Description(text: name, kind: .object, reference: name)
        }
        if let union = node.array {
            let nonNull = union.filter { $0.string != "null" }
            var inner = nonNull.count == 1 ? describe(nonNull[0]) : Description(text: nonNull.map { describe($0).text }.joined(separator: "|"), kind: .any)
            inner.nullable = nonNull.count < union.count
            return inner
        }
        guard let type = node["type"]?.string else { return Description(text: "any", kind: .any) }
        switch type {
        case "array":
            let items = node["items"].map(describe)
            return Description(text: "[\(items?.text ?? "any")]", kind: .array, reference: items?.reference)
        case "map":
            return Description(text: "map<\(node["values"].map(describe)?.text ?? "any")>", kind: .object)
        case "record", "error":
            let name = node["name"]?.string ?? "record"
            return Description(text: name, kind: .object, reference: name)
        case "enum":
            return Description(text: node["name"]?.string ?? "enum", kind: .string, symbols: node["symbols"]?.array?.compactMap(\.string) ?? [])
        default:
            var description = Self.primitives[type].map { Description(text: type, kind: $0) } ?? Description(text: type, kind: .any)
            description.format = node["logicalType"]?.string
            return description
        }
    }
}

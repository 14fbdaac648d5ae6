/// Turns JSON Schema nodes (OpenAPI and AsyncAPI schemas, `.schema.json` files) into shapes:
/// properties (with `allOf` parts merged) become fields with type, requiredness, format, enum
/// values and default; a `$ref` names the shape a field refers to.
struct JSONSchemaShapeReader {
    /// Project-relative path the evidence names.
    let path: String

    func shape(name: String, schema: Schema, line: Int? = nil) -> DataShape {
        let location = Evidence(path: path, line: line ?? max(schema.node.line, 1), snippet: name)
        if let values = schema.allowedValues, schema.properties.isEmpty {
            return DataShape(name: name, kind: .enumeration, values: values.compactMap(\.scalarText), location: location)
        }
        if schema.types == ["array"] {
            return DataShape(name: name, kind: .list, itemType: schema.items.map(typeName) ?? "any", location: location)
        }
        var fields: [DataField] = []
        var seen = Set<String>()
        for part in [schema] + schema.allOf {
            let required = Set(part.required)
            for (fieldName, property) in part.properties where seen.insert(fieldName).inserted {
                let line = part.node["properties"]?[fieldName]?.line ?? property.node.line
                fields.append(field(fieldName, property, required: required.contains(fieldName), line: line))
            }
        }
        return DataShape(name: name, fields: fields, location: location)
    }

    func field(_ name: String, _ schema: Schema, required: Bool, line: Int) -> DataField {
        let values = (schema.allowedValues ?? schema.items?.allowedValues)?.compactMap(\.scalarText) ?? []
        return DataField(
            name: name, type: typeName(schema), kind: kind(schema), required: required, format: schema.format ?? schema.items?.format,
            enumValues: values, defaultValue: schema.defaultValue?.compactText, reference: schema.refName ?? schema.items?.refName,
            location: Evidence(path: path, line: max(line, 1), snippet: "\(name): \(typeName(schema))"))
    }

    /// `OrderSummary`, `[OrderSummary]`, `string`, `integer/string`, `object`.
    func typeName(_ schema: Schema) -> String {
        if let ref = schema.refName { return ref }
        if schema.types == ["array"] { return "[" + (schema.items.map(typeName) ?? "any") + "]" }
        if !schema.typeText.isEmpty { return schema.typeText }
        if !schema.properties.isEmpty || !schema.allOf.isEmpty { return "object" }
        if !schema.oneOf.isEmpty || !schema.anyOf.isEmpty { return "oneOf" }
        return "any"
    }

    func kind(_ schema: Schema) -> ValueKind {
        let types = schema.types
        if types.count == 1, let kind = ValueKind(rawValue: types[0]) { return kind }
        if types.isEmpty && (!schema.properties.isEmpty || !schema.allOf.isEmpty) { return .object }
        return .any
    }
}

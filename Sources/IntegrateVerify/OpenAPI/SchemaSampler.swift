import IntegrateCore

/// Builds values for a schema: one valid value (from `example`, `default`, `enum`, `const`, or the
/// type, format and limits), and invalid ones that a provider must reject (wrong type,
/// out of range, a value outside the enum, a missing required property).
public struct SchemaSampler: Sendable {
    /// A value that breaks the schema, and how.
    public struct Invalid: Sendable, Hashable {
        public var value: SpecNode
        public var reason: String
    }

    public var direction: SchemaValidator.Direction
    public var maxDepth = 8

    public init(direction: SchemaValidator.Direction = .request) { self.direction = direction }

    /// A value that conforms to `schema`, or `nil` when none can be built (a cycle, `not` only).
    public func valid(_ schema: Schema) -> SpecNode? { valid(schema, depth: 0) }

    private func valid(_ schema: Schema, depth: Int) -> SpecNode? {
        guard depth < maxDepth else { return nil }
        let validator = SchemaValidator(direction: direction)
        for candidate in [schema.node["example"], schema.node["examples"]?.array?.first, schema.defaultValue, schema.allowedValues?.first].compactMap({ $0 }) {
            if validator.violations(of: candidate, against: schema).isEmpty { return candidate }
        }
        if let first = schema.oneOf.first ?? schema.anyOf.first, let value = valid(first, depth: depth + 1),
           validator.violations(of: value, against: schema).isEmpty { return value }
        if !schema.allOf.isEmpty {
            var merged = SpecObject()
            for part in schema.allOf {
                guard let value = valid(part, depth: depth + 1) else { return nil }
                guard let object = value.object else { return value }
                for key in object.keys where merged.entries[key] == nil {
                    merged.keys.append(key)
                    merged.entries[key] = object.entries[key]
                }
            }
            if let own = ownObject(schema, depth: depth) {
                for key in own.keys where merged.entries[key] == nil { merged.keys.append(key); merged.entries[key] = own.entries[key] }
            }
            return SpecNode(.object(merged))
        }
        let type = schema.types.first ?? (schema.properties.isEmpty ? (schema.items != nil ? "array" : "string") : "object")
        switch type {
        case "object": return ownObject(schema, depth: depth).map { SpecNode(.object($0)) }
        case "array":
            let minimum = Int(schema.number("minItems") ?? 1)
            guard let itemSchema = schema.items else { return SpecNode(.array([])) }
            guard let item = valid(itemSchema, depth: depth + 1) else { return minimum == 0 ? SpecNode(.array([])) : nil }
            return SpecNode(.array(Array(repeating: item, count: max(1, minimum))))
        case "integer", "number": return SpecNode(.number(number(schema, integer: type == "integer"), raw: SchemaValidator.format(number(schema, integer: type == "integer"))))
        case "boolean": return SpecNode(.bool(true))
        case "null": return SpecNode(.null)
        default: return string(schema)
        }
    }

    /// The declared properties with values: required ones always, optional ones too (so that
    /// their schemas are exercised), minus what the direction leaves out.
    private func ownObject(_ schema: Schema, depth: Int) -> SpecObject? {
        var object = SpecObject()
        let required = Set(schema.required)
        for (name, property) in schema.properties {
            if direction == .request, property.readOnly { continue }
            if direction == .response, property.writeOnly { continue }
            guard let value = valid(property, depth: depth + 1) else {
                if required.contains(name) { return nil }
                continue
            }
            object.keys.append(name)
            object.entries[name] = value
        }
        return object
    }

    private func number(_ schema: Schema, integer: Bool) -> Double {
        var low = schema.minimum ?? schema.exclusiveMinimum.map { $0 + (integer ? 1 : 0.5) } ?? 1
        if let high = schema.maximum ?? schema.exclusiveMaximum.map({ $0 - (integer ? 1 : 0.5) }), low > high { low = high }
        if let step = schema.number("multipleOf"), step > 0 { low = (low / step).rounded(.up) * step }
        return integer ? low.rounded(.up) : low
    }

    private func string(_ schema: Schema) -> SpecNode? {
        if let format = schema.format.flatMap(StringFormat.init(rawValue:)) { return SpecNode(.string(format.sample)) }
        if schema.pattern != nil { return nil }
        let minimum = Int(schema.number("minLength") ?? 1)
        let maximum = schema.number("maxLength").map(Int.init) ?? max(minimum, 8)
        let length = min(max(minimum, min(8, maximum)), maximum)
        return SpecNode(.string(String(repeating: "a", count: max(0, length))))
    }

    /// Values a conforming provider must reject for this schema, most telling first.
    public func invalid(_ schema: Schema) -> [Invalid] {
        var found: [Invalid] = []
        let types = schema.types
        if let type = types.first, !schema.nullable {
            let wrong: SpecNode = switch type {
            case "string": SpecNode(.object(SpecObject(keys: ["unexpected"], entries: ["unexpected": SpecNode(.bool(true))])))
            case "object", "array": SpecNode(.string("not-an-\(type)"))
            default: SpecNode(.string("not-a-\(type)"))
            }
            found.append(Invalid(value: wrong, reason: "wrong type: \(SchemaValidator.typeName(of: wrong)) where the schema says \(type)"))
        }
        if let allowed = schema.allowedValues, !allowed.isEmpty, types.first == "string" || allowed.allSatisfy({ $0.string != nil }) {
            let outside = SpecNode(.string("not-in-enum-\(allowed.count)"))
            found.append(Invalid(value: outside, reason: "\(SchemaValidator.short(outside)) is outside the enum"))
        }
        if types.first == "integer" || types.first == "number" {
            if let maximum = schema.maximum { found.append(Invalid(value: SpecNode(.number(maximum + 1, raw: SchemaValidator.format(maximum + 1))), reason: "above the maximum \(SchemaValidator.format(maximum))")) }
            if let minimum = schema.minimum { found.append(Invalid(value: SpecNode(.number(minimum - 1, raw: SchemaValidator.format(minimum - 1))), reason: "below the minimum \(SchemaValidator.format(minimum))")) }
        }
        if types.first == "string", let maxLength = schema.number("maxLength"), maxLength < 4096 {
            found.append(Invalid(value: SpecNode(.string(String(repeating: "a", count: Int(maxLength) + 1))), reason: "longer than maxLength \(SchemaValidator.format(maxLength))"))
        }
        if types.first == "object" || (types.isEmpty && !schema.properties.isEmpty), let full = valid(schema)?.object {
            for name in schema.required where full.entries[name] != nil {
                var missing = full
                missing.keys.removeAll { $0 == name }
                missing.entries[name] = nil
                found.append(Invalid(value: SpecNode(.object(missing)), reason: "required property `\(name)` missing"))
            }
        }
        // Only values the validator itself rejects are offered as negative cases.
        let validator = SchemaValidator(direction: direction)
        return found.filter { !validator.violations(of: $0.value, against: schema).isEmpty }
    }
}

/// Checks an example value against a schema: type, enum/const, required properties, property
/// and item schemas, string length and numeric bounds. Returns the first problem found.
enum ExampleValidator {
    static func problem(_ value: SpecNode, _ schema: Schema, path: String = "", depth: Int = 0) -> String? {
        guard depth < 24, schema.unresolvedRef == nil else { return nil }
        let at = path.isEmpty ? "" : " at \(path)"
        if value.isNull { return schema.nullable || schema.types.isEmpty ? nil : "null is not allowed\(at)" }
        let types = schema.types
        if !types.isEmpty && !types.contains(where: { matches(value, $0) }) {
            return "\(value.compactText) is not of type \(schema.typeText)\(at)"
        }
        if let allowed = schema.allowedValues, !allowed.contains(where: { $0.sameValue(as: value) }) {
            return "\(value.compactText) is not one of the enum values\(at)"
        }
        if let text = value.string {
            if let max = schema.maxLength, Double(text.count) > max { return "'\(text)' is longer than maxLength \(Int(max))\(at)" }
            if let min = schema.minLength, Double(text.count) < min { return "'\(text)' is shorter than minLength \(Int(min))\(at)" }
        }
        if let number = value.number {
            if let max = schema.maximum, number > max { return "\(number) is above maximum \(max)\(at)" }
            if let min = schema.minimum, number < min { return "\(number) is below minimum \(min)\(at)" }
        }
        if let object = value.object {
            for name in schema.required where object.entries[name] == nil { return "required property '\(name)' is missing\(at)" }
            for (name, child) in object.entries {
                if let propertySchema = schema.property(name),
                   let issue = problem(child, propertySchema, path: path.isEmpty ? name : "\(path)/\(name)", depth: depth + 1) { return issue }
            }
        }
        if let items = value.array, let itemSchema = schema.items {
            for (index, item) in items.enumerated() {
                if let issue = problem(item, itemSchema, path: "\(path)[\(index)]", depth: depth + 1) { return issue }
            }
        }
        for part in schema.allOf {
            if let issue = problem(value, part, path: path, depth: depth + 1) { return issue }
        }
        return nil
    }

    private static func matches(_ value: SpecNode, _ type: String) -> Bool {
        switch type {
        case "string": return value.string != nil
        case "integer": return value.number.map { $0 == $0.rounded() } ?? false
        case "number": return value.number != nil
        case "boolean": return value.bool != nil
        case "array": return value.array != nil
        case "object": return value.object != nil
        default: return true
        }
    }
}

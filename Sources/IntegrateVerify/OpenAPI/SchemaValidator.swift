import Foundation
import IntegrateCore

/// Validates a JSON value against an OpenAPI schema (2.0, 3.0 and 3.1): `$ref`, `type` (and 3.1
/// type arrays), `nullable`, `enum`/`const`, `required`, `properties`, `additionalProperties`,
/// `items`, numeric and length limits, `pattern`, `allOf`/`oneOf`/`anyOf`/`not` and the common
/// formats. Each violation names the JSON pointer of the value it concerns.
public struct SchemaValidator: Sendable {
    /// One violation: where in the value, and what rule it breaks.
    public struct Violation: Sendable, Hashable, CustomStringConvertible {
        public var pointer: String
        public var message: String
        public var description: String { "\(pointer.isEmpty ? "/" : pointer): \(message)" }
    }

    /// Whether `readOnly` properties are allowed (responses) or `writeOnly` ones (requests).
    public enum Direction: Sendable { case request, response }

    public var direction: Direction
    /// Nesting past this depth is reported instead of followed (recursive schemas, hostile values).
    public var maxDepth = 64

    public init(direction: Direction) { self.direction = direction }

    /// All violations of `value` against `schema`; empty when it conforms.
    public func violations(of value: SpecNode, against schema: Schema) -> [Violation] {
        var found: [Violation] = []
        check(value, schema, pointer: "", depth: 0, into: &found)
        return found
    }

    private func check(_ value: SpecNode, _ schema: Schema, pointer: String, depth: Int, into found: inout [Violation]) {
        guard depth < maxDepth else { found.append(Violation(pointer: pointer, message: "nested deeper than \(maxDepth) levels")); return }
        if schema.unresolvedRef != nil || schema.isEmpty { return }
        if value.isNull {
            if schema.nullable || schema.types.isEmpty && schema.allOf.isEmpty && schema.oneOf.isEmpty && schema.anyOf.isEmpty { return }
            if let allowed = schema.allowedValues, allowed.contains(where: \.isNull) { return }
            found.append(Violation(pointer: pointer, message: "null where the schema is \(schema.typeText) and not nullable"))
            return
        }
        let types = schema.types
        if !types.isEmpty, !types.contains(where: { Self.value(value, hasType: $0) }) {
            found.append(Violation(pointer: pointer, message: "expected \(types.joined(separator: " or ")), got \(Self.typeName(of: value))"))
            return
        }
        if let allowed = schema.allowedValues, !allowed.contains(where: { $0.sameValue(as: value) }) {
            found.append(Violation(pointer: pointer, message: "\(Self.short(value)) is not one of \(allowed.map(Self.short).joined(separator: ", "))"))
        }
        checkScalar(value, schema, pointer: pointer, into: &found)
        if let object = value.object { checkObject(object, schema, pointer: pointer, depth: depth, into: &found) }
        if let items = value.array { checkArray(items, schema, pointer: pointer, depth: depth, into: &found) }
        for part in schema.allOf { check(value, part, pointer: pointer, depth: depth + 1, into: &found) }
        let oneOf = schema.oneOf
        if !oneOf.isEmpty {
            let matching = oneOf.filter { violations(value, $0, depth: depth + 1).isEmpty }.count
            if matching != 1 {
                found.append(Violation(pointer: pointer, message: "matches \(matching) of the \(oneOf.count) oneOf schemas, expected exactly 1"))
            }
        }
        let anyOf = schema.anyOf
        if !anyOf.isEmpty, !anyOf.contains(where: { violations(value, $0, depth: depth + 1).isEmpty }) {
            found.append(Violation(pointer: pointer, message: "matches none of the \(anyOf.count) anyOf schemas"))
        }
        if let not = schema.not, violations(value, not, depth: depth + 1).isEmpty {
            found.append(Violation(pointer: pointer, message: "matches the schema under `not`"))
        }
    }

    private func violations(_ value: SpecNode, _ schema: Schema, depth: Int) -> [Violation] {
        var found: [Violation] = []
        check(value, schema, pointer: "", depth: depth, into: &found)
        return found
    }

    private func checkScalar(_ value: SpecNode, _ schema: Schema, pointer: String, into found: inout [Violation]) {
        if let number = value.number {
            if let minimum = schema.minimum, number < minimum { found.append(Violation(pointer: pointer, message: "\(Self.short(value)) is below the minimum \(Self.format(minimum))")) }
            if let maximum = schema.maximum, number > maximum { found.append(Violation(pointer: pointer, message: "\(Self.short(value)) is above the maximum \(Self.format(maximum))")) }
            if let bound = schema.exclusiveMinimum, number <= bound { found.append(Violation(pointer: pointer, message: "\(Self.short(value)) is not above the exclusive minimum \(Self.format(bound))")) }
            if let bound = schema.exclusiveMaximum, number >= bound { found.append(Violation(pointer: pointer, message: "\(Self.short(value)) is not below the exclusive maximum \(Self.format(bound))")) }
            if let step = schema.number("multipleOf"), step > 0, (number / step).rounded() * step != number {
                found.append(Violation(pointer: pointer, message: "\(Self.short(value)) is not a multiple of \(Self.format(step))"))
            }
            if schema.format == "int32", number.rounded() == number, number < -2_147_483_648 || number > 2_147_483_647 {
                found.append(Violation(pointer: pointer, message: "\(Self.short(value)) does not fit format int32"))
            }
        }
        if let text = value.string {
            let length = text.count
            if let minimum = schema.number("minLength"), Double(length) < minimum { found.append(Violation(pointer: pointer, message: "length \(length) is below minLength \(Self.format(minimum))")) }
            if let maximum = schema.number("maxLength"), Double(length) > maximum { found.append(Violation(pointer: pointer, message: "length \(length) is above maxLength \(Self.format(maximum))")) }
            if let pattern = schema.pattern, let regex = try? NSRegularExpression(pattern: pattern),
               regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                found.append(Violation(pointer: pointer, message: "\(Self.short(value)) does not match the pattern \(pattern)"))
            }
            if let format = schema.format, let formatCheck = StringFormat(rawValue: format), !formatCheck.accepts(text) {
                found.append(Violation(pointer: pointer, message: "\(Self.short(value)) is not a valid \(format)"))
            }
        }
    }

    private func checkObject(_ object: SpecObject, _ schema: Schema, pointer: String, depth: Int, into found: inout [Violation]) {
        for name in schema.required where object.entries[name] == nil {
            let property = schema.property(name)
            if direction == .response, property?.writeOnly == true { continue }
            if direction == .request, property?.readOnly == true { continue }
            found.append(Violation(pointer: pointer, message: "required property `\(name)` is missing"))
        }
        let declared = schema.properties
        let names = Set(declared.map(\.name))
        for (name, propertySchema) in declared {
            guard let child = object.entries[name] else { continue }
            check(child, propertySchema, pointer: pointer + "/" + JSONPointer.escape(name), depth: depth + 1, into: &found)
        }
        if let count = schema.number("minProperties"), Double(object.keys.count) < count { found.append(Violation(pointer: pointer, message: "\(object.keys.count) properties, fewer than minProperties \(Self.format(count))")) }
        if let count = schema.number("maxProperties"), Double(object.keys.count) > count { found.append(Violation(pointer: pointer, message: "\(object.keys.count) properties, more than maxProperties \(Self.format(count))")) }
        let extra = object.keys.filter { !names.contains($0) }
        guard !extra.isEmpty, let additional = schema.node["additionalProperties"] else { return }
        if additional.bool == false {
            found.append(Violation(pointer: pointer, message: "properties not allowed by additionalProperties: false: \(extra.map { "`\($0)`" }.joined(separator: ", "))"))
        } else if let additionalSchema = schema.additionalProperties {
            for name in extra {
                if let child = object.entries[name] { check(child, additionalSchema, pointer: pointer + "/" + JSONPointer.escape(name), depth: depth + 1, into: &found) }
            }
        }
    }

    private func checkArray(_ items: [SpecNode], _ schema: Schema, pointer: String, depth: Int, into found: inout [Violation]) {
        if let minimum = schema.number("minItems"), Double(items.count) < minimum { found.append(Violation(pointer: pointer, message: "\(items.count) items, fewer than minItems \(Self.format(minimum))")) }
        if let maximum = schema.number("maxItems"), Double(items.count) > maximum { found.append(Violation(pointer: pointer, message: "\(items.count) items, more than maxItems \(Self.format(maximum))")) }
        if schema.node["uniqueItems"]?.bool == true, Set(items).count != items.count { found.append(Violation(pointer: pointer, message: "items are not unique")) }
        guard let itemSchema = schema.items else { return }
        for (index, item) in items.enumerated() {
            check(item, itemSchema, pointer: pointer + "/\(index)", depth: depth + 1, into: &found)
        }
    }

    static func value(_ value: SpecNode, hasType type: String) -> Bool {
        switch (type, value.value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null): return true
        case ("number", .number): return true
        case ("integer", .number(let n, _)): return n.rounded() == n && n.isFinite
        default: return false
        }
    }

    static func typeName(of value: SpecNode) -> String {
        switch value.value {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number(let n, _): n.rounded() == n ? "integer" : "number"
        case .bool: "boolean"
        case .null: "null"
        }
    }

    static func short(_ value: SpecNode) -> String {
        let text = value.string.map { "\"\($0)\"" } ?? value.compactText
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}

import Foundation
import IntegrateCore

/// The response fields of a documented response that none of the pact bodies for it carries.
/// Only the outermost unused field is listed (a nested object no pact reads is one entry, not
/// one per property). Fields come from `properties` through `$ref`, `allOf`, `oneOf`, `anyOf` and
/// array `items` (as `[*]`); a field is used when any pact body has the key at that path.
struct PactUnusedFields {
    /// How deep a schema is followed (recursive schemas stop here).
    static let maxDepth = 8

    let operation: VerifyOperationID
    let status: String

    func unused(in schema: Schema, bodies: [SpecNode]) -> [UnusedResponseField] {
        var used: Set<String> = []
        for body in bodies { Self.collect(body, path: "$", into: &used) }
        var result: [UnusedResponseField] = []
        walk(schema, path: "$", used: used, depth: 0, seen: [], into: &result)
        return result
    }

    private func walk(_ schema: Schema, path: String, used: Set<String>, depth: Int, seen: Set<String>, into result: inout [UnusedResponseField]) {
        guard depth < Self.maxDepth else { return }
        var seen = seen
        if let key = schema.refKey {
            guard !seen.contains(key) else { return }
            seen.insert(key)
        }
        var names: Set<String> = []
        for property in Self.properties(schema) where names.insert(property.name).inserted {
            let child = path + Self.member(property.name)
            if used.contains(child) {
                walk(property.schema, path: child, used: used, depth: depth + 1, seen: seen, into: &result)
            } else {
                result.append(UnusedResponseField(operation: operation, status: status, path: child, file: property.file, line: property.line))
            }
        }
        for items in Self.itemSchemas(schema) where used.contains(path + "[*]") {
            walk(items, path: path + "[*]", used: used, depth: depth + 1, seen: seen, into: &result)
        }
    }

    /// Properties of the schema and of its `allOf` / `oneOf` / `anyOf` members, in spec order,
    /// each with the file and line where it is declared (not where its `$ref` leads).
    private static func properties(_ schema: Schema) -> [(name: String, schema: Schema, file: String, line: Int)] {
        schema.properties.map { ($0.name, $0.schema, schema.file, schema.node["properties"]?[$0.name]?.line ?? schema.node.line) }
            + (schema.allOf + schema.oneOf + schema.anyOf).flatMap(properties)
    }

    private static func itemSchemas(_ schema: Schema) -> [Schema] {
        (schema.items.map { [$0] } ?? []) + (schema.allOf + schema.oneOf + schema.anyOf).flatMap(itemSchemas)
    }

    /// `.name`, or `['a b']` for a name that is not a plain identifier.
    static func member(_ name: String) -> String {
        let plain = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        return plain ? "." + name : "['" + name.replacingOccurrences(of: "'", with: "\\'") + "']"
    }

    /// Every key path in a pact body: objects by member, arrays as `[*]`.
    static func collect(_ node: SpecNode, path: String, into used: inout Set<String>) {
        if let object = node.object {
            for key in object.keys {
                let child = path + member(key)
                used.insert(child)
                if let value = object.entries[key] { collect(value, path: child, into: &used) }
            }
        } else if let items = node.array {
            used.insert(path + "[*]")
            for item in items { collect(item, path: path + "[*]", into: &used) }
        }
    }
}

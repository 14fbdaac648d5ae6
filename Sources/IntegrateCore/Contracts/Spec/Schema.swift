/// A read view over one JSON Schema node with `$ref`s followed lazily through the `RefResolver`.
///
/// Covers OpenAPI 2.0/3.0 (`nullable`, boolean `exclusiveMaximum`) and 3.1 (type arrays, `const`,
/// numeric `exclusiveMaximum`). `refKey` names the last `$ref` followed so traversals can stop on
/// cycles.
public struct Schema: Sendable {
    public let node: SpecNode
    public let file: String
    /// `file#pointer` of the `$ref` this schema was reached through, if any.
    public let refKey: String?
    /// Whether a `$ref` could not be resolved (the view is then empty).
    public let unresolvedRef: String?
    let resolver: RefResolver

    public init(node: SpecNode, file: String, resolver: RefResolver) {
        var current = node
        var currentFile = file
        var key: String?
        var missing: String?
        var hops = 0
        while let ref = current["$ref"]?.string, hops < RefResolver.maxChain {
            hops += 1
            guard let target = resolver.resolve(ref, from: currentFile) else {
                missing = ref
                current = SpecNode(.object(SpecObject()), line: current.line)
                break
            }
            current = target.node
            currentFile = target.file
            key = target.key
        }
        self.node = current
        self.file = currentFile
        self.refKey = key
        self.unresolvedRef = missing
        self.resolver = resolver
    }

    func child(_ node: SpecNode) -> Schema { Schema(node: node, file: file, resolver: resolver) }

    /// Short name of the referenced component (`Pet` for `#/components/schemas/Pet`).
    public var refName: String? { refKey.flatMap { $0.split(separator: "/").last.map(String.init) } }

    /// Declared types without `null` (`["string"]`, `["integer","string"]`), sorted.
    public var types: [String] {
        if let single = node["type"]?.string { return single == "null" ? [] : [single] }
        if let list = node["type"]?.array { return list.compactMap(\.string).filter { $0 != "null" }.sorted() }
        return []
    }

    public var typeText: String { types.isEmpty ? "" : types.joined(separator: "/") }

    /// `nullable: true` (3.0), `x-nullable` (2.0) or `null` in a 3.1 type array.
    public var nullable: Bool {
        if node["nullable"]?.bool == true || node["x-nullable"]?.bool == true { return true }
        if let list = node["type"]?.array { return list.contains { $0.string == "null" } }
        if node["type"]?.string == "null" { return true }
        return false
    }

    public var format: String? { node["format"]?.string }
    public var pattern: String? { node["pattern"]?.string }
    public var enumValues: [SpecNode]? { node["enum"]?.array }
    public var constValue: SpecNode? { node["const"] }
    /// `enum` plus `const` as a one-value enum (3.1).
    public var allowedValues: [SpecNode]? { enumValues ?? constValue.map { [$0] } }
    public var defaultValue: SpecNode? { node["default"] }
    public var readOnly: Bool { node["readOnly"]?.bool == true }
    public var writeOnly: Bool { node["writeOnly"]?.bool == true }
    public var deprecated: Bool { node["deprecated"]?.bool == true }
    public var required: [String] { node["required"]?.array?.compactMap(\.string) ?? [] }

    public var properties: [(name: String, schema: Schema)] {
        node["properties"]?.pairs.map { ($0.key, child($0.node)) } ?? []
    }

    public func property(_ name: String) -> Schema? { node["properties"]?[name].map(child) }

    public var items: Schema? {
        guard let items = node["items"], items.object != nil else { return nil }
        return child(items)
    }

    /// `additionalProperties` when it is a schema (not a boolean).
    public var additionalProperties: Schema? {
        guard let value = node["additionalProperties"], value.object != nil else { return nil }
        return child(value)
    }

    public var allOf: [Schema] { node["allOf"]?.array?.map(child) ?? [] }
    public var oneOf: [Schema] { node["oneOf"]?.array?.map(child) ?? [] }
    public var anyOf: [Schema] { node["anyOf"]?.array?.map(child) ?? [] }
    /// The schema under `not`, if any.
    public var not: Schema? { node["not"].map(child) }

    public func number(_ key: String) -> Double? { node[key]?.number }

    /// 3.0 `exclusiveMaximum: true` with `maximum`, or 3.1 numeric `exclusiveMaximum`.
    public var exclusiveMaximum: Double? {
        if let n = node["exclusiveMaximum"]?.number { return n }
        return node["exclusiveMaximum"]?.bool == true ? number("maximum") : nil
    }

    public var exclusiveMinimum: Double? {
        if let n = node["exclusiveMinimum"]?.number { return n }
        return node["exclusiveMinimum"]?.bool == true ? number("minimum") : nil
    }

    public var maximum: Double? { node["exclusiveMaximum"]?.bool == true ? nil : number("maximum") }
    public var minimum: Double? { node["exclusiveMinimum"]?.bool == true ? nil : number("minimum") }

    /// Whether the schema says nothing (`{}`): any value is accepted.
    public var isEmpty: Bool { node.object?.keys.isEmpty ?? true }
}

/// One node of a loaded spec document: a JSON-like value plus the 1-based line it starts on.
///
/// Specs are read with Yams (JSON is YAML) and converted once into this tree, whose mappings
/// keep key order and give O(1) lookup; every later step (model, diff, lint) reads it.
public struct SpecNode: Sendable, Hashable {
    public var value: SpecValue
    public var line: Int

    public init(_ value: SpecValue, line: Int = 0) {
        self.value = value
        self.line = line
    }

    public subscript(key: String) -> SpecNode? {
        if case .object(let object) = value { return object.entries[key] }
        return nil
    }

    public var object: SpecObject? { if case .object(let o) = value { return o } else { return nil } }
    public var array: [SpecNode]? { if case .array(let a) = value { return a } else { return nil } }
    public var string: String? { if case .string(let s) = value { return s } else { return nil } }
    public var bool: Bool? { if case .bool(let b) = value { return b } else { return nil } }
    public var number: Double? { if case .number(let n, _) = value { return n } else { return nil } }
    public var isNull: Bool { if case .null = value { return true } else { return false } }

    /// Scalars as text (`1`, `true`, `abc`); `nil` for objects and arrays.
    public var scalarText: String? {
        switch value {
        case .string(let s): return s
        case .number(_, let raw): return raw
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .object, .array: return nil
        }
    }

    /// Ordered `(key, node)` pairs of an object; empty for anything else.
    public var pairs: [(key: String, node: SpecNode)] {
        guard let object else { return [] }
        return object.keys.compactMap { key in object.entries[key].map { (key, $0) } }
    }

    /// Compact JSON-like rendering for messages (`["a","b"]`, `{"x":1}`).
    public var compactText: String {
        switch value {
        case .string(let s): return s
        case .number(_, let raw): return raw
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items): return "[" + items.map(\.compactText).joined(separator: ",") + "]"
        case .object(let o):
            return "{" + o.keys.compactMap { k in o.entries[k].map { "\(k):\($0.compactText)" } }.joined(separator: ",") + "}"
        }
    }

    /// Value equality that ignores line numbers and key order.
    public func sameValue(as other: SpecNode) -> Bool { value == other.value }

    public static func == (lhs: SpecNode, rhs: SpecNode) -> Bool { lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// A JSON-like value; numbers keep their source text so `1` and `1.0` print as written.
public indirect enum SpecValue: Sendable, Hashable {
    case object(SpecObject)
    case array([SpecNode])
    case string(String)
    case number(Double, raw: String)
    case bool(Bool)
    case null

    public static func == (lhs: SpecValue, rhs: SpecValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)): return a.entries == b.entries
        case (.array(let a), .array(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.number(let a, _), .number(let b, _)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .object(let o): hasher.combine(0); hasher.combine(o.entries)
        case .array(let a): hasher.combine(1); hasher.combine(a)
        case .string(let s): hasher.combine(2); hasher.combine(s)
        case .number(let n, _): hasher.combine(3); hasher.combine(n)
        case .bool(let b): hasher.combine(4); hasher.combine(b)
        case .null: hasher.combine(5)
        }
    }
}

/// An ordered mapping: `keys` in document order, `entries` for lookup.
public struct SpecObject: Sendable, Hashable {
    public var keys: [String]
    public var entries: [String: SpecNode]

    public init(keys: [String] = [], entries: [String: SpecNode] = [:]) {
        self.keys = keys
        self.entries = entries
    }
}

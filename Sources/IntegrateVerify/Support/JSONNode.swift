import Foundation
import IntegrateCore

/// JSON text to and from `SpecNode`, for request bodies sent and response bodies checked.
enum JSONNode {
    /// Parses a JSON body; `nil` when it is not JSON. Nesting deeper than `maxDepth` is refused.
    static func parse(_ data: Data, maxDepth: Int = 128) -> SpecNode? {
        guard let decoded = try? JSONDecoder().decode(Decoded.self, from: data), decoded.depth <= maxDepth else { return nil }
        return decoded.node
    }

    /// A JSON value decoded without Foundation's `Any` (booleans stay booleans on every platform).
    private struct Decoded: Decodable {
        var node: SpecNode
        var depth: Int

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            if let keyed = try? decoder.container(keyedBy: Key.self) {
                var object = SpecObject()
                var deepest = 0
                for key in keyed.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                    let child = try keyed.decode(Decoded.self, forKey: key)
                    object.keys.append(key.stringValue)
                    object.entries[key.stringValue] = child.node
                    deepest = max(deepest, child.depth)
                }
                self.node = SpecNode(.object(object))
                self.depth = deepest + 1
                return
            }
            if var unkeyed = try? decoder.unkeyedContainer() {
                var items: [SpecNode] = []
                var deepest = 0
                while !unkeyed.isAtEnd {
                    let child = try unkeyed.decode(Decoded.self)
                    items.append(child.node)
                    deepest = max(deepest, child.depth)
                }
                self.node = SpecNode(.array(items))
                self.depth = deepest + 1
                return
            }
            let single = try decoder.singleValueContainer()
            depth = 0
            if single.decodeNil() { node = SpecNode(.null) }
            else if let bool = try? single.decode(Bool.self) { node = SpecNode(.bool(bool)) }
            else if let number = try? single.decode(Double.self) { node = SpecNode(.number(number, raw: SchemaValidator.format(number))) }
            else { node = SpecNode(.string(try single.decode(String.self))) }
        }
    }

    /// Compact JSON text of a value, keys in document order.
    static func text(_ node: SpecNode) -> String {
        var out = ""
        write(node, into: &out)
        return out
    }

    private static func write(_ node: SpecNode, into out: inout String) {
        switch node.value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n, let raw): out += raw.isEmpty ? SchemaValidator.format(n) : raw
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (index, key) in object.keys.enumerated() {
                if index > 0 { out += "," }
                writeString(key, into: &out)
                out += ":"
                if let child = object.entries[key] { write(child, into: &out) } else { out += "null" }
            }
            out += "}"
        }
    }

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

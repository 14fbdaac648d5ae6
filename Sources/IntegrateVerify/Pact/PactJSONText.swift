import Foundation
import IntegrateCore

extension SpecNode {
    /// The node as JSON text, for a replayed request body (numbers keep their written form).
    var pactJSONText: String {
        switch value {
        case .string(let s): return Self.quoted(s)
        case .number(_, let raw): return raw
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items): return "[" + items.map(\.pactJSONText).joined(separator: ",") + "]"
        case .object(let o):
            return "{" + o.keys.compactMap { k in o.entries[k].map { Self.quoted(k) + ":" + $0.pactJSONText } }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
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
        return out + "\""
    }
}

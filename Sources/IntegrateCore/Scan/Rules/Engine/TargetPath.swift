import Foundation

/// Pulls the literal path out of a URL expression as written: `"http://orders:8080/orders?x=1"`
/// gives `/orders`, `f"{INVENTORY_URL}/stock/{sku}"` gives `/stock/{sku}`,
/// `process.env.ORDERS_URL + '/orders'` gives `/orders`.
enum TargetPath {
    static func of(_ target: String) -> String? {
        for literal in literals(in: target) {
            var text = Substring(literal)
            if let scheme = text.range(of: "://") {
                text = text[scheme.upperBound...]
                guard let slash = text.firstIndex(of: "/") else { continue }
                text = text[slash...]
            } else if text.hasPrefix("${") || text.hasPrefix("{") || text.hasPrefix("#{") {
                guard let close = text.firstIndex(of: "}") else { continue }
                text = text[text.index(after: close)...]
            } else if text.hasPrefix("\\(") {
                guard let close = text.firstIndex(of: ")") else { continue }
                text = text[text.index(after: close)...]
            } else if text.hasPrefix("$"), let end = text.dropFirst().firstIndex(where: { !($0.isLetter || $0.isNumber || $0 == "_") }) {
                text = text[end...]
            }
            guard text.hasPrefix("/"), !text.hasPrefix("//") else { continue }
            if let query = text.firstIndex(of: "?") { text = text[..<query] }
            return String(text)
        }
        return nil
    }

    /// The contents of the quoted literals in `text`, in order.
    static func literals(in text: String) -> [String] {
        var result: [String] = []
        var current: String?
        var quote: Character = "\""
        var escaped = false
        for character in text {
            if var open = current {
                if escaped { open.append(character); escaped = false; current = open; continue }
                if character == "\\" { escaped = true; open.append(character); current = open; continue }
                if character == quote { result.append(open); current = nil; continue }
                open.append(character)
                current = open
            } else if character == "\"" || character == "'" || character == "`" {
                quote = character
                current = ""
            }
        }
        return result
    }
}

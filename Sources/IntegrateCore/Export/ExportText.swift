/// Quoting for the text formats the exporters write.
enum ExportText {
    /// A YAML double-quoted scalar: backslash, quote and control characters escaped.
    static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A double-quoted DSL string (Structurizr, Mermaid): quotes become `'`, line breaks spaces.
    static func dsl(_ text: String) -> String {
        let cleaned = text.map { character -> String in
            switch character {
            case "\"": "'"
            case "\n", "\r", "\t": " "
            default: String(character)
            }
        }.joined()
        return "\"" + cleaned + "\""
    }
}

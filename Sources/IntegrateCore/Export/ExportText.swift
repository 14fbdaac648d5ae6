/// Quoting for the text formats the exporters write.
enum ExportText {
    /// A YAML double-quoted scalar (the one YAML quoting of the project, `YAMLText.quoted`).
    static func yaml(_ text: String) -> String { YAMLText.quoted(text) }

    /// A double-quoted DSL string (Structurizr, Mermaid): quotes become `'`, line breaks spaces.
    static func dsl(_ text: String) -> String {
        // Most names need nothing replaced: checked on bytes, as a merged landscape quotes
        // hundreds of thousands of them.
        let special = { (byte: UInt8) in byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t") }
        guard text.utf8.contains(where: special) else { return "\"" + text + "\"" }
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

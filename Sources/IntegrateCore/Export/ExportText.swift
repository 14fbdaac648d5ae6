/// Quoting for the text formats the exporters write.
enum ExportText {
    /// A YAML double-quoted scalar (the one YAML quoting of the project, `YAMLText.quoted`).
    static func yaml(_ text: String) -> String { YAMLText.quoted(text) }

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

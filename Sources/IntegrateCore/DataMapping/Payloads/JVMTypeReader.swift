import Foundation

/// Reads Java and Kotlin payload types as Jackson (or kotlinx.serialization) binds them:
/// Java classes (instance fields) and records (components), Kotlin classes (constructor and body
/// `val`/`var`). `@JsonProperty("x")`/`@SerialName("x")` give the wire name, `@JsonIgnore` and
/// `static`/`transient` fields are left out. A field is optional when it is `Optional<T>`,
/// `@Nullable`, Kotlin `T?` or has a Kotlin default value.
struct JVMTypeReader {
    let path: String

    nonisolated(unsafe) static let typeLine = #/(?:^|\s)(?:class|record)\s+(?<name>[A-Z]\w*)/#
    nonisolated(unsafe) static let javaField = #/^\s*(?:(?:private|protected|public|final)\s+)*(?<type>[A-Za-z][\w.]*(?:<[^;=()]*>)?(?:\[\])?)\s+(?<name>[a-z]\w*)\s*(?:=[^;]*)?;/#
    nonisolated(unsafe) static let javaComponent = #/(?<type>[A-Za-z][\w.]*(?:<.*>)?(?:\[\])?)\s+(?<name>[a-z]\w*)\s*$/#
    nonisolated(unsafe) static let kotlinProperty = #/(?:val|var)\s+(?<name>\w+)\s*:\s*(?<type>[^=]+?)\s*(?:=\s*(?<value>.+))?$/#
    static let wrappers: Set<String> = ["Optional", "List", "Set", "Collection", "Iterable", "Array", "MutableList"]

    var kotlin: Bool { path.hasSuffix(".kt") }

    func read(_ lines: [String]) -> [DataShape] {
        lines.enumerated().compactMap { index, line in
            let code = line.trimmingCharacters(in: .whitespaces)
            guard !code.hasPrefix("//"), !code.hasPrefix("*"), let match = line.firstMatch(of: Self.typeLine) else { return nil }
            var fields = CodeFieldText.parameterItems(lines, from: index).compactMap { number, text in field(text, line: number, body: false) }
            var annotations = ""
            for (number, text) in CodeTypeReader.body(lines, from: index) {
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("@") && !trimmed.contains(";") && !trimmed.contains("val ") && !trimmed.contains("var ") { annotations += " " + trimmed; continue }
                if let found = field(annotations + " " + text, line: number, body: true) { fields.append(found) }
                annotations = ""
            }
            return DataShape(name: String(match.output.name), fields: fields, location: Evidence(path: path, line: index + 1, snippet: code))
        }
    }

    private func field(_ text: String, line: Int, body: Bool) -> DataField? {
        let code = text.trimmingCharacters(in: .whitespaces)
        guard !code.contains("JsonIgnore"), !code.contains("static "), !code.contains("transient ") else { return nil }
        let declared: (name: String, type: String, optional: Bool)
        if kotlin {
            guard let match = code.firstMatch(of: Self.kotlinProperty) else { return nil }
            let type = String(match.output.type)
            declared = (String(match.output.name), type, type.hasSuffix("?") || match.output.value != nil)
        } else if body {
            guard let match = Self.stripAnnotations(code).firstMatch(of: Self.javaField) else { return nil }
            declared = (String(match.output.name), String(match.output.type), false)
        } else {
            guard let match = Self.stripAnnotations(code).firstMatch(of: Self.javaComponent) else { return nil }
            declared = (String(match.output.name), String(match.output.type), false)
        }
        let optional = declared.optional || declared.type.hasPrefix("Optional<") || code.contains("@Nullable")
        let bare = declared.type.trimmingCharacters(in: CharacterSet(charactersIn: "? "))
        let kind = declared.type.hasPrefix("Optional<") ? Self.kind(CodeFieldText.unwrapped(bare, wrappers: ["Optional"])) : Self.kind(bare)
        return DataField(name: CodeFieldText.renamed(code) ?? declared.name, type: declared.type, kind: kind, required: !optional,
                         reference: CodeFieldText.reference(CodeFieldText.unwrapped(bare, wrappers: Self.wrappers), kind: Self.kind),
                         location: Evidence(path: path, line: line + 1, snippet: code), codeName: declared.name)
    }

    /// The declaration without its annotations (`@JsonProperty("a") @NotNull String a` -> `String a`).
    static func stripAnnotations(_ text: String) -> String {
        text.replacing(#/@[\w.]+(?:\([^)]*\))?\s*/#, with: "").trimmingCharacters(in: .whitespaces)
    }

    static func kind(_ type: String) -> ValueKind {
        if type.hasSuffix("[]") { return .array }
        let head = type.split(separator: "<").first.map(String.init) ?? type
        switch head {
        case "String", "UUID", "Instant", "LocalDate", "LocalDateTime", "OffsetDateTime", "ZonedDateTime", "URI", "Char", "char": return .string
        case "int", "Integer", "long", "Long", "short", "Short", "Int", "BigInteger", "byte", "Byte": return .integer
        case "double", "Double", "float", "Float", "BigDecimal", "Number": return .number
        case "boolean", "Boolean": return .boolean
        case "List", "Set", "Collection", "Iterable", "Array", "MutableList", "ArrayList": return .array
        case "Map", "HashMap", "MutableMap", "JsonNode", "ObjectNode": return .object
        case "Object", "Any": return .any
        case "Optional": return kind(CodeFieldText.unwrapped(type, wrappers: ["Optional"]))
        default: return .object
        }
    }
}

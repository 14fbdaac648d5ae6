import Foundation

/// Reads C# payload types as System.Text.Json or Newtonsoft bind them: classes and records with
/// auto-properties (`public T Name { get; set; }`) and positional record parameters.
/// `[JsonPropertyName("x")]` / `[JsonProperty("x")]` give the wire name, `[JsonIgnore]` leaves a
/// property out. A property is optional when its type is nullable (`T?`) unless marked `required`
/// or `[JsonRequired]`.
struct CSharpTypeReader {
    let path: String

    nonisolated(unsafe) static let typeLine = #/(?:^|\s)(?:class|record|struct)\s+(?<name>[A-Z]\w*)/#
    nonisolated(unsafe) static let property = #/^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|internal|required|virtual|override|init)\s+)+(?<type>[\w.]+(?:<[^{]*>)?(?:\[\])?\??)\s+(?<name>[A-Z]\w*)\s*\{\s*get/#
    nonisolated(unsafe) static let parameter = #/^\s*(?:\[[^\]]*\]\s*)*(?<type>[\w.]+(?:<.*>)?(?:\[\])?\??)\s+(?<name>[A-Z]\w*)\s*(?:=.*)?$/#
    static let wrappers: Set<String> = ["List", "IList", "IEnumerable", "ICollection", "IReadOnlyList", "Nullable"]

    func read(_ lines: [String]) -> [DataShape] {
        lines.enumerated().compactMap { index, line in
            let code = line.trimmingCharacters(in: .whitespaces)
            guard !code.hasPrefix("//"), let match = line.firstMatch(of: Self.typeLine) else { return nil }
            var fields = CodeFieldText.parameterItems(lines, from: index).compactMap { number, text in
                text.firstMatch(of: Self.parameter).flatMap { field(text, String($0.output.type), String($0.output.name), line: number) }
            }
            var attributes = ""
            for (number, text) in CodeTypeReader.body(lines, from: index) {
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") { attributes += " " + trimmed; continue }
                if let found = text.firstMatch(of: Self.property) {
                    if let made = field(attributes + " " + text, String(found.output.type), String(found.output.name), line: number) { fields.append(made) }
                }
                attributes = ""
            }
            return DataShape(name: String(match.output.name), fields: fields, location: Evidence(path: path, line: index + 1, snippet: code))
        }
    }

    private func field(_ text: String, _ type: String, _ name: String, line: Int) -> DataField? {
        guard !text.contains("JsonIgnore") else { return nil }
        let forced = text.contains("required ") || text.contains("JsonRequired") || text.contains("Required.Always")
        let bare = CodeFieldText.unwrapped(type.trimmingCharacters(in: CharacterSet(charactersIn: "?")), wrappers: ["Nullable"])
        return DataField(name: CodeFieldText.renamed(text) ?? name, type: type, kind: Self.kind(bare), required: forced || !type.hasSuffix("?"),
                         reference: CodeFieldText.reference(CodeFieldText.unwrapped(bare, wrappers: Self.wrappers), kind: Self.kind),
                         location: Evidence(path: path, line: line + 1, snippet: text.trimmingCharacters(in: .whitespaces)), codeName: name)
    }

    static func kind(_ type: String) -> ValueKind {
        if type.hasSuffix("[]") { return .array }
        let head = type.split(separator: "<").first.map(String.init) ?? type
        switch head {
        case "string", "String", "Guid", "DateTime", "DateTimeOffset", "DateOnly", "Uri", "char": return .string
        case "int", "long", "short", "byte", "uint", "ulong", "Int32", "Int64": return .integer
        case "double", "float", "decimal", "Double", "Decimal": return .number
        case "bool", "Boolean": return .boolean
        case "List", "IList", "IEnumerable", "ICollection", "IReadOnlyList", "HashSet": return .array
        case "Dictionary", "IDictionary", "JsonElement", "JObject": return .object
        case "object", "dynamic": return .any
        default: return .object
        }
    }
}

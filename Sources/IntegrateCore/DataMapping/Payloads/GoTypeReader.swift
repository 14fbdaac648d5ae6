import Foundation

/// Reads Go structs as `encoding/json` decodes them: the wire name is the `json:"…"` tag's name
/// (else the field name, matched case-insensitively), `json:"-"` and unexported fields are never
/// decoded, and a field tagged `omitempty` or of pointer type is optional.
struct GoTypeReader {
    let path: String

    nonisolated(unsafe) static let structType = #/^\s*type\s+(?<name>[A-Z]\w*)\s+struct\s*\{/#
    nonisolated(unsafe) static let field = #/^\s*(?<name>[A-Z]\w*)\s+(?<type>[^\s`]+)\s*(?:`(?<tag>[^`]*)`)?/#
    nonisolated(unsafe) static let jsonTag = #/json:"(?<value>[^"]*)"/#

    func read(_ lines: [String]) -> [DataShape] {
        lines.enumerated().compactMap { index, line in
            guard let match = line.firstMatch(of: Self.structType) else { return nil }
            let fields = CodeTypeReader.body(lines, from: index).compactMap { number, text in field(text, line: number) }
            return DataShape(name: String(match.output.name), fields: fields,
                             location: Evidence(path: path, line: index + 1, snippet: line.trimmingCharacters(in: .whitespaces)))
        }
    }

    private func field(_ text: String, line: Int) -> DataField? {
        guard let match = text.firstMatch(of: Self.field) else { return nil }
        let tag = match.output.tag.flatMap { $0.firstMatch(of: Self.jsonTag) }.map { String($0.output.value) }
        let options = tag?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) ?? []
        let tagName = options.first ?? ""
        if tagName == "-" && options.count == 1 { return nil }
        let type = String(match.output.type)
        let optional = type.hasPrefix("*") || options.dropFirst().contains("omitempty")
        let bare = type.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
        return DataField(name: tagName.isEmpty ? String(match.output.name) : tagName, type: type, kind: Self.kind(bare), required: !optional,
                         reference: CodeFieldText.reference(bare.replacingOccurrences(of: "[]", with: ""), kind: Self.kind),
                         location: Evidence(path: path, line: line + 1, snippet: text.trimmingCharacters(in: .whitespaces)), codeName: String(match.output.name))
    }

    static func kind(_ type: String) -> ValueKind {
        if type == "[]byte" { return .string }
        if type.hasPrefix("[]") { return .array }
        if type.hasPrefix("map[") { return .object }
        switch type {
        case "string", "time.Time", "uuid.UUID": return .string
        case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64": return .integer
        case "float32", "float64", "json.Number": return .number
        case "bool": return .boolean
        case "interface{}", "any", "json.RawMessage": return .any
        default: return .object
        }
    }
}

import Foundation

/// Reads the types a consumer decodes payloads into, from source text:
/// - Swift: `struct`/`class` conforming to `Codable`, `Decodable` or Vapor's `Content`
///   (`let`/`var` stored properties; `T?` is optional; `CodingKeys` raw values rename);
/// - TypeScript: `interface X { … }` and `type X = { … }` (`a?:` or `| undefined`/`| null` is optional);
/// - Python, Go, Java/Kotlin and C# through `PythonTypeReader`, `GoTypeReader`, `JVMTypeReader` and
///   `CSharpTypeReader`.
struct CodeTypeReader {
    let path: String

    nonisolated(unsafe) static let swiftType = #/(?:struct|class)\s+(?<name>[A-Z]\w*)\s*:\s*(?<conformances>[^{]*)\{/#
    nonisolated(unsafe) static let swiftProperty = #/^\s*(?:public\s+|internal\s+)?(?:let|var)\s+(?<name>\w+)\s*:\s*(?<type>[^=\n{]+)/#
    nonisolated(unsafe) static let swiftKey = #/case\s+(?<name>\w+)\s*=\s*"(?<wire>[^"]+)"/#
    nonisolated(unsafe) static let tsType = #/(?:interface\s+(?<iname>[A-Z]\w*)[^{]*|type\s+(?<tname>[A-Z]\w*)\s*=\s*)\{/#
    nonisolated(unsafe) static let tsProperty = #/^\s*(?:readonly\s+)?(?<name>["']?[\w-]+["']?)(?<optional>\?)?\s*:\s*(?<type>[^;,\n]+)/#

    /// The file extensions whose types are read.
    static let extensions = [".swift", ".ts", ".tsx", ".py", ".go", ".java", ".kt", ".cs"]

    /// Whether a file at `path` is one whose types are read.
    static func reads(_ path: String) -> Bool { extensions.contains { path.hasSuffix($0) } }

    func read(_ text: String) -> [DataShape] {
        let lines = text.components(separatedBy: "\n")
        if path.hasSuffix(".swift") { return swift(lines) }
        if path.hasSuffix(".ts") || path.hasSuffix(".tsx") { return typeScript(lines) }
        if path.hasSuffix(".py") { return PythonTypeReader(path: path).read(lines) }
        if path.hasSuffix(".go") { return GoTypeReader(path: path).read(lines) }
        if path.hasSuffix(".java") || path.hasSuffix(".kt") { return JVMTypeReader(path: path).read(lines) }
        if path.hasSuffix(".cs") { return CSharpTypeReader(path: path).read(lines) }
        return []
    }

    /// The body lines of a `{ … }` block opened on line `start`, with their 0-based indices; none
    /// when the declaration ends (`;`) before a `{` opens (`record Order(string Id);`).
    static func body(_ lines: [String], from start: Int) -> [(Int, String)] {
        // The declaration runs to the end of its parameter list (a record's or Kotlin class's);
        // a `{` on the line after it still opens its body (C# braces on their own line).
        let end = CodeFieldText.parameters(lines, from: start)?.last?.0 ?? start
        let opener = lines[start...end].lazy.joined(separator: "\n").first { $0 == "{" || $0 == ";" }
        let nextOpens = end + 1 < lines.count && lines[end + 1].trimmingCharacters(in: .whitespaces).hasPrefix("{")
        guard opener == "{" || (opener == nil && nextOpens) else { return [] }
        // `interface X { a: string; b?: number }` on one line: its members, split at `;`.
        let first = lines[start]
        if let open = first.firstIndex(of: "{"), let close = first.lastIndex(of: "}"), open < close {
            return first[first.index(after: open)..<close].split(separator: ";").map { (start, String($0)) }
        }
        var depth = 0
        var result: [(Int, String)] = []
        for index in start..<lines.count {
            let line = lines[index]
            if index > start && depth == 1 { result.append((index, line)) }
            depth += line.filter { $0 == "{" }.count - line.filter { $0 == "}" }.count
            if depth <= 0 && index >= start && line.contains("}") { break }
        }
        return result
    }

    private func swift(_ lines: [String]) -> [DataShape] {
        var shapes: [DataShape] = []
        for (index, line) in lines.enumerated() {
            guard let match = line.firstMatch(of: Self.swiftType) else { continue }
            let conformances = String(match.output.conformances)
            guard ["Codable", "Decodable", "Content"].contains(where: conformances.contains) else { continue }
            var keys: [String: String] = [:]
            let inner = Self.body(lines, from: index)
            for (_, text) in inner { if let key = text.firstMatch(of: Self.swiftKey) { keys[String(key.output.name)] = String(key.output.wire) } }
            var fields: [DataField] = []
            for (number, text) in inner where !text.contains("static ") && !text.contains("{") {
                guard let property = text.firstMatch(of: Self.swiftProperty) else { continue }
                let name = String(property.output.name)
                let type = property.output.type.trimmingCharacters(in: .whitespaces)
                let optional = type.hasSuffix("?")
                let bare = type.trimmingCharacters(in: CharacterSet(charactersIn: "?! "))
                fields.append(DataField(name: keys[name] ?? name, type: type, kind: Self.swiftKind(bare), required: !optional,
                                        reference: Self.reference(bare), location: Evidence(path: path, line: number + 1, snippet: text.trimmingCharacters(in: .whitespaces)), codeName: name))
            }
            shapes.append(DataShape(name: String(match.output.name), fields: fields, location: Evidence(path: path, line: index + 1, snippet: line.trimmingCharacters(in: .whitespaces))))
        }
        return shapes
    }

    private func typeScript(_ lines: [String]) -> [DataShape] {
        var shapes: [DataShape] = []
        for (index, line) in lines.enumerated() {
            guard let match = line.firstMatch(of: Self.tsType), let name = match.output.iname ?? match.output.tname else { continue }
            var fields: [DataField] = []
            for (number, text) in Self.body(lines, from: index) {
                guard let property = text.firstMatch(of: Self.tsProperty) else { continue }
                let wire = property.output.name.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                let type = property.output.type.trimmingCharacters(in: .whitespaces)
                let parts = type.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                let optional = property.output.optional != nil || parts.contains("undefined") || parts.contains("null")
                let kept = parts.filter { $0 != "undefined" && $0 != "null" }
                let literals = kept.filter { $0.hasPrefix("\"") || $0.hasPrefix("'") }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
                let bare = kept.count == 1 ? kept[0] : literals.count == kept.count && !kept.isEmpty ? "string" : "any"
                fields.append(DataField(name: wire, type: type, kind: Self.typeScriptKind(bare), required: !optional, enumValues: literals,
                                        reference: Self.reference(bare), location: Evidence(path: path, line: number + 1, snippet: text.trimmingCharacters(in: .whitespaces))))
            }
            shapes.append(DataShape(name: String(name), fields: fields, location: Evidence(path: path, line: index + 1, snippet: line.trimmingCharacters(in: .whitespaces))))
        }
        return shapes
    }

    static func swiftKind(_ type: String) -> ValueKind {
        if type.hasPrefix("[") { return type.contains(":") ? .object : .array }
        switch type {
        case "String", "UUID", "Date", "URL": return .string
        case "Int", "Int32", "Int64", "UInt", "Int16", "UInt32", "UInt64": return .integer
        case "Double", "Float", "Decimal", "CGFloat": return .number
        case "Bool": return .boolean
        default: return .object
        }
    }

    static func typeScriptKind(_ type: String) -> ValueKind {
        if type.hasSuffix("[]") || type.hasPrefix("Array<") { return .array }
        switch type {
        case "string", "Date": return .string
        case "number", "bigint": return .number
        case "boolean": return .boolean
        case "any", "unknown": return .any
        default: return .object
        }
    }

    /// The named type a field refers to: `Item` in `[Item]`, `Item[]`, `Item`.
    static func reference(_ type: String) -> String? {
        let inner = type.replacingOccurrences(of: "[]", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        guard let first = inner.first, first.isUppercase, swiftKind(inner) == .object, !["Date", "String", "URL", "UUID"].contains(inner) else { return nil }
        return inner
    }
}

import Foundation

/// Reads Python payload types: `@dataclass` classes, Pydantic models (`BaseModel`, `Field(alias=…)`)
/// and `TypedDict`s. A field is optional when its type admits `None` (`Optional[T]`, `T | None`),
/// it has a default, it is `NotRequired[T]`, or its `TypedDict` is `total=False` (unless `Required[T]`).
struct PythonTypeReader {
    let path: String

    nonisolated(unsafe) static let classLine = #/^(?<indent>\s*)class\s+(?<name>[A-Z]\w*)\s*(?:\((?<bases>[^)]*)\))?\s*:/#
    nonisolated(unsafe) static let field = #/^(?<indent>\s+)(?<name>[A-Za-z_]\w*)\s*:\s*(?<type>[^=#]+?)\s*(?:=\s*(?<value>[^#]+?))?\s*(?:#.*)?$/#
    static let modelBases = ["BaseModel", "TypedDict", "Schema", "SQLModel"]
    static let wrappers: Set<String> = ["Optional", "NotRequired", "Required", "Annotated", "Final"]

    func read(_ lines: [String]) -> [DataShape] {
        lines.enumerated().compactMap { index, line in
            guard let match = line.firstMatch(of: Self.classLine) else { return nil }
            let bases = match.output.bases.map(String.init) ?? ""
            let decorated = (max(0, index - 3)..<index).contains { lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix("@dataclass") }
            guard decorated || Self.modelBases.contains(where: bases.contains) else { return nil }
            let partial = bases.contains("TypedDict") && bases.replacingOccurrences(of: " ", with: "").contains("total=False")
            let fields = body(lines, after: index, indent: match.output.indent.count).compactMap { number, text in field(text, line: number, partial: partial) }
            return DataShape(name: String(match.output.name), fields: fields,
                             location: Evidence(path: path, line: index + 1, snippet: line.trimmingCharacters(in: .whitespaces)))
        }
    }

    /// The lines of the class body at its first indentation level (methods' bodies left out).
    private func body(_ lines: [String], after start: Int, indent: Int) -> [(Int, String)] {
        var result: [(Int, String)] = []
        var level: Int?
        for index in (start + 1)..<lines.count {
            let line = lines[index]
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let depth = line.prefix { $0 == " " || $0 == "\t" }.count
            if depth <= indent { break }
            if level == nil { level = depth }
            if depth == level { result.append((index, line)) }
        }
        return result
    }

    private func field(_ text: String, line: Int, partial: Bool) -> DataField? {
        guard let match = text.firstMatch(of: Self.field) else { return nil }
        let type = String(match.output.type)
        guard !type.hasPrefix("ClassVar") else { return nil }
        let value = match.output.value.map(String.init)
        let compact = type.replacingOccurrences(of: " ", with: "")
        let admitsNone = compact.hasPrefix("Optional[") || compact.contains("|None") || compact.hasPrefix("None|")
        let hasDefault = value.map { !($0.hasPrefix("Field(...") || $0 == "Field()" || ($0.hasPrefix("Field(") && !$0.contains("default"))) } ?? false
        let optional = admitsNone || hasDefault || compact.hasPrefix("NotRequired[") || (partial && !compact.hasPrefix("Required["))
        let bare = Self.bare(type)
        let literals = Self.literalValues(bare)
        return DataField(name: value.flatMap(CodeFieldText.renamed) ?? String(match.output.name), type: type,
                         kind: literals.isEmpty ? Self.kind(bare) : .string, required: !optional, enumValues: literals,
                         reference: CodeFieldText.reference(CodeFieldText.unwrapped(bare, wrappers: ["list", "List", "Sequence"]), kind: Self.kind),
                         location: Evidence(path: path, line: line + 1, snippet: text.trimmingCharacters(in: .whitespaces)), codeName: String(match.output.name))
    }

    /// `T` for `Optional[T]`, `T | None`, `NotRequired[T]`, `Annotated[T, …]`.
    static func bare(_ type: String) -> String {
        var current = type.trimmingCharacters(in: .whitespaces)
        let parts = current.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0 != "None" }
        if parts.count == 1 { current = parts[0] }
        while let open = current.firstIndex(of: "["), current.hasSuffix("]"), wrappers.contains(String(current[..<open])) {
            let inner = current[current.index(after: open)..<current.index(before: current.endIndex)]
            current = String(current.hasPrefix("Annotated[") ? (inner.split(separator: ",").first ?? inner) : inner)
                .trimmingCharacters(in: .whitespaces)
        }
        return current
    }

    /// The values of `Literal["a", "b"]`.
    static func literalValues(_ type: String) -> [String] {
        guard type.hasPrefix("Literal[") else { return [] }
        return type.matches(of: #/["'](?<value>[^"']*)["']/#).map { String($0.output.value) }
    }

    static func kind(_ type: String) -> ValueKind {
        let head = type.split(separator: "[").first.map(String.init) ?? type
        switch head {
        case "str", "datetime", "date", "UUID", "EmailStr", "HttpUrl", "AnyUrl", "bytes": return .string
        case "int", "conint": return .integer
        case "float", "Decimal", "confloat": return .number
        case "bool": return .boolean
        case "list", "List", "Sequence", "tuple", "Tuple", "set", "Set": return .array
        case "dict", "Dict", "Mapping": return .object
        case "Any", "object": return .any
        default: return .object
        }
    }
}

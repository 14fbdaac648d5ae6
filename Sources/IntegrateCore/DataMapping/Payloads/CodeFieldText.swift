import Foundation

/// Text helpers the per-language type readers share: the wire name in a rename annotation,
/// generic wrappers peeled off a declared type, the named type a field refers to, and the
/// `{ … }` body of a declaration.
enum CodeFieldText {
    nonisolated(unsafe) static let quoted = #/"(?<value>[^"]*)"/#

    /// The first string literal after `marker` on `text`: `total_cents` for marker
    /// `JsonProperty(` in `@JsonProperty("total_cents")`, or for `alias=` in `Field(alias="x")`.
    static func literal(after marker: String, in text: String) -> String? {
        guard let start = text.range(of: marker) else { return nil }
        return text[start.upperBound...].firstMatch(of: quoted).map { String($0.output.value) }
    }

    /// The wire name a Jackson, System.Text.Json, Newtonsoft, kotlinx (`@SerialName`) or Pydantic (`alias=`) annotation gives.
    static func renamed(_ text: String) -> String? {
        for marker in ["JsonPropertyName(", "JsonProperty(PropertyName", "JsonProperty(value", "JsonProperty(", "SerialName(", "alias="] {
            if let name = literal(after: marker, in: text), !name.isEmpty { return name }
        }
        return nil
    }

    /// `Item` for `Optional<Item>`, `List<Item>`, `Optional[Item]`, `list[Item]`, `*Item`: the
    /// innermost type argument when `wrappers` names the outer type.
    static func unwrapped(_ type: String, wrappers: Set<String>) -> String {
        var current = type.trimmingCharacters(in: .whitespaces)
        while let open = current.firstIndex(where: { $0 == "<" || $0 == "[" }), current.last == ">" || current.last == "]",
              wrappers.contains(String(current[..<open]).trimmingCharacters(in: .whitespaces)) {
            let inner = current[current.index(after: open)..<current.index(before: current.endIndex)]
            current = String(inner.split(separator: ",").last ?? inner).trimmingCharacters(in: .whitespaces)
        }
        return current
    }

    /// The named type a field refers to: an uppercase name whose kind is `object`, else `nil`.
    static func reference(_ bare: String, kind: (String) -> ValueKind) -> String? {
        let name = bare.trimmingCharacters(in: CharacterSet(charactersIn: "*[]? "))
        guard let first = name.first, first.isUppercase, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), kind(name) == .object else { return nil }
        return name
    }

    /// The text of the parameter list opened by the first `(` at or after line `start`, up to its
    /// matching `)`, with the 0-based line of each parameter; `nil` when there is none before `{`.
    static func parameters(_ lines: [String], from start: Int) -> [(Int, String)]? {
        var depth = 0
        var began = false
        var result: [(Int, String)] = []
        for index in start..<min(lines.count, start + 60) {
            var current = ""
            for character in lines[index] {
                if !began {
                    if character == "{" || character == ";" { return nil }
                    if character == "(" { began = true; depth = 1 }
                    continue
                }
                if character == "(" { depth += 1 }
                if character == ")" { depth -= 1; if depth == 0 { result.append((index, current)); return result } }
                current.append(character)
            }
            if began { result.append((index, current)) }
        }
        return began ? result : nil
    }

    /// The parameters of `parameters(…)` split at the commas outside `<>`, `()`, `[]` and string
    /// literals, each with the 0-based line it begins on.
    static func parameterItems(_ lines: [String], from start: Int) -> [(Int, String)] {
        guard let parts = parameters(lines, from: start) else { return [] }
        var items: [(Int, String)] = []
        var depth = 0
        var inString = false
        var current = ""
        var line = parts.first?.0 ?? start
        func emit() {
            if !current.trimmingCharacters(in: .whitespaces).isEmpty { items.append((line, current)) }
            current = ""
        }
        for (index, text) in parts {
            for character in text {
                if current.trimmingCharacters(in: .whitespaces).isEmpty { line = index }
                if character == "\"" { inString.toggle() }
                if !inString {
                    if "<([".contains(character) { depth += 1 }
                    if ">)]".contains(character) { depth -= 1 }
                    if character == "," && depth == 0 { emit(); continue }
                }
                current.append(character)
            }
            current.append(" ")
        }
        emit()
        return items
    }
}

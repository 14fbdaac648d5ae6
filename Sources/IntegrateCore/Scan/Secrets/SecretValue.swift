import Foundation

/// What a configuration file gives a secret key: a reference to somewhere else, a placeholder
/// for a person to fill in, or a literal value (a committed secret).
///
/// References: `${VAR}`, `$VAR`, `${VAR:?message}`, Helm's `{{ .Values.x }}`, Spring's
/// `#{…}`. A default (`${VAR:-value}`, `${VAR-value}`, Spring's `${VAR:value}`) is what runs when
/// nobody sets the variable, so it is judged like a literal. Placeholders: empty, `<…>`, `your…`,
/// `xxx`, `***`, `...`, `TODO`, `REPLACE_ME` and the like. A weak but working password
/// (`changeme`, `admin`, `password`, `Pass@word`) is a literal: it is what the service starts with.
enum SecretValue: Equatable {
    case reference
    case placeholder
    case literal

    private static let placeholderWords: Set<String> = [
        "todo", "tbd", "fixme", "replaceme", "replace", "placeholder", "redacted", "none", "null", "nil", "~",
        "notset", "unset", "setme", "fillme", "fillin", "insert", "example",
    ]

    init(_ raw: String) {
        let value = raw.trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("${"), value.hasSuffix("}") {
            let inner = value.dropFirst(2).dropLast()
            if let dash = inner.range(of: ":-") ?? inner.range(of: "-"), !inner[..<dash.lowerBound].contains(":") {
                self = SecretValue(String(inner[dash.upperBound...])).asDefault
            } else if let colon = inner.firstIndex(of: ":"), inner[inner.index(after: colon)...].first != "?" {
                self = SecretValue(String(inner[inner.index(after: colon)...])).asDefault
            } else {
                self = .reference
            }
        } else if value.hasPrefix("$") || value.hasPrefix("{{") || value.hasPrefix("#{") {
            self = .reference
        } else if Self.isPlaceholder(value) {
            self = .placeholder
        } else {
            self = .literal
        }
    }

    /// A default that is empty or a placeholder leaves the variable a plain reference.
    private var asDefault: SecretValue { self == .literal ? .literal : .reference }

    private static func isPlaceholder(_ value: String) -> Bool {
        if value.isEmpty || (value.hasPrefix("<") && value.hasSuffix(">")) { return true }
        let letters = value.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "~" }
        if letters.isEmpty { return true }  // `***`, `...`, `""`
        if placeholderWords.contains(letters) || letters.hasPrefix("your") || letters.hasPrefix("replace") { return true }
        return Set(letters).count == 1 && letters.count >= 3  // `xxx`, `0000`
    }

    /// The value a line gives `key` (`KEY=v`, `KEY: v`, `"Key": "v",`), unquoted and without a
    /// trailing comment; `nil` when the line assigns nothing to it. Nested keys (`spring.datasource.password`,
    /// `Smtp:Password`) are found by their last part, as YAML and JSON write them.
    static func assignedValue(in line: String, key: String) -> String? {
        let last = key.split(whereSeparator: { $0 == "." || $0 == ":" }).last.map(String.init) ?? key
        for name in [key, last] {
            guard let keyRange = line.range(of: name) else { continue }
            var rest = line[keyRange.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
            guard let separator = rest.first, separator == "=" || separator == ":" else { continue }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
            if let quote = rest.first, quote == "\"" || quote == "'" {
                let body = rest.dropFirst()
                return String(body.prefix { $0 != quote })
            }
            let unquoted = rest.prefix { $0 != "#" && $0 != "," }
            return unquoted.trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Whether a config line commits a value for `key`: the file itself holds it.
    static func isCommitted(line: String, key: String) -> Bool {
        guard let value = assignedValue(in: line, key: key) else { return false }
        if value.hasPrefix("{") && !value.hasPrefix("{{") { return false }  // a nested mapping starts here
        return SecretValue(value) == .literal
    }
}

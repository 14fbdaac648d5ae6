import Foundation

/// A dotenv file (`.env`, `.env.example`): `KEY=value` lines, `export` prefixes, quotes and
/// `#` comments understood.
struct EnvFile {
    struct Entry { var key: String; var value: String; var line: Int }

    var entries: [Entry]

    init(text: String) {
        var entries: [Entry] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("export ") { line = String(line.dropFirst(7)) }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || "_.-".contains($0) }) else { continue }
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote {
                value = String(value.dropFirst().dropLast())
            } else if let hash = value.range(of: " #") {
                value = value[..<hash.lowerBound].trimmingCharacters(in: .whitespaces)
            }
            entries.append(Entry(key: key, value: value, line: index + 1))
        }
        self.entries = entries
    }

    var values: [String: String] {
        entries.reduce(into: [:]) { $0[$1.key] = $1.value }
    }
}

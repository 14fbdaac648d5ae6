import Foundation

/// The `ENV` defaults of the Dockerfiles in some folders (`ENV KEY=value \ OTHER=value` and the
/// older `ENV KEY value`), first folder first.
struct DockerfileEnvironment {
    private(set) var values: [String: String] = [:]

    init(files: ProjectFiles, folders: [String], diagnostics: inout [Diagnostic]) {
        for folder in folders {
            for file in files.files where ProjectFiles.folder(file.path) == folder
                && ManifestDetector.isDockerfile(ProjectFiles.name(file.path)) {
                guard let text = files.text(file, diagnostics: &diagnostics) else { continue }
                for (key, value) in Self.environment(text) where values[key] == nil { values[key] = value }
            }
        }
    }

    /// `ENV` pairs of one Dockerfile, continuation lines joined.
    static func environment(_ text: String) -> [(String, String)] {
        var pairs: [(String, String)] = []
        let joined = text.replacingOccurrences(of: "\\\r\n", with: " ").replacingOccurrences(of: "\\\n", with: " ")
        for raw in joined.split(separator: "\n") {
            let words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard words.first?.uppercased() == "ENV", words.count >= 2 else { continue }
            let rest = Array(words.dropFirst())
            if rest[0].contains("=") {
                for word in rest {
                    guard let equals = word.firstIndex(of: "=") else { continue }
                    let value = word[word.index(after: equals)...].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                    pairs.append((String(word[..<equals]), value))
                }
            } else if rest.count >= 2 {
                pairs.append((rest[0], rest.dropFirst().joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))))
            }
        }
        return pairs
    }

    /// `text` with each bare `${KEY}` the Dockerfiles set given that value as its default
    /// (`${KEY:-value}`); other text unchanged.
    func templated(_ text: String) -> String {
        var result = text
        for match in TargetExpression.matches(#"\$\{([A-Za-z_][A-Za-z0-9_]*)\}"#, in: text) {
            guard let value = values[match[1]], !value.isEmpty, !value.contains("$") else { continue }
            result = result.replacingOccurrences(of: match[0], with: "${\(match[1]):-\(value)}")
        }
        return result
    }
}

import Foundation

/// A rule example with its `↓` markers removed and the marker's 1-based line and column.
struct RuleExample {
    let code: String
    let markers: [(line: Int, column: Int)]

    init(_ text: String) {
        var code = ""
        var markers: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        for character in text {
            if character == "↓" {
                markers.append((line, column))
                continue
            }
            code.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.utf16.count
            }
        }
        self.code = code
        self.markers = markers
    }

    /// The code with every line turned into a line comment of `language`.
    func commentedOut(in language: Language) -> String {
        code.split(separator: "\n", omittingEmptySubsequences: false).map { "\(language.lineComment) \($0)" }.joined(separator: "\n")
    }
}

extension Language {
    /// A file name extension of the language, for example files.
    var exampleExtension: String {
        switch self {
        case .swift: "swift"
        case .python: "py"
        case .javascript: "js"
        case .typescript: "ts"
        case .go: "go"
        case .java: "java"
        case .kotlin: "kt"
        case .csharp: "cs"
        case .ruby: "rb"
        case .php: "php"
        }
    }
}

extension Rule {
    /// The findings of this rule alone in `code`, as if in a production file of its first language.
    func findings(in code: String) -> [IntegrationPoint] {
        guard let language = languages.first else { return [] }
        let scanner = SourceScanner(rules: [self])
        return scanner.scan(text: code, path: "src/example.\(language.exampleExtension)", language: language).filter { $0.rule == id }
    }

    /// What is wrong with the rule's own examples: a triggering example must give exactly one
    /// finding (at its `↓` when it has one), a non-triggering example none. Empty when all hold.
    func exampleProblems() -> [String] {
        var problems: [String] = []
        for (index, text) in triggering.enumerated() {
            let example = RuleExample(text)
            let found = findings(in: example.code)
            if found.count != 1 {
                problems.append("triggering example \(index + 1) gives \(found.count) findings, not 1")
            } else if let marker = example.markers.first, let evidence = found.first?.evidence.first,
                      evidence.line != marker.line || evidence.column != marker.column {
                problems.append("triggering example \(index + 1) is found at \(evidence.line):\(evidence.column ?? 0), not at its ↓ (\(marker.line):\(marker.column))")
            }
        }
        for (index, text) in nonTriggering.enumerated() where !findings(in: text).isEmpty {
            problems.append("non-triggering example \(index + 1) gives a finding")
        }
        return problems
    }
}

import Foundation

/// Runs the setup rules over one file: keyword prefilter, comment blanking, regex, facts.
///
/// Built once per scan and shared by the source scanner's workers (`@unchecked Sendable`: it only
/// holds immutable regular expressions, documented as safe to use from several threads).
struct SetupScanner: @unchecked Sendable {
    private let rules: [(rule: SetupRule, regex: NSRegularExpression)]

    init(rules: [SetupRule] = SetupRuleRegistry.builtIn) {
        // Built-in patterns are checked by the registry test; one that failed to compile would be
        // dropped here rather than stop the scan.
        self.rules = rules.compactMap { rule in
            (try? NSRegularExpression(pattern: rule.pattern, options: [.anchorsMatchLines])).map { (rule, $0) }
        }
    }

    /// Whether any rule runs on the path (so the scan reads files that are not source).
    func wants(path: String, language: Language?) -> Bool {
        let name = SetupRule.fileName(path)
        return rules.contains { $0.rule.applies(name: name, language: language) }
    }

    /// The facts in one file; `component` is `nil` here, the resolver assigns it.
    func facts(in bytes: [UInt8], path: String, language: Language?) -> [SetupFact] {
        facts(in: SourceFile(bytes: bytes, path: path, syntax: Self.syntax(path: path, language: language)), language: language)
    }

    /// The facts in one file, blanked with `syntax(path:language:)`.
    func facts(in file: SourceFile, language: Language?) -> [SetupFact] {
        let path = file.path, bytes = file.bytes
        let name = SetupRule.fileName(path)
        let candidates = rules.filter { $0.rule.applies(name: name, language: language) }
        guard !candidates.isEmpty else { return [] }
        let selected = candidates.filter { candidate in
            candidate.rule.keywords.contains { keyword in ByteSearch.contains(bytes, keyword) }
        }
        guard !selected.isEmpty, file.scope == .production else { return [] }
        let source = file.source
        let searched = file.searched
        let whole = NSRange(location: 0, length: source.units.count)
        var facts: [SetupFact] = []
        var lineTexts: [Substring]?
        for (rule, regex) in selected {
            var lines: Set<Int> = []
            for match in regex.matches(in: searched, range: whole) {
                let position = source.position(of: match.range.location)
                guard lines.insert(position.line).inserted else { continue }
                let evidence = Evidence(path: path, line: position.line, column: position.column,
                                        snippet: SecretRedactor.redact(RuleEngine.trimmed(source.line(position.line))))
                var kinds = rule.provides
                if let named = RuleEngine.group(match, "kind", source)?.lowercased(), let kind = rule.kindNames[named] { kinds = [kind] }
                var value = RuleEngine.group(match, "name", source) ?? RuleEngine.group(match, "value", source).map(RuleEngine.unquoted) ?? rule.defaultValue
                if let written = value, RuleEngine.group(match, "value", source) == written, TargetBindings.isName(written) {
                    // The file's own bindings, shared with the rule engine (read at most once per file).
                    value = Self.literal(named: written, in: file.bindings) ?? written
                }
                var until: Int?
                if rule.reach == .function {
                    if lineTexts == nil { lineTexts = searched.split(separator: "\n", omittingEmptySubsequences: false) }
                    until = Self.functionEnd(lineTexts ?? [], decoratedAt: position.line)
                }
                facts += kinds.map { SetupFact(kind: $0, rule: rule.id, technology: rule.technology, value: value, reach: rule.reach, until: until, evidence: [evidence]) }
            }
        }
        return facts
    }

    /// The string literal a `value` written as a name (`MapHealthChecks(HealthEndpointPath)`) is
    /// bound to in the same file (`const string HealthEndpointPath = "/health";`), unquoted.
    static func literal(named name: String, in bindings: TargetBindings) -> String? {
        let quoted = bindings.expressions(for: name).first { expression in
            expression.count >= 2 && (expression.first == "\"" || expression.first == "'") && expression.last == expression.first
        }
        return quoted.map(RuleEngine.unquoted)
    }

    /// The last line (1-based) of the function a decorator or annotation on `line` applies to:
    /// the body is what is indented deeper than the decorator; it ends before the next line back
    /// at the decorator's depth (a closing `}` or `)` still belongs to it).
    static func functionEnd(_ lines: [Substring], decoratedAt line: Int) -> Int {
        func depth(_ text: Substring) -> Int { text.prefix { $0 == " " || $0 == "\t" }.count }
        guard line >= 1, line <= lines.count else { return line }
        let indent = depth(lines[line - 1])
        var started = false
        for index in line..<lines.count {
            let text = lines[index]
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if !started {
                if depth(text) > indent { started = true }
                continue
            }
            if depth(text) <= indent && !trimmed.hasPrefix("}") && !trimmed.hasPrefix(")") { return index }
        }
        return lines.count
    }

    /// The comment syntax of a file: its language's, `#` for YAML, TOML and requirement lists.
    static func syntax(path: String, language: Language?) -> CommentBlanker.Syntax? {
        if let language { return .of(language) }
        let lowered = path.lowercased()
        if [".yml", ".yaml", ".toml", ".txt", ".cfg", ".properties"].contains(where: lowered.hasSuffix) {
            return CommentBlanker.Syntax(slashComments: false, hashComments: true, tripleQuotes: false, backquotes: false)
        }
        if lowered.hasSuffix(".gradle") { return .of(.kotlin) }
        return nil
    }
}

extension SetupRule {
    /// The matches of this rule alone in `code`, one per reported position.
    func matches(in code: String) -> [Evidence] {
        let facts = SetupScanner(rules: [self]).facts(in: Array(code.utf8), path: exampleFile, language: languages.first)
        return Array(Set(facts.flatMap(\.evidence))).sorted()
    }

    /// What is wrong with the rule's own examples (empty when all hold), as `Rule.exampleProblems`.
    func exampleProblems() -> [String] {
        var problems: [String] = []
        if (try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])) == nil { problems.append("pattern does not compile") }
        for (index, text) in triggering.enumerated() {
            let example = RuleExample(text)
            let found = matches(in: example.code)
            if found.count != 1 {
                problems.append("triggering example \(index + 1) gives \(found.count) matches, not 1")
            } else if let marker = example.markers.first, found[0].line != marker.line || found[0].column != marker.column {
                problems.append("triggering example \(index + 1) is found at \(found[0].line):\(found[0].column ?? 0), not at its ↓ (\(marker.line):\(marker.column))")
            }
        }
        for (index, text) in nonTriggering.enumerated() where !matches(in: text).isEmpty {
            problems.append("non-triggering example \(index + 1) gives a match")
        }
        return problems
    }
}

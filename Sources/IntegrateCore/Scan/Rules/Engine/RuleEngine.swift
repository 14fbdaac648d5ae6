import Foundation

/// Runs a set of rules over one file's bytes: keyword prefilter, comment blanking, regex, points.
///
/// Built once per scan and shared by all worker threads (`@unchecked Sendable` through
/// `CompiledRule`, which only holds immutable, thread-safe regular expressions).
struct RuleEngine: Sendable {
    let rules: [CompiledRule]
    private let matcher: KeywordMatcher
    /// For each rule, the indices of its keywords in `matcher.keywords`.
    private let ruleKeywords: [[Int]]
    /// For each language, the indices of its rules.
    private let rulesByLanguage: [Language: [Int]]

    init(rules: [CompiledRule]) {
        self.rules = rules
        var keywordIndex: [String: Int] = [:]
        var keywords: [String] = []
        var ruleKeywords: [[Int]] = []
        var byLanguage: [Language: [Int]] = [:]
        for (ruleIndex, compiled) in rules.enumerated() {
            var indices: [Int] = []
            for keyword in compiled.rule.keywords where !keyword.isEmpty {
                if let known = keywordIndex[keyword] {
                    indices.append(known)
                } else {
                    keywordIndex[keyword] = keywords.count
                    indices.append(keywords.count)
                    keywords.append(keyword)
                }
            }
            ruleKeywords.append(indices)
            for language in Set(compiled.rule.languages) { byLanguage[language, default: []].append(ruleIndex) }
        }
        matcher = KeywordMatcher(keywords: keywords)
        self.ruleKeywords = ruleKeywords
        rulesByLanguage = byLanguage
    }

    static let bindingSizeLimit = 128 * 1024
    private static let bindingMatcher = KeywordMatcher(keywords: TargetBindings.exportKeywords)

    /// The bindings of one file that other files of its component may need (see `SourceBinding`).
    /// Files over 128 KB (bundled and vendored libraries, generated code) are not read for them.
    /// `file` is a source file, blanked with its language's syntax.
    func bindings(in file: SourceFile) -> [SourceBinding] {
        guard file.bytes.count <= Self.bindingSizeLimit, file.scope == .production,
              !file.bytes.withUnsafeBufferPointer({ Self.bindingMatcher.present(in: $0) }).isEmpty else { return [] }
        return file.bindings.exported(path: file.path, text: file.searched)
    }

    /// Every keyword of every rule, once each, in registry order.
    var keywords: [String] { matcher.keywords }

    /// The points found in one file. `bytes` is the file as read; invalid UTF-8 is replaced.
    func points(in bytes: [UInt8], path: String, language: Language) -> [IntegrationPoint] {
        points(in: SourceFile(bytes: bytes, path: path, syntax: .of(language)), language: language)
    }

    /// The points found in one file, blanked with `language`'s syntax.
    func points(in file: SourceFile, language: Language) -> [IntegrationPoint] {
        guard let candidates = rulesByLanguage[language] else { return [] }
        let present = file.bytes.withUnsafeBufferPointer { matcher.present(in: $0) }
        if present.isEmpty { return [] }
        let selected = candidates.filter { ruleKeywords[$0].contains(where: present.contains) }
        if selected.isEmpty { return [] }

        let path = file.path
        let source = file.source
        let searched = file.searched
        let whole = NSRange(location: 0, length: source.units.count)
        let scope = file.scope

        var points: [IntegrationPoint] = []
        var fallbacks: [IntegrationPoint] = []
        for ruleIndex in selected {
            let compiled = rules[ruleIndex]
            var lines: Set<Int> = []
            let prefixes = RoutePrefixes(compiled.prefixes, in: searched, source: source)
            for match in compiled.regex.matches(in: searched, range: whole) {
                let position = source.position(of: match.range.location)
                guard lines.insert(position.line).inserted else { continue }
                var found = point(compiled, match, source, file: path, position: position, scope: scope)
                let receiver = Self.group(match, "receiver", source)
                if !prefixes.isEmpty,
                   let prefix = receiver.flatMap(prefixes.prefix(of:)) ?? prefixes.prefix(at: match.range.location) {
                    found.path = RoutePath.join(prefix, found.path)
                }
                found.path = found.path.map { tokensReplaced(in: $0, compiled, match, source, prefixes) }
                if found.kind == .inboundHTTP, found.path?.lowercased().contains("webhook") == true { found.kind = .webhook }
                if compiled.rule.isFallback { fallbacks.append(found) } else { points.append(found) }
            }
        }
        if !fallbacks.isEmpty {
            let taken = Set(points.map { $0.evidence[0].line })
            points += fallbacks.filter { !taken.contains($0.evidence[0].line) }
        }
        // Bundled and vendored files (over 128 KB) are not read for bindings.
        return file.bytes.count <= Self.bindingSizeLimit ? Self.bound(points, in: file) : points
    }

    /// `path` with ASP.NET's `[controller]` and `[action]` tokens replaced, for rules whose prefix
    /// patterns name the class (`controller`) or whose pattern names the method (`action`).
    private func tokensReplaced(
        in path: String, _ compiled: CompiledRule, _ match: NSTextCheckingResult, _ source: SourceText, _ prefixes: RoutePrefixes
    ) -> String {
        guard path.contains("[") else { return path }
        let action = compiled.groups.contains("action") ? Self.group(match, "action", source) : nil
        let values = AspNetRouteTokens.Values(controllerClass: prefixes.controller(at: match.range.location), actionMethod: action)
        return AspNetRouteTokens.replacing(in: path, with: values)
    }

    /// The points with what their non-literal targets and topic variables are bound to in the file.
    static func bound(_ points: [IntegrationPoint], in file: SourceFile) -> [IntegrationPoint] {
        let open = points.contains { point in
            point.target.map(TargetBindings.needsBinding) == true || point.topicBindings != nil
        }
        guard open else { return points }
        let bindings = file.bindings
        return points.map { point in
            var point = point
            if let target = point.target, TargetBindings.needsBinding(target) {
                // Kept in landscape.json: a key passed where the target is (`require('stripe')('sk_live_…')`) is redacted.
                let found = bindings.expressions(for: target).map(SecretRedactor.redact)
                point.bindings = found.isEmpty ? nil : found
            }
            if let topic = point.topicBindings?.first {
                let found = bindings.expressions(for: topic).map(SecretRedactor.redact)
                point.topicBindings = found.isEmpty ? nil : found
            }
            return point
        }
    }

    private func point(
        _ compiled: CompiledRule, _ match: NSTextCheckingResult, _ source: SourceText, file: String,
        position: (line: Int, column: Int), scope: IntegrationPoint.Scope
    ) -> IntegrationPoint {
        let rule = compiled.rule
        func group(_ name: String) -> String? {
            compiled.groups.contains(name) ? Self.group(match, name, source) : nil
        }
        let target = (group("target") ?? group("url")).map(SecretRedactor.redact) ?? rule.defaultTarget
        let method = (group("method") ?? rule.defaultMethod)?.uppercased()
        let inbound = rule.kind == .inboundHTTP || rule.kind == .webhook
        let path = (group("path") ?? group("route") ?? group("leadingRoute")).map { RoutePath.normalize($0, leadingSlash: inbound) } ?? target.flatMap(TargetPath.of)
        let rawTopic = group("topic") ?? group("stream")
        let topic = rawTopic.map(Self.unquoted)
        // A topic held in a variable: its name is looked up in the file after all rules ran.
        let topicName = rawTopic.flatMap { $0 == topic && TargetBindings.isName($0) ? [$0] : nil }
        let technology = group("system").flatMap(DataSystem.named) ?? DataSystem.refine(rule.technology, target: target)
        var kind = rule.kind
        if kind == .inboundHTTP, let path, path.lowercased().contains("webhook") { kind = .webhook }
        let snippet = SecretRedactor.redact(Self.trimmed(source.line(position.line)))
        return IntegrationPoint(
            id: "\(rule.id)@\(file):\(position.line)", rule: rule.id, component: nil, kind: kind,
            technology: technology, protocol: rule.protocol == rule.technology ? technology : rule.protocol, mode: rule.mode, direction: rule.direction,
            target: target, method: method, path: path, topic: topic, topicBindings: topicName,
            evidence: [Evidence(path: file, line: position.line, column: position.column, snippet: snippet)],
            confidence: rule.confidence, scope: scope)
    }

    /// The trimmed text of a named group, or `nil` when it did not take part.
    static func group(_ match: NSTextCheckingResult, _ name: String, _ source: SourceText) -> String? {
        let range = match.range(withName: name)
        guard range.location != NSNotFound else { return nil }
        let value = source.text(range).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// A captured literal without its quotes.
    static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, "\"'`".contains(first), text.last == first else { return text }
        return String(text.dropFirst().dropLast())
    }

    /// The line without surrounding blanks, at most 160 characters.
    static func trimmed(_ line: String) -> String {
        let stripped = line.trimmingCharacters(in: .whitespaces)
        return stripped.count > 160 ? String(stripped.prefix(159)) + "…" : stripped
    }
}

/// A file's text as UTF-16 units with its line starts, for positions and snippets.
struct SourceText {
    let units: [UInt16]
    private let lineStarts: [Int]

    init(units: [UInt16]) {
        self.units = units
        var starts = [0]
        for (index, unit) in units.enumerated() where unit == 0x0A { starts.append(index + 1) }
        lineStarts = starts
    }

    /// 1-based line and column (in UTF-16 units) of an offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    func text(_ range: NSRange) -> String {
        String(decoding: units[range.location..<(range.location + range.length)], as: UTF16.self)
    }

    /// The text of a 1-based line, without its line break.
    func line(_ number: Int) -> String {
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : units.count
        if end > start, units[end - 1] == 0x0D { end -= 1 }
        return String(decoding: units[start..<max(start, end)], as: UTF16.self)
    }
}

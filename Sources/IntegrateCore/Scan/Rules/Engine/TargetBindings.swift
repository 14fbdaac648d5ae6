import Foundation

/// What the names in a point's target stand for in the same file, so a call on a variable
/// reaches the URL, env key or config key it was built from.
///
/// A name is bound by an assignment or initialiser (`uri = base + "/x"`, `addr := …`,
/// `const URL = …`, `self.url = …`, `Addr: os.Getenv(…)`, a keyword argument `user=USER`), by an
/// env-mapping helper that fills it from a key (`mustMapEnv(&svc.addr, "PAYMENT_ADDR")`), or by an
/// annotation that injects a value into it (`@Value("${orders.url}") String url`). Bindings are
/// followed transitively, a few levels deep, and the expressions they reach are returned in the
/// order found. The file is read once; lookups are dictionary reads.
struct TargetBindings {
    static let maxDepth = 4
    static let maxExpressions = 12

    private var bound: [String: [String]] = [:]

    /// Reads the bindings of `text` (a file with comments blanked out).
    init(text: String) {
        let range = NSRange(text.startIndex..., in: text)
        let units = Array(text.utf16)
        for (regex, nameGroup, valueGroup, windows) in Self.patterns {
            let matches = windows.map { $0.matches(of: regex, in: text, units: units) } ?? regex.matches(in: text, range: range)
            for match in matches {
                guard let name = Self.group(match, nameGroup, in: text), var value = Self.group(match, valueGroup, in: text) else { continue }
                value = Self.continued(value, after: match.range(at: valueGroup), in: text)
                let trimmed = Self.trimmedValue(value)
                guard !trimmed.isEmpty, !Self.ignoredNames.contains(name) else { continue }
                if !(bound[name]?.contains(trimmed) ?? false) { bound[name, default: []].append(trimmed) }
            }
        }
    }

    /// The expressions the names of `target` are bound to, transitively; empty when none.
    func expressions(for target: String) -> [String] {
        guard !bound.isEmpty else { return [] }
        var result: [String] = []
        var seen: Set<String> = []
        var frontier = [target]
        for _ in 0..<Self.maxDepth where !frontier.isEmpty {
            var next: [String] = []
            for expression in frontier {
                for name in Self.names(in: expression) where seen.insert(name).inserted {
                    for value in bound[name] ?? [] where value != target && !result.contains(value) {
                        guard result.count < Self.maxExpressions else { return result }
                        result.append(value)
                        next.append(value)
                    }
                }
            }
            frontier = next
        }
        return result
    }

    /// The bindings other files of the component may need: names bound to an address-like
    /// value, and constructions `new K(args)` as `new K`, each with its same-file expansions.
    func exported(path: String, text: String) -> [SourceBinding] {
        var result: [SourceBinding] = []
        for (name, values) in bound.sorted(by: { $0.key < $1.key }) {
            let addressLike = values.filter(Self.isAddressLike)
            guard !addressLike.isEmpty else { continue }
            var all = addressLike
            for value in addressLike { all += expressions(for: value).filter { !all.contains($0) } }
            result.append(SourceBinding(path: path, name: name, values: Array(all.prefix(Self.maxExpressions))))
        }
        var constructions: [String: [String]] = [:]
        for match in TargetExpression.matches(#"\bnew\s+([A-Z]\w*)\s*\(([^;\n()]*(?:\([^;\n()]*\)[^;\n()]*)*)\)"#, in: text) {
            let arguments = match[2].trimmingCharacters(in: .whitespaces)
            guard !arguments.isEmpty else { continue }
            let values = [arguments] + expressions(for: arguments)
            guard values.contains(where: Self.isAddressLike) else { continue }
            for value in values where !(constructions["new " + match[1]]?.contains(value) ?? false) {
                constructions["new " + match[1], default: []].append(value)
            }
        }
        for (name, values) in constructions.sorted(by: { $0.key < $1.key }) {
            result.append(SourceBinding(path: path, name: name, values: Array(values.prefix(Self.maxExpressions))))
        }
        return result
    }

    /// Literals that make a file worth reading for bindings other files may need.
    static let exportKeywords = [
        "getenv", "Getenv", "environ", "process.env", "Environment.", "GetValue", "getProperty", "@Value", "ConfigProperty",
        "LookupEnv", "ENV[", "env(", "setParameter", "Configuration[", "configuration[",
    ]

    /// An env or config read, a URL or a `host:port`.
    static func isAddressLike(_ value: String) -> Bool {
        value.range(of: #"(?i)getenv|environ|process\.env|environment\.|getvalue|getproperty|\$\{|://|lookupenv|env\[|env\(|configuration\[|["'][a-z][a-z0-9.\-]*:[0-9]{2,5}["']"#,
                    options: .regularExpression) != nil
    }

    /// Whether `expression` may name a variable: anything but a plain quoted literal.
    static func needsBinding(_ expression: String) -> Bool {
        guard let first = expression.first, "\"'`".contains(first) else { return true }
        return expression.range(of: #"^(?:"[^"{}$]*"|'[^'{}$]*'|`[^`{}$]*`)$"#, options: .regularExpression) == nil
    }

    /// Whether `text` is one identifier or member path (`topic`, `self.ROUTING_KEY`, `cfg.Topic`).
    static func isName(_ text: String) -> Bool {
        text.range(of: #"^[A-Za-z_$][\w$]*(?:(?:\.|->)[A-Za-z_]\w*)*$"#, options: .regularExpression) != nil
    }

    /// Identifiers of an expression, member segments included (`this.baseUrl` -> `this`, `baseUrl`).
    static func names(in expression: String) -> [String] {
        var names: [String] = []
        for match in TargetExpression.matches(#"[A-Za-z_][A-Za-z0-9_]*"#, in: expression) where !names.contains(match[0]) {
            names.append(match[0])
        }
        return names
    }

    /// Words that are never the variable holding an address.
    static let ignoredNames: Set<String> = [
        "this", "self", "super", "new", "var", "let", "val", "const", "return", "await", "async", "if", "else", "for",
        "in", "of", "is", "not", "and", "or", "null", "nil", "None", "true", "false", "True", "False", "string", "String",
        "int", "http", "https", "format", "sprintf", "Sprintf", "fmt", "os", "id", "value", "Value",
    ]

    /// (pattern, name group, value group, windows) for each binding form. A form that starts with
    /// a name runs only in its windows (see `MatchWindows`), which find the same matches; the
    /// others start with a literal, which the regex engine already skips to.
    static let patterns: [(NSRegularExpression, Int, Int, MatchWindows?)] = {
        let forms: [(String, Int, Int, MatchWindows?)] = [
            // name = value / name := value / name: Type = value (value up to the end of the statement).
            (#"(?<![\w$.])(?:\$?(?:this|self)(?:->|\.))?\$?([A-Za-z_]\w*)\s*(?::\s*[\w.<>\[\]?]+\s*)?(?::=|=(?![=>~]))\s*([^\n;]+)"#, 1, 2,
             MatchWindows(anchors: ["="], before: "$.-<>[]?:", end: .assignment)),
            // Item assignments: `app.config["ORDERS_URI"] = …`, `settings['orders_url'] = …`.
            (#"\[\s*["']([A-Za-z_][\w.\-]*)["']\s*\]\s*=(?!=)\s*([^\n;]+)"#, 1, 2, nil),
            // Keyed setters: `$c->setParameter('catalogUrl', getenv('CATALOG_URL'))`, `define('API_URL', …)`.
            (#"\b(?:set\w*|put|define|add\w*)\(\s*["']([A-Za-z_][\w.\-]*)["']\s*,\s*([^\n;]+)\)"#, 1, 2, nil),
            // Field initialisers in struct/object literals: `Addr: os.Getenv("X")`, `url: process.env.X`.
            (#"(?<![\w$.?])([A-Za-z_]\w*)\s*:\s*((?:os\.|process\.env|getenv|Environment|environ|config|Config|ENV)[^\n,;{}]*)"#, 1, 2,
             MatchWindows(anchors: ["os.", "process.env", "getenv", "Environment", "environ", "config", "Config", "ENV"], before: ":", end: .fieldValue)),
            // Env-mapping helpers: `mustMapEnv(&svc.addr, "PAYMENT_ADDR")`, `bind(&cfg.Url, "ORDERS_URL")`.
            (#"\b\w+\(\s*&?(?:[\w.]+\.)?([A-Za-z_]\w*)\s*,\s*("[A-Za-z_][\w.:\-]*"|'[A-Za-z_][\w.:\-]*')\s*[,)]"#, 1, 2,
             MatchWindows(anchors: ["\"", "'"], before: "(&.,", end: .quotedArgument)),
            // Injected values: `@Value("${orders.url}") private String url`, `@ConfigProperty(name = "x") String y`.
            (#"@\w+\(\s*(?:\w+\s*=\s*)?("[^"\n]*")[^)\n]*\)[^;=(){}]{0,120}?(?<![\w$])([A-Za-z_]\w*)\s*[;,)=]"#, 2, 1, nil),
        ]
        return forms.compactMap { form in
            (try? NSRegularExpression(pattern: form.0, options: [.anchorsMatchLines])).map { ($0, form.1, form.2, form.3) }
        }
    }()

    /// A value cut at a line end inside an open parenthesis (`'http://{}/x'.format(` and the
    /// argument on the next line) runs on until its parentheses balance, 240 characters at most.
    static func continued(_ value: String, after range: NSRange, in text: String) -> String {
        func depth(_ text: Substring) -> Int { text.reduce(0) { $0 + ($1 == "(" ? 1 : $1 == ")" ? -1 : 0) } }
        var open = depth(Substring(value))
        guard open > 0, let end = Range(range, in: text)?.upperBound else { return value }
        var result = value
        var index = end
        while open > 0, index < text.endIndex, result.count < 240 {
            let character = text[index]
            if character == ";" { break }
            if character == "(" { open += 1 } else if character == ")" { open -= 1 }
            result.append(character == "\n" ? " " : character)
            index = text.index(after: index)
        }
        return result
    }

    private static func group(_ match: NSTextCheckingResult, _ index: Int, in text: String) -> String? {
        let range = match.range(at: index)
        guard range.location != NSNotFound, let swiftRange = Range(range, in: text) else { return nil }
        return String(text[swiftRange])
    }

    /// A bound value without trailing separators or an opening brace; at most 240 characters.
    static func trimmedValue(_ value: String) -> String {
        var text = value.trimmingCharacters(in: .whitespaces)
        while let last = text.last, ",{".contains(last) { text.removeLast() }
        text = text.trimmingCharacters(in: .whitespaces)
        return text.count > 240 ? String(text.prefix(240)) : text
    }
}

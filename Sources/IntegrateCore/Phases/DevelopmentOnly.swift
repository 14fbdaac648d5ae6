import Foundation

/// Whether a line of source runs only in development: it sits in the block of a guard such as
/// `if (app.Environment.IsDevelopment())`. A health endpoint mapped there is absent in production.
enum DevelopmentOnly {
    /// One way of writing a development-only guard; the tests run its examples.
    struct Guard: Sendable {
        var id: String
        var pattern: String
        /// Sources where line `line` (1-based) is guarded, and sources where it is not.
        var guarded: [(source: String, line: Int)]
        var unguarded: [(source: String, line: Int)]
        /// Compiled once; nil only for a pattern that does not compile (the tests read every guard).
        let regex: NSRegularExpression?

        init(id: String, pattern: String, guarded: [(source: String, line: Int)], unguarded: [(source: String, line: Int)]) {
            self.id = id
            self.pattern = pattern
            self.guarded = guarded
            self.unguarded = unguarded
            self.regex = try? NSRegularExpression(pattern: pattern)
        }

        func matches(_ line: String) -> Bool {
            regex?.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
        }
    }

    static let guards: [Guard] = [
        Guard(id: "csharp.is-development", pattern: #"^\s*(?:else\s+)?if\s*\(\s*[\w.]*\.IsDevelopment\(\)\s*\)"#,
              guarded: [("if (app.Environment.IsDevelopment())\n{\n    app.MapHealthChecks(\"/health\");\n}", 3),
                        ("if (env.IsDevelopment()) app.MapHealthChecks(\"/health\");", 1)],
              unguarded: [("if (app.Environment.IsDevelopment())\n{\n    app.UseDeveloperExceptionPage();\n}\napp.MapHealthChecks(\"/health\");", 5),
                          ("if (!app.Environment.IsDevelopment())\n{\n    app.MapHealthChecks(\"/health\");\n}", 3)]),
        Guard(id: "js.node-env-development", pattern: #"^\s*(?:\}\s*else\s+)?if\s*\(\s*process\.env\.NODE_ENV\s*===?\s*['"]development['"]\s*\)"#,
              guarded: [("if (process.env.NODE_ENV === 'development') {\n  app.get('/health', ok)\n}", 2)],
              unguarded: [("if (process.env.NODE_ENV === 'development') {\n  app.use(logger)\n}\napp.get('/health', ok)", 4)]),
        Guard(id: "python.debug", pattern: #"^\s*(?:el)?if\s+(?:settings|app|config)\.(?:DEBUG|debug)\s*:"#,
              guarded: [("if settings.DEBUG:\n    urlpatterns += [path('health/', health)]", 2)],
              unguarded: [("if settings.DEBUG:\n    urlpatterns += debug\nurlpatterns += [path('health/', health)]", 3)]),
    ]

    /// How far above a line a guard is looked for.
    static let window = 40

    /// The guard line (1-based) whose block holds `line`, or `nil` when it runs in every environment.
    static func guardLine(of line: Int, in lines: [String]) -> Int? {
        guard line >= 1, line <= lines.count else { return nil }
        for start in stride(from: line, through: max(1, line - window), by: -1) {
            let text = lines[start - 1]
            guard guards.contains(where: { $0.matches(text) }) else { continue }
            if encloses(guardAt: start, line: line, lines: lines) { return start }
        }
        return nil
    }

    /// Whether the block opened by the guard at `start` still holds `line`: braces (or a
    /// single statement after a brace-less guard) for C-like code, indentation after a `:`.
    static func encloses(guardAt start: Int, line: Int, lines: [String]) -> Bool {
        let guardText = lines[start - 1]
        if start == line { return true }
        if guardText.trimmingCharacters(in: .whitespaces).hasSuffix(":") {
            let indent = guardText.prefix { $0 == " " || $0 == "\t" }.count
            for number in (start + 1)...line {
                let text = lines[number - 1]
                if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                if text.prefix(while: { $0 == " " || $0 == "\t" }).count <= indent { return false }
            }
            return true
        }
        var depth = 0
        var opened = false
        for number in start..<line {
            for character in lines[number - 1] {
                if character == "{" { depth += 1; opened = true }
                if character == "}" { depth -= 1 }
            }
            if opened && depth <= 0 { return false }
            if !opened && number > start { return false }
            if !opened && number == start && lines[number - 1].trimmingCharacters(in: .whitespaces).hasSuffix(";") { return false }
        }
        return opened ? depth > 0 : line == start + 1
    }
}

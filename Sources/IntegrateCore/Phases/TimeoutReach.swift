import Foundation

/// Whether a timeout found near a call reaches the client: a timeout set on a parameters or
/// configuration object (`HttpConnectionParams.setConnectionTimeout(params, 5000)`,
/// `config.setConnectTimeout(2000)`) bounds nothing unless that object is passed on
/// (`new DefaultHttpClient(params)`) or is the client itself.
enum TimeoutReach {
    /// One way of writing a timeout onto a named object; `object` names it. The tests run the examples.
    struct Form: Sendable {
        var pattern: String
        /// Lines and the object each sets a timeout on.
        var examples: [(String, String)]
        /// Lines that set no timeout on an object (a keyword argument, a literal, a context).
        var counterExamples: [String]
        let regex: NSRegularExpression?

        init(pattern: String, examples: [(String, String)], counterExamples: [String]) {
            self.pattern = pattern
            self.examples = examples
            self.counterExamples = counterExamples
            self.regex = try? NSRegularExpression(pattern: pattern)
        }
    }

    static let forms: [Form] = [
        // A static setter whose first argument is the object (Apache HttpClient 4.x `HttpConnectionParams`).
        Form(pattern: #"\b[A-Z]\w*\s*\.\s*set\w*Timeout\s*\(\s*(?<object>[a-z_]\w*)\s*,"#,
             examples: [("HttpConnectionParams.setConnectionTimeout(params, 5000);", "params"), ("HttpConnectionParams.setSoTimeout(httpParams, 3000);", "httpParams")],
             counterExamples: ["client.setTimeout(5000);", "requests.get(url, timeout=2)"]),
        // A setter or property on a lowercase variable (`config.setConnectTimeout(2000)`, `options.Timeout = …`).
        Form(pattern: #"(?<![\w.])(?<object>[a-z_]\w*)\s*\.\s*(?:set\w*Timeout\s*\(|\w*[Tt]imeout\s*=(?!=))"#,
             examples: [("config.setConnectTimeout(2000);", "config"), ("handler.Timeout = TimeSpan.FromSeconds(2);", "handler"), ("session.timeout = 5", "session")],
             counterExamples: ["ctx, cancel := context.WithTimeout(ctx, 2*time.Second)", "axios.create({ timeout: 1500 })", "if (options.timeout == 0) {"]),
    ]

    /// The object a line sets a timeout on, or `nil` when the line sets it elsewhere (an argument, a literal).
    static func object(in line: String) -> String? {
        let range = NSRange(line.startIndex..., in: line)
        for form in forms {
            guard let match = form.regex?.firstMatch(in: line, range: range), let object = Range(match.range(withName: "object"), in: line) else { continue }
            return String(line[object])
        }
        return nil
    }

    /// The object the timeout at `timeout` is set on when nothing near `call` passes it on (it is
    /// only declared, assigned and configured there); `nil` when it reaches the call or is no object.
    static func unpassed(timeout: Evidence, call: Evidence, lines: [String], window: Int = 6) -> String? {
        guard timeout.path == call.path, timeout.line >= 1, timeout.line <= lines.count,
              let object = object(in: SourceCache.code(lines[timeout.line - 1])),
              let word = try? NSRegularExpression(pattern: "\\b\(NSRegularExpression.escapedPattern(for: object))\\b"),
              let own = try? NSRegularExpression(pattern: "^\\s*(?:[\\w.<>\\[\\]]+\\s+)?\(NSRegularExpression.escapedPattern(for: object))\\s*(?::=|=(?!=))") else { return nil }
        let first = max(1, min(timeout.line, call.line) - window)
        let last = min(lines.count, max(timeout.line, call.line) + window)
        for number in first...last {
            let text = SourceCache.code(lines[number - 1])
            let range = NSRange(text.startIndex..., in: text)
            guard word.firstMatch(in: text, range: range) != nil else { continue }
            // Declaring or configuring the object does not hand it to anything.
            if own.firstMatch(in: text, range: range) != nil || Self.object(in: text) == object { continue }
            if text.range(of: "\(object).", options: .literal) != nil, !text.contains("(\(object)"), !text.contains(", \(object)"), !text.contains("=\(object)"), !text.contains("= \(object)") {
                // `params.setParameter(…)`: more configuration of the same object.
                if number != call.line { continue }
            }
            return nil
        }
        return object
    }
}

import Foundation

/// Replaces secret values in matched text with `***`: URL credentials (`user:pass@`), Stripe-style
/// keys (`sk_live_…`), and long high-entropy tokens. Findings print only the redacted text.
/// A pattern that fails to compile does not turn redaction off: the text is redacted whole
/// (fails closed) and ``problems`` names this file and the pattern, for the run's notes.
enum SecretRedactor {
    /// One named redaction pattern, compiled once; a compile failure is kept, not dropped.
    struct Pattern: Sendable {
        let name: String
        let regex: NSRegularExpression?
        /// `<file>: redaction pattern `name` does not compile (…)`, or `nil` when it compiled.
        let problem: String?

        init(_ name: String, _ pattern: String, file: String = #fileID) {
            self.name = name
            do {
                regex = try NSRegularExpression(pattern: pattern)
                problem = nil
            } catch {
                regex = nil
                problem = "\(file): redaction pattern `\(name)` does not compile (\(error.localizedDescription)): matched text is redacted whole"
            }
        }
    }

    private static let credentials = Pattern("credentials", #"(?<=://)[^\s/@'"`]+:[^\s/@'"`]*(?=@)"#)
    private static let vendorKeys = Pattern(
        "vendorKeys", #"\b((?:sk|rk|pk)_(?:live|test)_|xox[abpr]-|gh[pousr]_|AKIA|SG\.|AIza)[A-Za-z0-9_\-\.]{8,}"#)
    /// Runs of token characters; `/` is left out so URL paths are never taken for a token, and `=`
    /// only ends a run (base64 padding), so `package-name==1.2.3` is a name and a version, not a token.
    private static let tokens = Pattern("tokens", #"[A-Za-z0-9+_\-]{32,}={0,2}"#)

    /// The built-in patterns that failed to compile, each naming this file; empty when all compile.
    static var problems: [String] { [credentials, vendorKeys, tokens].compactMap(\.problem) }

    /// `text` with every secret-looking value replaced.
    static func redact(_ text: String) -> String {
        redact(text, credentials: credentials, vendorKeys: vendorKeys, tokens: tokens)
    }

    /// `text` redacted with the given patterns; `***` when any of them did not compile.
    static func redact(_ text: String, credentials: Pattern, vendorKeys: Pattern, tokens: Pattern) -> String {
        guard let credentials = credentials.regex, let vendorKeys = vendorKeys.regex, let tokens = tokens.regex else { return "***" }
        var result = replace(credentials, in: text) { _ in "***" }
        let range = NSRange(location: 0, length: (result as NSString).length)
        result = vendorKeys.stringByReplacingMatches(in: result, range: range, withTemplate: "$1***")
        return replace(tokens, in: result) { isHighEntropy($0) ? "***" : $0 }
    }

    /// Mixed letters and digits with at least 3.5 bits of entropy per character: a key, not a name.
    static func isHighEntropy(_ token: String) -> Bool {
        guard token.contains(where: \.isNumber), token.contains(where: \.isLetter) else { return false }
        var counts: [Character: Int] = [:]
        for character in token { counts[character, default: 0] += 1 }
        let length = Double(token.count)
        let entropy = counts.values.reduce(0.0) { sum, count in
            let share = Double(count) / length
            return sum - share * log2(share)
        }
        return entropy >= 3.5
    }

    private static func replace(_ regex: NSRegularExpression, in text: String, with transform: (String) -> String) -> String {
        let source = text as NSString
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: source.length))
        guard !matches.isEmpty else { return text }
        var result = ""
        var last = 0
        for match in matches {
            result += source.substring(with: NSRange(location: last, length: match.range.location - last))
            result += transform(source.substring(with: match.range))
            last = match.range.location + match.range.length
        }
        result += source.substring(from: last)
        return result
    }
}

import Foundation

/// Replaces secret values in matched text with `***`: URL credentials (`user:pass@`), Stripe-style
/// keys (`sk_live_…`), and long high-entropy tokens. Findings print only the redacted text.
enum SecretRedactor {
    private static let credentials = try? NSRegularExpression(pattern: #"(?<=://)[^\s/@'"`]+:[^\s/@'"`]*(?=@)"#)
    private static let vendorKeys = try? NSRegularExpression(
        pattern: #"\b((?:sk|rk|pk)_(?:live|test)_|xox[abpr]-|gh[pousr]_|AKIA|SG\.|AIza)[A-Za-z0-9_\-\.]{8,}"#)
    /// Runs of token characters; `/` is left out so URL paths are never taken for a token, and `=`
    /// only ends a run (base64 padding), so `package-name==1.2.3` is a name and a version, not a token.
    private static let tokens = try? NSRegularExpression(pattern: #"[A-Za-z0-9+_\-]{32,}={0,2}"#)

    /// `text` with every secret-looking value replaced.
    static func redact(_ text: String) -> String {
        var result = text
        if let credentials { result = replace(credentials, in: result) { _ in "***" } }
        if let vendorKeys {
            let range = NSRange(location: 0, length: (result as NSString).length)
            result = vendorKeys.stringByReplacingMatches(in: result, range: range, withTemplate: "$1***")
        }
        if let tokens { result = replace(tokens, in: result) { isHighEntropy($0) ? "***" : $0 } }
        return result
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

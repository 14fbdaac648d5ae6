import Foundation

/// Reads how long a configured timeout lets one attempt take, from the setting as written
/// (`.init(connect: .seconds(1), read: .seconds(2))`, `TimeSpan.FromSeconds(3)`, `timeout=2.0`).
/// Several durations in one setting (connect and read) add up: a slow connect and a slow read can
/// both happen on one attempt.
enum TimeoutDuration {
    /// One way of writing a duration: a pattern with a `number` group, its unit in seconds, and
    /// the languages it applies to (empty: any).
    struct Form: Sendable {
        var pattern: String
        var seconds: Double
        var languages: Set<Language> = []
        /// Settings this form reads, with the seconds they stand for; the tests run them.
        var examples: [(String, Double)]
        /// Compiled once; nil only for a pattern that does not compile (the tests read every form).
        let regex: NSRegularExpression?

        init(pattern: String, seconds: Double, languages: Set<Language> = [], examples: [(String, Double)]) {
            self.pattern = pattern
            self.seconds = seconds
            self.languages = languages
            self.examples = examples
            self.regex = try? NSRegularExpression(pattern: pattern)
        }
    }

    static let forms: [Form] = [
        Form(pattern: #"\.seconds\(\s*(?<number>\d+(?:\.\d+)?)\s*\)"#, seconds: 1, languages: [.swift],
             examples: [(".init(connect: .seconds(1), read: .seconds(2))", 3)]),
        Form(pattern: #"\.milliseconds\(\s*(?<number>\d+(?:\.\d+)?)\s*\)"#, seconds: 0.001, languages: [.swift],
             examples: [("timeout: .milliseconds(500)", 0.5)]),
        Form(pattern: #"TimeSpan\.FromSeconds\(\s*(?<number>\d+(?:\.\d+)?)\s*\)"#, seconds: 1, languages: [.csharp],
             examples: [("client.Timeout = TimeSpan.FromSeconds(3);", 3)]),
        Form(pattern: #"TimeSpan\.FromMilliseconds\(\s*(?<number>\d+(?:\.\d+)?)\s*\)"#, seconds: 0.001, languages: [.csharp],
             examples: [("TimeSpan.FromMilliseconds(1500)", 1.5)]),
        Form(pattern: #"Duration\.ofSeconds\(\s*(?<number>\d+)\s*\)"#, seconds: 1, languages: [.java, .kotlin],
             examples: [("Duration.ofSeconds(2)", 2)]),
        Form(pattern: #"Duration\.ofMillis\(\s*(?<number>\d+)\s*\)"#, seconds: 0.001, languages: [.java, .kotlin],
             examples: [("Duration.ofMillis(800)", 0.8)]),
        Form(pattern: #"\bset\w*Timeout\(\s*(?:[a-z_]\w*\s*,\s*)?(?<number>\d+)\s*\)"#, seconds: 0.001, languages: [.java, .kotlin],
             examples: [("HttpConnectionParams.setConnectionTimeout(params, 5000);", 5), ("factory.setReadTimeout(1500);", 1.5)]),
        Form(pattern: #"(?<number>\d+)\s*\*\s*time\.Second\b"#, seconds: 1, languages: [.go],
             examples: [("Timeout: 2 * time.Second", 2)]),
        Form(pattern: #"(?<number>\d+)\s*\*\s*time\.Millisecond\b"#, seconds: 0.001, languages: [.go],
             examples: [("Timeout: 300 * time.Millisecond", 0.3)]),
        Form(pattern: #"\btimeout\s*=\s*(?<number>\d+(?:\.\d+)?)\b"#, seconds: 1, languages: [.python],
             examples: [("httpx.get(url, timeout=2.0)", 2)]),
        Form(pattern: #"\btimeout\s*:\s*(?<number>\d+)\b"#, seconds: 0.001, languages: [.javascript, .typescript],
             examples: [("axios.create({ timeout: 1500 })", 1.5)]),
    ]

    /// The seconds one attempt may take under `text`, or nil when no duration is written there.
    static func seconds(in text: String, language: Language?) -> Double? {
        let range = NSRange(text.startIndex..., in: text)
        var total = 0.0
        var found = false
        for form in forms where form.languages.isEmpty || language.map(form.languages.contains) == true {
            guard let regex = form.regex else { continue }
            for match in regex.matches(in: text, range: range) {
                guard let numberRange = Range(match.range(withName: "number"), in: text), let number = Double(text[numberRange]) else { continue }
                total += number * form.seconds
                found = true
            }
        }
        return found ? total : nil
    }

    /// `2 s`, `1.5 s`, `300 ms`.
    static func format(_ seconds: Double) -> String {
        if seconds < 1 { return "\(Int((seconds * 1000).rounded())) ms" }
        return seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.1f s", seconds)
    }
}

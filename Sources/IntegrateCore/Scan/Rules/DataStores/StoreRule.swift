/// The shape shared by data-store rules: a synchronous call to a database, cache or bucket.
enum StoreRule {
    static let argument = RulePatterns.argument

    static func make(
        _ id: String, _ summary: String, kind: Rule.Kind = .database, technology: String, _ languages: [Language],
        _ keywords: [String], _ pattern: String, confidence: Rule.Confidence = .high, note: String? = nil,
        _ triggering: [String], _ nonTriggering: [String]
    ) -> Rule {
        Rule(id: id, summary: summary, kind: kind, technology: technology, protocol: technology, direction: .call,
             languages: languages, keywords: keywords, pattern: pattern, confidence: confidence, note: note,
             triggering: triggering, nonTriggering: nonTriggering)
    }
}

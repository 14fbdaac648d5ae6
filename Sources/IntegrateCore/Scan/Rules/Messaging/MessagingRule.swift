/// The shape shared by producer and consumer rules: a topic or queue, async, send or receive.
enum MessagingRule {
    static let argument = RulePatterns.argument

    /// A producer (`.publish`, `.send`) or consumer (`.consume`, `.receive`) rule.
    static func make(
        _ id: String, _ summary: String, producer: Bool, technology: String, protocol: String, _ languages: [Language],
        _ keywords: [String], _ pattern: String, confidence: Rule.Confidence = .high, note: String? = nil,
        _ triggering: [String], _ nonTriggering: [String]
    ) -> Rule {
        Rule(id: id, summary: summary, kind: producer ? .publish : .consume, technology: technology, protocol: `protocol`,
             mode: .async, direction: producer ? .send : .receive, languages: languages, keywords: keywords, pattern: pattern,
             confidence: confidence, note: note, triggering: triggering, nonTriggering: nonTriggering)
    }
}

/// Dead-letter handling for messages that keep failing, in code or broker configuration.
enum MessagingSetupRules {
    static let all = [deadLetter]

    /// `x-dead-letter-exchange`, `deadLetterTopic`, `RedrivePolicy`, `DeadLetterPublishingRecoverer`.
    static let deadLetter = SetupRule(
        id: "messaging.setup.dead-letter", summary: "A dead-letter exchange, queue or topic (RabbitMQ, SQS redrive, Kafka recoverer, Pub/Sub, Service Bus).",
        provides: [.deadLetter], technology: "dead-letter", languages: Language.allCases, files: ["*.yml", "*.yaml", "*.json"],
        keywords: ["dead-letter", "deadLetter", "DeadLetter", "dead_letter", "RedrivePolicy"],
        pattern: #"(?<value>x-dead-letter-exchange|deadLetter(?:Exchange|Topic|Queue|Policy|TargetArn)|DeadLetter(?:PublishingRecoverer|Queue|Exchange|Topic)|dead_letter_(?:exchange|queue|topic|policy)|RedrivePolicy)\b"#,
        triggering: ["await channel.assertQueue(\"order.created\", { arguments: { \"↓x-dead-letter-exchange\": \"dlx\" } })"],
        nonTriggering: ["await channel.assertQueue(\"order.created\", { durable: true })"])
}

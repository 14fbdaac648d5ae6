import Testing
@testable import IntegrateCore

@Suite("Structure: endpoint redaction")
struct StructureRedactionTests {
    @Test(arguments: [
        ("postgres://user:pass@db/x", "postgres://db/x"),
        ("amqp://guest:guest@rabbitmq:5672/", "amqp://rabbitmq:5672/"),
        ("root:s3cret@tcp(mysql:3306)/app", "tcp(mysql:3306)/app"),
        ("jdbc:oracle:thin:scott/tiger@db:1521/ORCL", "db:1521/ORCL"),
        ("https://api.example.com/v1?api_key=abc&region=eu", "https://api.example.com/v1?region=eu"),
        ("Server=sql;User Id=sa;Password=pw;Database=app", "Server=sql;Database=app"),
        ("http://orders:8000", "http://orders:8000"),
    ])
    func credentialsAreRemoved(value: String, expected: String) {
        #expect(ConfigClassifier.redact(value) == expected)
    }

    @Test func keysAreClassified() {
        #expect(ConfigClassifier.classify(key: "ORDERS_URL", value: nil) == .endpoint)
        #expect(ConfigClassifier.classify(key: "spring.kafka.bootstrap-servers", value: "kafka:9092") == .endpoint)
        #expect(ConfigClassifier.classify(key: "SENTRY_DSN", value: nil) == .endpoint)
        #expect(ConfigClassifier.classify(key: "UPSTREAM", value: "http://a:1") == .endpoint)
        #expect(ConfigClassifier.classify(key: "DB_PASSWORD", value: "x") == .secret)
        #expect(ConfigClassifier.classify(key: "STRIPE_API_KEY", value: nil) == .secret)
        #expect(ConfigClassifier.classify(key: "GCP_CREDENTIALS", value: nil) == .secret)
        #expect(ConfigClassifier.classify(key: "GITHUB_TOKEN", value: nil) == .secret)
        #expect(ConfigClassifier.classify(key: "LOG_LEVEL", value: "debug") == nil)
    }

    @Test func webhookURLsKeepOnlyTheirHost() {
        let entry = ConfigClassifier.entry(key: "SLACK_WEBHOOK_URL", value: "https://hooks.slack.com/services/T0/B0/XXXXSECRET",
                                           component: nil, path: ".env", line: 1)
        #expect(entry?.value == "https://hooks.slack.com")
        #expect(entry?.evidence.snippet == "SLACK_WEBHOOK_URL=https://hooks.slack.com")
    }
}

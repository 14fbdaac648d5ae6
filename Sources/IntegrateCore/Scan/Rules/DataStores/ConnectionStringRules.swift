/// Connection strings written in code; reported only where no driver rule matched the line.
enum ConnectionStringRules {
    static let all = [database, redis, amqp]

    private static let allLanguages = Language.allCases
    private static let rest = #"://[^\s'"`]+"#

    static let database = Rule(
        id: "dsn.database", summary: "A database connection string in code.", kind: .database, technology: DataSystem.otherSQL,
        protocol: DataSystem.otherSQL, direction: .call, languages: allLanguages,
        keywords: ["postgres://", "postgresql://", "mysql://", "mongodb://", "mongodb+srv://", "postgresql+", "mysql+"],
        pattern: #"(?<target>(?<system>postgres|postgresql|mysql|mongodb|mongodb\+srv)(?:\+\w+)?"# + rest + ")",
        isFallback: true, note: "Credentials in the URL are replaced by `***`.",
        triggering: ["DEFAULT_DSN = \"↓postgresql://app:secret@db:5432/orders\""],
        nonTriggering: ["SCHEME = \"postgresql\""])

    static let redis = Rule(
        id: "dsn.redis", summary: "A Redis URL in code.", kind: .cache, technology: "redis", protocol: "redis", direction: .call,
        languages: allLanguages, keywords: ["redis://", "rediss://"],
        pattern: #"(?<target>rediss?"# + rest + ")", isFallback: true,
        triggering: ["CACHE = os.getenv(\"REDIS_URL\", \"↓redis://cache:6379/0\")"], nonTriggering: ["import redis"])

    static let amqp = Rule(
        id: "dsn.amqp", summary: "An AMQP broker URL in code (a connection, not a publish).", kind: .broker, technology: "rabbitmq",
        protocol: "amqp", mode: .async, direction: .call, languages: allLanguages, keywords: ["amqp://", "amqps://"],
        pattern: #"(?<target>amqps?"# + rest + ")", isFallback: true, confidence: .low,
        triggering: ["BROKER = \"↓amqp://guest:guest@rabbitmq:5672/\""], nonTriggering: ["import pika"])
}

/// .NET Aspire client integrations that take a connection *name* (`AddNpgsqlDbContext<T>("db")`,
/// `AddRedisClient("cache")`, `AddRabbitMQClient("bus")`): the name is the resource the AppHost
/// declares (or `ConnectionStrings:<name>` in configuration), so it is the target.
enum NamedConnectionRules {
    static let all = [database, cache, rabbitMQ, kafka]

    private static let name = #"(?<target>"[^"\n]+")"#

    static let database = StoreRule.make(
        "csharp.aspire.database", "An Aspire database client registered by connection name.", technology: "other_sql", [.csharp],
        ["DbContext<", "DataSource(", "Client("],
        #"\bAdd(?<system>Npgsql|SqlServer|MySql|Oracle|MongoDB|AzureCosmos)(?:DbContext<[^>]+>|DataSource|Client)\(\s*"# + name,
        note: "The database system comes from the method name; the name resolves through the AppHost's resources.",
        ["builder.↓AddNpgsqlDbContext<OrdersDb>(\"ordersdb\");"], ["builder.AddPostgres(\"pg\").AddDatabase(\"ordersdb\");"])

    static let cache = StoreRule.make(
        "csharp.aspire.redis", "An Aspire Redis client registered by connection name.", kind: .cache, technology: "redis", [.csharp],
        ["AddRedis"],
        #"\bAddRedis(?:Client|DistributedCache|OutputCache)\(\s*"# + name,
        ["builder.↓AddRedisClient(\"cache\");"], ["var cache = builder.AddRedis(\"cache\");"])

    static let rabbitMQ = Rule(
        id: "csharp.aspire.rabbitmq", summary: "An Aspire RabbitMQ client registered by connection name.",
        kind: .broker, technology: "rabbitmq", protocol: "amqp", mode: .async, direction: .send, languages: [.csharp],
        keywords: ["AddRabbitMQClient"], pattern: #"\bAddRabbitMQClient\(\s*"# + name,
        triggering: ["builder.↓AddRabbitMQClient(\"messaging\");"], nonTriggering: ["var bus = builder.AddRabbitMQ(\"messaging\");"])

    static let kafka = Rule(
        id: "csharp.aspire.kafka", summary: "An Aspire Kafka producer or consumer registered by connection name.",
        kind: .broker, technology: "kafka", protocol: "kafka", mode: .async, direction: .send, languages: [.csharp],
        keywords: ["AddKafka"], pattern: #"\bAddKafka(?:Producer|Consumer)<[^>]+>\(\s*"# + name,
        triggering: ["builder.↓AddKafkaProducer<string, string>(\"events\");"], nonTriggering: ["var kafka = builder.AddKafka(\"events\");"])
}

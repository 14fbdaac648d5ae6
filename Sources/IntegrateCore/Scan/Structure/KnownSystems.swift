import Foundation

/// Stores, brokers and SaaS vendors recognised by name: in package manifests (client libraries)
/// and in container images. System names follow OpenTelemetry (`db.system`, `messaging.system`).
enum KnownSystems {
    /// The resource kind of a system.
    static func kind(of system: String) -> Resource.Kind {
        switch system {
        case "postgresql", "mysql", "mongodb", "cassandra", "dynamodb", "mssql": return .database
        case "redis", "memcached": return .cache
        case "elasticsearch": return .search
        case "kafka", "rabbitmq", "nats", "aws.sqs": return .broker
        case "s3": return .objectStorage
        default: return .saas
        }
    }

    /// Client libraries as they are named in manifests (lowercased; one path or coordinate
    /// segment each), and the system they talk to.
    static let dependencies: [String: String] = {
        let table: [String: [String]] = [
            "postgresql": [
                "psycopg", "psycopg2", "psycopg2-binary", "psycopg-binary", "asyncpg", "pg", "pg-promise", "pgx",
                "pq", "postgres-nio", "postgresql", "npgsql", "fluent-postgres-driver", "postgres", "r2dbc-postgresql",
            ],
            "mysql": [
                "mysql", "mysql2", "mysqlclient", "pymysql", "aiomysql", "mysql-connector-java", "mysql-connector-j",
                "mysql-connector-python", "mysql-nio", "mysqlconnector", "mysql.data", "fluent-mysql-driver",
            ],
            "redis": [
                "redis", "ioredis", "go-redis", "aioredis", "jedis", "lettuce-core", "spring-boot-starter-data-redis",
                "stackexchange.redis", "redistack", "redis-rb",
            ],
            "mongodb": [
                "pymongo", "motor", "mongoose", "mongodb", "mongo-driver", "mongodb.driver", "mongo-swift-driver",
                "mongokitten", "spring-boot-starter-data-mongodb", "mongoid",
            ],
            "kafka": [
                "kafkajs", "kafka-python", "confluent-kafka", "aiokafka", "spring-kafka", "sarama", "kafka-go",
                "confluent.kafka", "kafka-clients", "node-rdkafka", "ruby-kafka", "swift-kafka-client",
            ],
            "rabbitmq": [
                "pika", "aio-pika", "amqplib", "amqp-connection-manager", "spring-rabbit", "spring-boot-starter-amqp",
                "rabbitmq.client", "amqp091-go", "bunny", "php-amqplib",
            ],
            "nats": ["nats", "nats.go", "nats-py", "nats.ws", "nats.net", "nats.client", "nats.swift"],
            "elasticsearch": [
                "elasticsearch", "elasticsearch-py", "go-elasticsearch", "elastic.clients.elasticsearch",
                "elasticsearch-java", "elasticsearch-rest-high-level-client",
            ],
            "memcached": ["pymemcache", "memjs", "gomemcache"],
            "stripe": ["stripe", "stripe-go", "stripe.net", "stripe-java", "stripe-node", "stripe-php"],
            "twilio": ["twilio", "twilio-go", "twilio-node", "twilio-java"],
            "sendgrid": ["sendgrid", "sendgrid-python", "sendgrid-go"],
            "aws": ["boto3", "botocore", "aws-sdk", "aws-sdk-go", "aws-sdk-go-v2", "soto", "awssdk.core", "aws-sdk-java"],
        ]
        var names: [String: String] = [:]
        for (system, list) in table { for name in list { names[name] = system } }
        return names
    }()

    /// Words a component's code contains when it talks to `system` (an import, a client type, a
    /// driver name), compared lowercased; `nil` for systems without a list (never checked).
    static func codeTokens(of system: String) -> [String]? {
        switch system {
        case "postgresql": return ["postgres", "psycopg", "asyncpg", "npgsql", "pgx", "r2dbc", "jdbc:postgresql"]
        case "mysql": return ["mysql", "mariadb"]
        case "mssql": return ["sqlserver", "sqlclient", "mssql"]
        case "redis": return ["redis", "lettuce", "jedis"]
        case "mongodb": return ["mongo"]
        case "cassandra": return ["cassandra", "gocql"]
        case "kafka": return ["kafka", "sarama"]
        case "rabbitmq": return ["rabbit", "amqp", "pika", "bunny"]
        case "nats": return ["nats"]
        case "elasticsearch": return ["elastic", "opensearch"]
        case "memcached": return ["memcache"]
        case "stripe", "twilio", "sendgrid": return [system]
        default: return nil
        }
    }

    /// The system a container image runs, for images of stores and brokers (`postgres:16`,
    /// `bitnami/kafka:3.7`, `confluentinc/cp-kafka`), else `nil`.
    static func system(ofImage image: String) -> String? {
        var name = image.lowercased()
        if let at = name.firstIndex(of: "@") { name = String(name[..<at]) }
        if let colon = name.lastIndex(of: ":"), !name[colon...].contains("/") { name = String(name[..<colon]) }
        let last = name.split(separator: "/").last.map(String.init) ?? name
        // SQL Server images are named by their folder (`mcr.microsoft.com/mssql/server`).
        if name.hasSuffix("mssql/server") || name.hasSuffix("mssql/rhel/server") || last == "azure-sql-edge" { return "mssql" }
        switch last {
        case "postgres", "postgresql", "postgis": return "postgresql"
        case "mysql", "mariadb", "percona": return "mysql"
        case "redis", "redis-stack", "valkey", "keydb": return "redis"
        case "mongo", "mongodb", "mongodb-community-server": return "mongodb"
        case "elasticsearch", "opensearch": return "elasticsearch"
        case "rabbitmq": return "rabbitmq"
        case "kafka", "cp-kafka", "cp-server", "redpanda": return "kafka"
        case "nats", "nats-streaming": return "nats"
        case "memcached": return "memcached"
        default: return nil
        }
    }
}

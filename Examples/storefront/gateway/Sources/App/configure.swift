import Redis
import Vapor

public func configure(_ app: Application) throws {
    // Cache for catalog reads.
    app.redis.configuration = try RedisConfiguration(url: Environment.get("REDIS_URL") ?? "redis://localhost:6379")
    app.http.client.configuration.timeout = .init(connect: .seconds(1), read: .seconds(2))
    try routes(app)
}

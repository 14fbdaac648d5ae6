import Redis
import Vapor

struct OrderSummary: Content {
    var id: String
    var total: Int
}

func routes(_ app: Application) throws {
    let ordersURL = Environment.get("ORDERS_URL") ?? "http://localhost:8000"
    let inventoryURL = Environment.get("INVENTORY_URL") ?? "http://localhost:8081"

    app.get("health") { _ in "ok" }

    let api = app.grouped("api", "v1")

    api.get("orders") { req async throws -> [OrderSummary] in
        let response = try await req.client.get(URI(string: "\(ordersURL)/orders"))
        return try response.content.decode([OrderSummary].self)
    }

    api.post("orders") { req async throws -> Response in
        // Forwarded as is; orders validates the payload.
        let response = try await req.client.post(URI(string: "\(ordersURL)/orders")) { outgoing in
            outgoing.body = req.body.data
        }
        return Response(status: response.status, body: .init(buffer: response.body ?? .init()))
    }

    api.get("stock", ":sku") { req async throws -> String in
        let sku = try req.parameters.require("sku")
        if let cached = try await req.redis.get(RedisKey("stock:\(sku)"), as: String.self) {
            return cached
        }
        let response = try await req.client.get(URI(string: "\(inventoryURL)/stock/\(sku)"))
        let body = try response.content.decode(String.self)
        try await req.redis.setex(RedisKey("stock:\(sku)"), to: body, expirationInSeconds: 30)
        return body
    }
}

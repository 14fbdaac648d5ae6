import Foundation
import Testing
@testable import IntegrateCore

/// A hand-made point, as the source rules would report it (component not yet assigned).
func point(
    _ rule: String, _ path: String, _ line: Int, kind: IntegrationPoint.Kind, technology: String = "http",
    protocol: String = "http", mode: IntegrationPoint.Mode = .sync, direction: IntegrationPoint.Direction = .call,
    target: String? = nil, topic: String? = nil, scope: IntegrationPoint.Scope = .production
) -> IntegrationPoint {
    IntegrationPoint(
        id: "\(rule)@\(path):\(line)", rule: rule, component: nil, kind: kind, technology: technology, protocol: `protocol`,
        mode: mode, direction: direction, target: target, topic: topic,
        evidence: [Evidence(path: path, line: line, snippet: target ?? topic ?? rule)], scope: scope)
}

@Suite("Landscape: resolver")
struct LandscapeResolverTests {
    static let compose = """
        services:
          gateway:
            build: ./gateway
            environment:
              ORDERS_URL: http://orders:8000
              CATALOG_ADDR: catalog:50051
            depends_on: [orders]
          orders:
            build: ./orders
            environment:
              DATABASE_URL: postgresql://orders:pw@postgres:5432/orders
              AMQP_URL: amqp://guest:guest@rabbitmq:5672/
          catalog:
            build: ./catalog
          notifications:
            build: ./notifications
          postgres:
            image: postgres:16
          cache:
            image: redis:7
          rabbitmq:
            image: rabbitmq:3
        """

    static func facts() throws -> (StructuralFacts, TestProject) {
        try structuralFacts([
            "docker-compose.yml": compose,
            "gateway/Package.swift": "// swift-tools-version:5.9\n",
            "orders/requirements.txt": "fastapi\n",
            "catalog/go.mod": "module catalog\n",
            "notifications/package.json": "{}\n",
        ])
    }

    static func resolve(_ points: [IntegrationPoint]) throws -> Landscape {
        let (facts, _) = try facts()
        return LandscapeResolver().resolve(facts: facts, source: SourceScanResult(points: points))
    }

    static func edge(_ landscape: Landscape, _ from: String, _ to: String) -> Edge? {
        landscape.edges.first { $0.from == from && $0.to == to }
    }

    @Test func envKeyTargetResolvesThroughComponentConfig() throws {
        let call = point("swift.http.client", "gateway/Sources/App/routes.swift", 12, kind: .outboundHTTP,
                         target: #"Environment.get("ORDERS_URL")"#)
        let landscape = try Self.resolve([call])
        #expect(landscape.points.first?.component == "gateway")
        let edge = try #require(Self.edge(landscape, "gateway", "orders"))
        #expect(edge.strength == .call && edge.protocol == "http" && edge.points == [call.id])
        // The config edge and the depends_on edge of the same pair fold into the call.
        #expect(landscape.edges.filter { $0.from == "gateway" && $0.to == "orders" }.count == 1)
        #expect(edge.evidence.contains { $0.path == "docker-compose.yml" })
        #expect(landscape.unresolved.isEmpty)
    }

    @Test func serviceDiscoveryURLsHostPortAndClusterDNS() throws {
        let points = [
            point("java.http.webclient", "orders/app/a.py", 1, kind: .outboundHTTP, target: "lb://notifications"),
            point("cs.http.client", "orders/app/b.py", 2, kind: .outboundHTTP, target: "https+http://catalog"),
            point("go.grpc.dial", "gateway/Sources/App/c.swift", 3, kind: .grpcClient, technology: "grpc", protocol: "grpc", target: "\"catalog:50051\""),
            point("py.http.requests", "notifications/src/d.ts", 4, kind: .outboundHTTP, target: "http://orders.shop.svc.cluster.local:8000/x"),
        ]
        let landscape = try Self.resolve(points)
        #expect(Self.edge(landscape, "orders", "notifications")?.strength == .call)
        #expect(Self.edge(landscape, "orders", "catalog")?.strength == .call)
        let grpc = landscape.edges.filter { $0.from == "gateway" && $0.to == "catalog" }
        #expect(grpc.map(\.protocol) == ["grpc"])
        #expect(grpc.first?.strength == .call)
        #expect(Self.edge(landscape, "notifications", "orders")?.points == [points[3].id])
        #expect(landscape.unresolved.isEmpty)
    }

    @Test func aGenericSQLDriverTakesTheSystemOfItsStore() throws {
        let generic = point("python.db.sqlalchemy", "orders/app/db.py", 6, kind: .database, technology: "other_sql", protocol: "other_sql",
                            target: "os.environ[\"DATABASE_URL\"]")
        let landscape = try Self.resolve([generic])
        #expect(landscape.points.first?.technology == "postgresql")
        #expect(Self.edge(landscape, "orders", "postgresql:postgres")?.protocol == "postgresql")
        let unresolved = point("python.db.sqlalchemy", "catalog/db.py", 3, kind: .database, technology: "other_sql", protocol: "other_sql",
                               target: "engine_url")
        #expect(try Self.resolve([unresolved]).points.first?.technology == "other_sql")
    }

    @Test func aBrokerConnectionLinksToTheBrokerNotToATopic() throws {
        let connection = point("dsn.amqp", "notifications/src/worker.ts", 17, kind: .broker, technology: "rabbitmq", protocol: "amqp",
                               mode: .async, target: "amqp://localhost")
        let landscape = try Self.resolve([connection])
        #expect(Self.edge(landscape, "notifications", "rabbitmq:rabbitmq")?.points == [connection.id])
        #expect(landscape.unresolved.isEmpty)
        #expect(!landscape.edges.contains { $0.strength == .messaging })
    }

    @Test func dsnAndOnlyResourceOfSystem() throws {
        let points = [
            point("py.db.psycopg", "orders/app/db.py", 5, kind: .database, technology: "postgresql", protocol: "postgresql",
                  target: "os.environ[\"DATABASE_URL\"]"),
            point("js.cache.ioredis", "notifications/src/cache.ts", 7, kind: .cache, technology: "redis", protocol: "redis"),
            point("go.db.mongo", "catalog/db.go", 9, kind: .database, technology: "mongodb", protocol: "mongodb"),
        ]
        let landscape = try Self.resolve(points)
        #expect(Self.edge(landscape, "orders", "postgresql:postgres")?.strength == .call)
        #expect(Self.edge(landscape, "notifications", "redis:cache")?.points == [points[1].id])
        #expect(landscape.unresolved == [points[2].id])
        #expect(landscape.resources.first { $0.id == "redis:cache" }?.usedBy == ["notifications"])
        #expect(landscape.resources.first { $0.id == "postgresql:postgres" }?.usedBy == ["orders"])
    }

    @Test func topicsLinkProducersToConsumersAndBroker() throws {
        let publish = point("py.amqp.publish", "orders/app/events.py", 20, kind: .publish, technology: "rabbitmq", protocol: "amqp",
                            mode: .async, direction: .send, topic: "order.created")
        let consume = point("js.amqp.consume", "notifications/src/worker.ts", 8, kind: .consume, technology: "rabbitmq", protocol: "amqp",
                            mode: .async, direction: .receive, topic: "order.created")
        let other = point("js.amqp.consume", "notifications/src/worker.ts", 30, kind: .consume, technology: "rabbitmq", protocol: "amqp",
                          mode: .async, direction: .receive, topic: "order.cancelled")
        let landscape = try Self.resolve([publish, consume, other])
        let messaging = landscape.edges.filter { $0.strength == .messaging }
        #expect(messaging.count == 1)
        #expect(messaging.first?.from == "orders" && messaging.first?.to == "notifications")
        #expect(messaging.first?.topic == "order.created" && messaging.first?.mode == .async)
        #expect(messaging.first?.points == [consume.id, publish.id].sorted())
        let broker = try #require(Self.edge(landscape, "orders", "rabbitmq:rabbitmq"))
        #expect(broker.protocol == "amqp" && broker.points == [publish.id])
        #expect(landscape.unresolved.isEmpty)
    }

    @Test func saasAndExternalHostsBecomeResources() throws {
        let points = [
            point("py.saas.stripe", "orders/app/pay.py", 3, kind: .saas, technology: "stripe", protocol: "https"),
            point("js.http.fetch", "notifications/src/a.ts", 4, kind: .outboundHTTP, target: "https://api.twilio.com/2010-04-01/Messages"),
            point("js.http.fetch", "notifications/src/a.ts", 9, kind: .outboundHTTP, target: "`https://api.example.com/v1/${id}`"),
            point("py.http.requests", "orders/app/x.py", 10, kind: .outboundHTTP, target: "config.url"),
            point("py.http.requests", "orders/app/x.py", 11, kind: .outboundHTTP, target: "'partner.example.org'"),
        ]
        let landscape = try Self.resolve(points)
        #expect(Self.edge(landscape, "orders", "saas:stripe") != nil)
        #expect(Self.edge(landscape, "notifications", "saas:twilio") != nil)
        let external = try #require(landscape.resources.first { $0.id == "external:api.example.com" })
        #expect(external.kind == .externalAPI && external.usedBy == ["notifications"])
        #expect(landscape.resources.first { $0.id == "saas:stripe" }?.kind == .saas)
        #expect(landscape.unresolved == [points[3].id])
        #expect(Self.edge(landscape, "orders", "external:partner.example.org")?.points == [points[4].id])
    }

    @Test func unresolvedTargetsStayVisibleAndTestsAreKeptApart() throws {
        let unknown = point("py.http.requests", "orders/app/x.py", 1, kind: .outboundHTTP, target: "base_url + \"/items\"")
        let local = point("py.http.requests", "orders/app/x.py", 2, kind: .outboundHTTP, target: "http://localhost:9999/")
        let inTest = point("py.http.requests", "orders/tests/t.py", 3, kind: .outboundHTTP, target: "http://nowhere:1", scope: .test)
        let inbound = point("py.http.route", "orders/app/x.py", 4, kind: .inboundHTTP, direction: .receive)
        let landscape = try Self.resolve([unknown, local, inTest, inbound])
        #expect(landscape.unresolved == [local.id, unknown.id].sorted())
        #expect(landscape.points.map(\.id) == [unknown.id, local.id, inbound.id, inTest.id])
        #expect(!landscape.edges.contains { $0.points.contains(inTest.id) })
    }

    @Test func configOnlyLinksAreConfigEdgesAndOutputIsDeterministic() throws {
        let landscape = try Self.resolve([])
        let grpc = try #require(Self.edge(landscape, "gateway", "catalog"))
        #expect(grpc.strength == .config && grpc.protocol == "grpc")
        #expect(Self.edge(landscape, "orders", "rabbitmq:rabbitmq")?.protocol == "amqp")
        #expect(Self.edge(landscape, "orders", "rabbitmq:rabbitmq")?.mode == .async)
        #expect(Self.edge(landscape, "orders", "postgresql:postgres")?.strength == .config)
        let ordered = landscape.edges.map { "\($0.from)|\($0.to)|\($0.protocol)" }
        #expect(ordered == ordered.sorted())
        #expect(StableJSON.encode(landscape) == StableJSON.encode(try Self.resolve([])))
        #expect(!StableJSON.encode(landscape).contains("guest:guest"))
    }
}

@Suite("Landscape: manifest dependencies")
struct LandscapeDependencyEdgeTests {
    @Test func clientLibrariesLinkTheirComponentUntilACallSiteIsFound() throws {
        let (facts, _) = try structuralFacts([
            "orders/requirements.txt": "stripe==9.0\npika==1.3\n",
            "docker-compose.yml": "services:\n  orders:\n    build: ./orders\n  mq:\n    image: rabbitmq:3\n",
        ])
        let landscape = LandscapeResolver().resolve(facts: facts, source: SourceScanResult())
        let stripe = try #require(landscape.edges.first { $0.to == "saas:stripe" })
        #expect(stripe.from == "orders" && stripe.strength == .manifest && stripe.protocol == "http")
        #expect(stripe.evidence == [Evidence(path: "orders/requirements.txt", line: 1, snippet: "stripe==9.0")])
        let broker = try #require(landscape.edges.first { $0.to == "rabbitmq:mq" })
        #expect(broker.protocol == "amqp" && broker.mode == .async)

        let call = point("py.saas.stripe", "orders/app/pay.py", 4, kind: .saas, technology: "stripe", protocol: "http")
        let withCall = LandscapeResolver().resolve(facts: facts, source: SourceScanResult(points: [call]))
        let edges = withCall.edges.filter { $0.to == "saas:stripe" }
        #expect(edges.count == 1)
        #expect(edges.first?.strength == .call)
        #expect(edges.first?.evidence.count == 2)
    }
}

@Suite("Landscape: variables and relative calls")
struct LandscapeVariableTargetTests {
    @Test func camelCaseVariablesAndRelativeLiterals() throws {
        let (facts, _) = try structuralFacts([
            "docker-compose.yml": """
                services:
                  gateway:
                    build: ./gateway
                    environment:
                      ORDERS_URL: http://orders:8000
                      INVENTORY_BASE_URL: http://inventory:8081
                  orders:
                    build: ./orders
                  inventory:
                    build: ./inventory
                  shipping:
                    build: ./shipping
                    environment:
                      CARRIER_API_URL: https://api.carrier.example.com/v2
                """,
            "gateway/Package.swift": "//\n", "orders/go.mod": "module o\n", "inventory/go.mod": "module i\n", "shipping/Shipping.csproj": "<Project/>\n",
        ])
        let points = [
            point("swift.http.vapor-client", "gateway/Sources/App/routes.swift", 18, kind: .outboundHTTP, target: #"URI(string: "\(ordersURL)/orders")"#),
            point("swift.http.vapor-client", "gateway/Sources/App/routes.swift", 35, kind: .outboundHTTP, target: #"URI(string: "\(inventoryBaseUrl)/stock")"#),
            point("csharp.http.httpclient", "shipping/Program.cs", 16, kind: .outboundHTTP, target: #"$"rates?order={orderId}""#),
            point("swift.http.vapor-client", "gateway/Sources/App/routes.swift", 40, kind: .outboundHTTP, target: #""/relative""#),
            point("swift.http.vapor-client", "gateway/Sources/App/routes.swift", 41, kind: .outboundHTTP, target: "someVariable"),
        ]
        let landscape = LandscapeResolver().resolve(facts: facts, source: SourceScanResult(points: points))
        func edge(_ from: String, _ to: String) -> Edge? { landscape.edges.first { $0.from == from && $0.to == to } }
        #expect(edge("gateway", "orders")?.points == [points[0].id])
        #expect(edge("gateway", "orders")?.evidence.first?.path == "gateway/Sources/App/routes.swift")
        #expect(edge("gateway", "inventory")?.points == [points[1].id])
        #expect(edge("shipping", "external:api.carrier.example.com")?.strength == .call)
        // Two HTTP endpoints configured: a relative call cannot be placed; a bare variable never is.
        #expect(landscape.unresolved == [points[3].id, points[4].id].sorted())
        #expect(TargetExpression.upperSnake("ordersBaseURL") == "ORDERS_BASE_URL")
        #expect(TargetExpression.upperSnake("URLForOrders") == "URL_FOR_ORDERS")
        #expect(TargetExpression.upperSnake("orders_url") == "ORDERS_URL")
    }
}

@Suite("Landscape: edge folding")
struct LandscapeEdgeFoldingTests {
    @Test func configEdgesOfAnotherProtocolStayApart() {
        var collector = EdgeCollector()
        let call = Evidence(path: "a/main.py", line: 3)
        let config = Evidence(path: "k8s/a.yaml", line: 9)
        let start = Evidence(path: "compose.yaml", line: 4)
        collector.add(Edge(from: "a", to: "b", protocol: "http", mode: .sync, strength: .call, points: ["p2"], evidence: [call]))
        collector.add(Edge(from: "a", to: "b", protocol: "http", mode: .sync, strength: .call, points: ["p1"], evidence: [call]))
        collector.add(Edge(from: "a", to: "b", protocol: "grpc", mode: .sync, strength: .config, evidence: [config]))
        collector.add(Edge(from: "a", to: "b", protocol: "https", mode: .sync, strength: .config, evidence: [config]))
        collector.add(Edge(from: "a", to: "b", protocol: "depends_on", mode: .sync, strength: .startOrder, evidence: [start]))
        collector.add(Edge(from: "a", to: "db", protocol: "postgresql", mode: .sync, strength: .call, evidence: [call]))
        collector.add(Edge(from: "a", to: "db", protocol: "jdbc", mode: .sync, strength: .config, evidence: [config]))
        let edges = collector.result(resources: ["db"])
        #expect(edges.map { "\($0.from)->\($0.to) \($0.protocol) \($0.strength.rawValue)" } == [
            "a->b grpc config", "a->b http call", "a->db postgresql call",
        ])
        #expect(edges[1].points == ["p1", "p2"])
        #expect(edges[1].evidence == [call, config, start])
        #expect(edges[2].evidence == [call, config])
    }
}

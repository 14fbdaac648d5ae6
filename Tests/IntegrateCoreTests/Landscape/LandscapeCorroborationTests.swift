import Foundation
import Testing
@testable import IntegrateCore

/// Edges resting only on a weak statement (a shared ConfigMap, a declared library, `depends_on`)
/// are kept where the component's code backs them and dropped where it shows no use.
@Suite("Landscape: weak edges need the code")
struct LandscapeCorroborationTests {
    static func scan(_ files: [String: String]) throws -> Landscape {
        let project = try TestProject(files: files)
        return try ProjectScanner().scan(root: project.root).landscape
    }

    static func deployment(_ name: String, envFrom map: String) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: \(name)
        spec:
          template:
            metadata:
              labels:
                app: \(name)
            spec:
              containers:
              - name: \(name)
                image: shop/\(name):1
                envFrom:
                - configMapRef:
                    name: \(map)
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: \(name)
        spec:
          selector:
            app: \(name)

        """
    }

    @Test func aSharedConfigMapKeyIsAnEdgeOnlyForReadersWhoseCodeNamesIt() throws {
        let landscape = try Self.scan([
            "deploy/addresses.yaml": """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: addresses
            data:
              STOCK_ADDR: "stock:9000"
              SPRING_DATASOURCE_URL: "jdbc:postgresql://ledger:5432/app"

            """,
            "deploy/orders.yaml": Self.deployment("orders", envFrom: "addresses"),
            "deploy/billing.yaml": Self.deployment("billing", envFrom: "addresses"),
            "deploy/stock.yaml": Self.deployment("stock", envFrom: "stock-only"),
            "orders/Dockerfile": "FROM python:3.12\n",
            "orders/app.py": "import os\nstock = os.environ[\"STOCK_ADDR\"]\n",
            "billing/Dockerfile": "FROM python:3.12\n",
            "billing/app.py": "import os\nprint(os.environ.get('HOME'))\n",
            "stock/Dockerfile": "FROM python:3.12\n",
            "stock/app.py": "print('stock')\n",
        ])
        #expect(landscape.edges.contains { $0.from == "orders" && $0.to == "stock" })
        #expect(!landscape.edges.contains { $0.from == "billing" && $0.to == "stock" })
        // A key the framework binds by itself (Spring's relaxed binding) counts as read.
        #expect(EdgeCorroboration.reads("", key: "SPRING_DATASOURCE_URL"))
        #expect(EdgeCorroboration.reads("cfg[\"Basket\"]", key: "Urls:Basket"))
        #expect(!EdgeCorroboration.reads("os.environ['A_ADDR']", key: "B_ADDR"))
    }

    @Test func aDeclaredClientLibraryIsAnEdgeOnlyWhenTheCodeNamesItsSystem() throws {
        let landscape = try Self.scan([
            "docker-compose.yml": """
            services:
              orders:
                build: ./orders
              billing:
                build: ./billing
              cache:
                image: redis:7

            """,
            "orders/Dockerfile": "FROM python:3.12\n",
            "orders/requirements.txt": "redis==5.0\n",
            "orders/app.py": "from redis import Redis\nclient = Redis(host='cache')\n",
            "billing/Dockerfile": "FROM python:3.12\n",
            "billing/requirements.txt": "redis==5.0\nflask==3.0\n",
            "billing/app.py": "from flask import Flask\napp = Flask(__name__)\n",
        ])
        #expect(landscape.edges.contains { $0.from == "orders" && $0.to == "redis:cache" })
        #expect(!landscape.edges.contains { $0.from == "billing" && $0.to == "redis:cache" })
    }

    @Test func startOrderAloneIsAnEdgeOnlyWhenTheCodeNamesTheOtherEnd() throws {
        let landscape = try Self.scan([
            "docker-compose.yml": """
            services:
              orders:
                build: ./orders
                depends_on: [db]
              billing:
                build: ./billing
                depends_on: [db, orders]
              mailer:
                build: ./mailer
                depends_on: [orders]
              db:
                image: postgres:16

            """,
            "orders/Dockerfile": "FROM python:3.12\n",
            "orders/app.py": "import psycopg\n",
            "billing/Dockerfile": "FROM python:3.12\n",
            "billing/app.py": "print('billing')\n",
            "mailer/Dockerfile": "FROM node:22\n",
            "mailer/index.js": "const upstream = 'orders';\n",
        ])
        #expect(landscape.edges.contains { $0.from == "orders" && $0.to == "postgresql:db" })
        #expect(!landscape.edges.contains { $0.from == "billing" && $0.to == "postgresql:db" })
        #expect(!landscape.edges.contains { $0.from == "billing" && $0.to == "orders" })
        #expect(landscape.edges.contains { $0.from == "mailer" && $0.to == "orders" })
    }

    @Test func aKeyValueConnectionStringNamesItsServer() throws {
        let landscape = try Self.scan([
            "docker-compose.yml": """
            services:
              orders:
                build: ./orders
                environment:
                  - ConnectionString=${ORDERS_DB:-Server=sql;Database=Orders;User Id=sa;Password=Secret1;Encrypt=False}
              sql:
                image: mcr.microsoft.com/mssql/server:2022-latest

            """,
            "orders/Dockerfile": "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n",
            "orders/Orders.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>\n",
            "orders/Startup.cs": "options.UseSqlServer(configuration[\"ConnectionString\"]);\n",
        ])
        #expect(landscape.resources.contains { $0.id == "mssql:sql" && $0.kind == .database })
        #expect(landscape.edges.contains { $0.from == "orders" && $0.to == "mssql:sql" })
        let entry = try #require(landscape.config.first { $0.key == "ConnectionString" })
        #expect(entry.kind == .endpoint)
        #expect(entry.value?.contains("Secret1") == false && entry.value?.contains("sa") == false)
    }

    @Test func connectionStringsAreEndpointsAndLoseTheirCredentials() {
        #expect(ConfigClassifier.classify(key: "OrdersConnectionString", value: nil) == .endpoint)
        #expect(ConfigClassifier.classify(key: "DB", value: "Host=pg;Port=5432;Database=app") == .endpoint)
        #expect(ConfigClassifier.classify(key: "GREETING", value: "Hello=world") == nil)
        #expect(ConfigClassifier.redact("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=abc123") == "DefaultEndpointsProtocol=https;AccountName=acct")
        #expect(ConfigClassifier.redact("Endpoint=sb://bus/;SharedAccessKeyName=root;SharedAccessKey=xyz") == "Endpoint=sb://bus/;SharedAccessKeyName=root")
        #expect(KnownSystems.system(ofImage: "mcr.microsoft.com/mssql/server:2019-latest") == "mssql")
    }

    @Test func aLibraryStoreEdgeReachesOnlyUsersThatStateTheConnection() {
        let library = Component(id: "log", name: "log", path: "log", kind: .library)
        let withConfig = Component(id: "a", name: "a", path: "a", uses: ["log"])
        let without = Component(id: "b", name: "b", path: "b", uses: ["log"])
        let edges = [
            Edge(from: "log", to: "mssql:sql", protocol: "mssql", mode: .sync, strength: .call),
            Edge(from: "a", to: "mssql:sql", protocol: "mssql", mode: .sync, strength: .config),
        ]
        let result = LibraryPassThrough(components: [library, withConfig, without])
            .apply(edges, resources: ["mssql:sql"], storeIDs: ["mssql:sql"])
        #expect(result.contains { $0.from == "a" && $0.to == "mssql:sql" && $0.strength == .call })
        #expect(!result.contains { $0.from == "b" })
    }
}

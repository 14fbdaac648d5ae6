import Foundation
import Testing
@testable import IntegrateCore

@Suite("Structure: docker-compose")
struct StructureComposeTests {
    static let base = """
        services:
          api:
            build: ./api
            ports: ["8080:8080"]
            environment:
              ORDERS_URL: http://orders:8000
              DATABASE_URL: postgres://app:${DB_PASSWORD:-changeme}@db:5432/app
              LOG_LEVEL: info
            depends_on: [orders, db]
          orders:
            build:
              context: ./orders
            environment:
              - CACHE_URL=redis://${CACHE_HOST-cache}:6379
              - PAYMENTS_URL=${PAYMENTS_URL}
              - STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
            depends_on:
              db:
                condition: service_healthy
              cache:
                condition: service_started
          db:
            image: postgres:16
          cache:
            image: redis:7-alpine
          mailer:
            image: ghcr.io/acme/mailer:2
        """

    static let files: [String: String] = [
        "docker-compose.yml": base,
        "docker-compose.override.yml": """
            services:
              orders:
                environment:
                  - PAYMENTS_URL=http://payments.internal:9000
              broker:
                image: bitnami/kafka:3.7
            """,
        ".env": "STRIPE_SECRET_KEY=sk_live_very_secret_value\n",
        ".env.example": "PAYMENTS_URL=http://payments.example:1\nDB_PASSWORD=example-password\n",
        "api/package.json": "{\n  \"name\": \"api\",\n  \"dependencies\": {\n    \"ioredis\": \"^5\"\n  }\n}\n",
        "api/src/index.js": "console.log(1)\n",
        "orders/requirements.txt": "fastapi==0.110\npsycopg2-binary==2.9\n",
        "orders/app/main.py": "print(1)\n",
    ]

    @Test func servicesBecomeComponentsAndResources() throws {
        let (facts, _) = try structuralFacts(Self.files)
        #expect(facts.components.map(\.id) == ["api", "mailer", "orders"])
        let api = try #require(facts.components.first { $0.id == "api" })
        #expect(api.path == "api")
        #expect(api.hostnames == ["api"])
        #expect(api.languages == ["javascript"])
        #expect(api.manifests == ["api/package.json"])
        let mailer = try #require(facts.components.first { $0.id == "mailer" })
        #expect(mailer.path == nil)
        #expect(mailer.image == "ghcr.io/acme/mailer:2")
        #expect(facts.resources.map(\.id) == ["kafka:broker", "postgresql:db", "redis:cache"])
        let db = try #require(facts.resources.first { $0.id == "postgresql:db" })
        #expect(db.kind == .database && db.host == "db" && db.name == "db")
        #expect(db.usedBy == ["orders"])
        #expect(db.evidence.contains { $0.path == "orders/requirements.txt" && $0.line == 2 })
        #expect(facts.resources.first { $0.id == "redis:cache" }?.usedBy == ["api"])
        #expect(facts.resources.first { $0.id == "kafka:broker" }?.kind == .broker)
    }

    @Test func dependsOnListAndMapFormsAreStartOrderEdges() throws {
        let (facts, _) = try structuralFacts(Self.files)
        let pairs = facts.edges.map { "\($0.from)->\($0.to)" }
        #expect(pairs == ["api->orders", "api->postgresql:db", "orders->postgresql:db", "orders->redis:cache"])
        #expect(facts.edges.allSatisfy { $0.strength == .startOrder })
        let edge = try #require(facts.edges.first { $0.from == "orders" && $0.to == "redis:cache" })
        #expect(edge.evidence.first?.path == "docker-compose.yml")
        #expect(edge.evidence.first?.line == 20)
    }

    @Test func environmentIsInterpolatedLayeredAndRedacted() throws {
        let (facts, _) = try structuralFacts(Self.files)
        func entry(_ key: String, _ component: String) -> ConfigEntry? {
            facts.config.first { $0.key == key && $0.component == component }
        }
        #expect(entry("ORDERS_URL", "api")?.value == "http://orders:8000")
        #expect(entry("DATABASE_URL", "api")?.value == "postgres://db:5432/app")
        #expect(entry("CACHE_URL", "orders")?.value == "redis://cache:6379")
        // The override file wins over the base file and over `.env.example`.
        #expect(entry("PAYMENTS_URL", "orders")?.value == "http://payments.internal:9000")
        #expect(entry("PAYMENTS_URL", "orders")?.evidence.path == "docker-compose.override.yml")
        let secret = try #require(entry("STRIPE_SECRET_KEY", "orders"))
        #expect(secret.kind == .secret && secret.value == nil)
        #expect(entry("LOG_LEVEL", "api") == nil)
        let json = StableJSON.encode(Landscape(components: facts.components, resources: facts.resources, config: facts.config))
        #expect(!json.contains("sk_live_very_secret_value"))
        #expect(!json.contains("changeme"))
        #expect(!json.contains("example-password"))
    }

    @Test func interpolationForms() {
        let interpolation = Interpolation(environment: ["A": "a", "EMPTY": ""], defaults: ["B": "b"])
        #expect(interpolation.apply("${A}/${B}/$A") == "a/b/a")
        #expect(interpolation.apply("${MISSING:-x-y}") == "x-y")
        #expect(interpolation.apply("${EMPTY:-d}|${EMPTY-d}|${MISSING-d}") == "d||d")
        #expect(interpolation.apply("$$A ${A:?must-be-set}") == "$A a")
    }

    @Test func composeYamlWithoutOverrideAndImageOnlyServices() throws {
        let (facts, _) = try structuralFacts([
            "compose.yaml": "services:\n  web:\n    image: nginx:1.27\n  queue:\n    image: rabbitmq:3-management\n    depends_on: [web]\n",
        ])
        #expect(facts.components.map(\.id) == ["web"])
        #expect(facts.resources.map(\.id) == ["rabbitmq:queue"])
        #expect(facts.edges.map { "\($0.from)->\($0.to)" } == ["rabbitmq:queue->web"])
    }

    @Test func malformedComposeGivesDiagnosticWithLine() throws {
        let (facts, _) = try structuralFacts([
            "docker-compose.yml": "services:\n  api:\n    image: [unclosed\n    ports: 1\n",
            "k8s/ok.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  template:\n    spec:\n      containers:\n        - image: acme/worker:1\n",
        ])
        let diagnostic = try #require(facts.diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.path == "docker-compose.yml")
        #expect(diagnostic.line != nil && diagnostic.line! >= 3)
        #expect(facts.components.map(\.id) == ["worker"])
    }
}

@Suite("Structure: compose env files and aliases")
struct StructureComposeEnvFileTests {
    @Test func envFileIsReadAndEnvironmentOverridesIt() throws {
        let (facts, _) = try structuralFacts([
            "deploy/compose.yaml": """
                services:
                  api:
                    build: ../api
                    env_file: [api.env]
                    environment:
                      ORDERS_URL: http://orders-v2:8000
                  orders:
                    image: acme/orders:1
                    hostname: orders-v2
                    networks:
                      default:
                        aliases: [orders.local]
                """,
            "deploy/api.env": "ORDERS_URL=http://old:1\nSEARCH_URL=http://search:9200\nSEARCH_PASSWORD=pw-from-env-file\n",
            "api/go.mod": "module api\n",
        ])
        let orders = try #require(facts.components.first { $0.id == "orders" })
        #expect(orders.hostnames == ["orders", "orders-v2", "orders.local"])
        let api = try #require(facts.components.first { $0.id == "api" })
        #expect(api.path == "api" && api.hostnames == ["api"])
        let entries = facts.config.filter { $0.component == "api" }
        #expect(entries.first { $0.key == "ORDERS_URL" }?.value == "http://orders-v2:8000")
        #expect(entries.first { $0.key == "SEARCH_URL" }?.evidence == Evidence(path: "deploy/api.env", line: 2, snippet: "SEARCH_URL=http://search:9200"))
        #expect(entries.first { $0.key == "SEARCH_PASSWORD" }?.kind == .secret)
        #expect(!StableJSON.encode(facts.config).contains("pw-from-env-file"))
    }

    @Test func helmTemplatesGiveNoDiagnostics() throws {
        let (facts, _) = try structuralFacts([
            "chart/templates/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  labels:\n    {{- include \"x\" . | nindent 4 }}\n",
        ])
        #expect(facts.diagnostics.isEmpty)
    }
}

@Suite("Structure: hostile input")
struct StructureHostileInputTests {
    @Test func aliasBombIsReportedNotExpanded() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...30 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let (facts, _) = try structuralFacts(["config/application.yml": text, "api/package.json": "{}\n"])
        #expect(facts.diagnostics.count == 1)
        #expect(facts.diagnostics.first?.message.contains("aliases") == true)
        #expect(facts.components.map(\.id) == ["api"])
    }

    @Test func nonUTF8AndBinaryLookingFilesDoNotStopTheScan() throws {
        let project = try TestProject(files: ["api/package.json": "{}\n"])
        try Data([0xff, 0xfe, 0x00, 0x41, 0x3a, 0x20, 0x0a]).write(to: project.root.appendingPathComponent(".env"))
        try Data([0x6f, 0x70, 0x65, 0x6e, 0x61, 0x70, 0x69, 0x3a, 0x20, 0xc3, 0x28, 0x0a]).write(to: project.root.appendingPathComponent("api/openapi.yaml"))
        let walk = try FileWalker().walk(root: project.root)
        let facts = StructuralScanner().scan(root: project.root, files: walk.files)
        #expect(facts.components.map(\.id) == ["api"])
    }
}

import Foundation
import Testing
@testable import IntegrateCore

@Suite("Structure: config and manifests")
struct StructureConfigTests {
    @Test func configFilesGiveEndpointsAndSecretsByLocationOnly() throws {
        let (facts, _) = try structuralFacts([
            ".env.example": "# comment\nORDERS_URL=http://orders:8000\nexport REDIS_HOST=cache\nSTRIPE_API_KEY=\"sk_test_abcdef\"\nDEBUG=true\n",
            "customers/build.gradle.kts": "dependencies {\n    implementation(\"org.springframework.kafka:spring-kafka\")\n    runtimeOnly(\"org.postgresql:postgresql:42.7.3\")\n}\n",
            "customers/src/main/resources/application.yml": "spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/customers\n    password: s3cr3t-yaml\n  kafka:\n    bootstrap-servers: kafka:9092\norders:\n  base-url: http://orders:8000\n",
            "billing/Billing.csproj": "<Project>\n  <ItemGroup>\n    <PackageReference Include=\"Stripe.net\" Version=\"43.0.0\" />\n  </ItemGroup>\n</Project>\n",
            "billing/appsettings.json": "{\n  \"ConnectionStrings\": {\n    \"Default\": \"Host=pg;Database=billing;Username=app;Password=pw-appsettings\"\n  },\n  \"Carrier\": {\"BaseUrl\": \"https://user:tok@api.carrier.example.com/v2?token=abc&region=eu\"}\n}\n",
            "legacy/application.properties": "inventory.url=http://inventory:8081\nspring.datasource.password=props-secret\n",
        ])
        func entry(_ key: String) -> ConfigEntry? { facts.config.first { $0.key == key } }
        #expect(entry("ORDERS_URL")?.value == "http://orders:8000")
        #expect(entry("ORDERS_URL")?.component == nil)
        #expect(entry("REDIS_HOST")?.value == "cache")
        #expect(entry("STRIPE_API_KEY")?.kind == .secret)
        #expect(entry("DEBUG") == nil)
        #expect(entry("spring.datasource.url")?.value == "jdbc:postgresql://db:5432/customers")
        #expect(entry("spring.datasource.url")?.component == "customers")
        #expect(entry("spring.datasource.url")?.evidence.line == 3)
        #expect(entry("spring.kafka.bootstrap-servers")?.value == "kafka:9092")
        #expect(entry("orders.base-url")?.value == "http://orders:8000")
        #expect(entry("spring.datasource.password")?.kind == .secret)
        #expect(entry("ConnectionStrings:Default")?.value == "Host=pg;Database=billing")
        #expect(entry("Carrier:BaseUrl")?.value == "https://api.carrier.example.com/v2?region=eu")
        #expect(entry("inventory.url")?.component == nil)  // `legacy` has no manifest: no component
        let json = StableJSON.encode(facts.config)
        for secret in ["sk_test_abcdef", "s3cr3t-yaml", "pw-appsettings", "tok@", "token=abc", "props-secret"] {
            #expect(!json.contains(secret), "\(secret) leaked")
        }
    }

    @Test func manifestDependenciesBecomeResources() throws {
        let (facts, _) = try structuralFacts([
            "customers/build.gradle.kts": "dependencies {\n    implementation(\"org.springframework.kafka:spring-kafka\")\n    runtimeOnly(\"org.postgresql:postgresql:42.7.3\")\n}\n",
            "billing/Billing.csproj": "<Project>\n    <PackageReference Include=\"Stripe.net\" Version=\"43.0.0\" />\n</Project>\n",
            "web/package.json": "{\n  \"name\": \"web\",\n  \"dependencies\": {\n    \"@sendgrid/mail\": \"^8\",\n    \"express\": \"^4\",\n    \"amqplib\": \"^0.10\"\n  }\n}\n",
            "gateway/Package.swift": "let package = Package(\n  dependencies: [\n    .package(url: \"https://github.com/vapor/redis.git\", from: \"4.0.0\"),\n  ]\n)\n",
            "worker/requirements-dev.txt": "# mongo driver\npymongo>=4\nboto3==1.34\n",
        ])
        let resources = Dictionary(uniqueKeysWithValues: facts.resources.map { ($0.id, $0) })
        #expect(facts.resources.map(\.id) == ["aws", "kafka", "mongodb", "postgresql", "rabbitmq", "redis", "saas:sendgrid", "saas:stripe"].map { id in
            ["aws", "sendgrid", "stripe"].contains(id) ? "saas:\(id)" : id
        }.sorted())
        #expect(resources["kafka"]?.usedBy == ["customers"])
        #expect(resources["kafka"]?.evidence.first == Evidence(path: "customers/build.gradle.kts", line: 2, snippet: "implementation(\"org.springframework.kafka:spring-kafka\")"))
        #expect(resources["postgresql"]?.kind == .database)
        #expect(resources["saas:stripe"]?.usedBy == ["billing"])
        #expect(resources["saas:sendgrid"]?.usedBy == ["web"])
        #expect(resources["rabbitmq"]?.kind == .broker)
        #expect(resources["redis"]?.usedBy == ["gateway"])
        #expect(resources["mongodb"]?.evidence.first?.line == 2)
        #expect(resources["saas:aws"]?.usedBy == ["worker"])
        #expect(facts.components.map(\.id) == ["billing", "customers", "gateway", "web", "worker"])
    }
}

@Suite("Structure: tests and examples kept apart")
struct StructureTestFolderTests {
    @Test func manifestsUnderTestsAndExamplesAreNotComponents() throws {
        let (facts, _) = try structuralFacts([
            "api/package.json": "{\"dependencies\": {\"pg\": \"^8\"}}\n",
            "api/tests/fixtures/package.json": "{\"dependencies\": {\"kafkajs\": \"^2\"}}\n",
            "examples/demo/docker-compose.yml": "services:\n  demo:\n    image: acme/demo\n",
            "api/tests/app.test.js": "test()\n",
        ])
        #expect(facts.components.map(\.id) == ["api"])
        #expect(facts.components.first?.languages == ["javascript"])
        #expect(facts.resources.map(\.id) == ["postgresql"])
    }
}

@Suite("Structure: Helm values")
struct StructureHelmValuesTests {
    @Test func chartValuesAreConfig() throws {
        let (facts, _) = try structuralFacts([
            "charts/shop/Chart.yaml": "apiVersion: v2\nname: shop\n",
            "charts/shop/values.yaml": "database:\n  host: postgres.shop.svc\n  password: helm-secret-pw\nreplicas: 2\n",
            "other/values.yaml": "database:\n  host: ignored\n",
        ])
        #expect(facts.config.map(\.key) == ["database.host", "database.password"])
        #expect(facts.config.first?.value == "postgres.shop.svc")
        #expect(facts.config.first?.evidence.line == 2)
        #expect(!StableJSON.encode(facts.config).contains("helm-secret-pw"))
    }
}

@Suite("Structure: config noise")
struct StructureConfigNoiseTests {
    @Test("A numeric setting named like a token lifetime is no secret; the token itself is")
    func quantitiesAboutSecretsAreNotSecrets() {
        #expect(ConfigClassifier.classify(key: "Jwt:TokenLifetimeMinutes", value: "60") == nil)
        #expect(ConfigClassifier.classify(key: "PASSWORD_MIN_LENGTH", value: "12") == nil)
        #expect(ConfigClassifier.classify(key: "ACCESS_TOKEN_TTL", value: "15m") == nil)
        #expect(ConfigClassifier.classify(key: "RefreshTokenExpiry", value: "00:30:00") == nil)
        #expect(ConfigClassifier.classify(key: "Jwt:Token", value: "60") == .secret)
        #expect(ConfigClassifier.classify(key: "SETTLEMENT_TOKEN", value: nil) == .secret, "`TTL` inside a word is no quantity")
        #expect(ConfigClassifier.classify(key: "TOKEN_LIFETIME", value: "abc-def-123") == .secret, "a text value may still be a secret")
    }

    @Test("A commented-out key in appsettings.json is not configuration")
    func commentedOutJSONKeysAreSkipped() throws {
        let (facts, _) = try structuralFacts([
            "billing/Billing.csproj": "<Project>\n</Project>\n",
            "billing/appsettings.json": "{\n  // the old one: \"OldApiKey\": \"x\"\n  //\"ApiKey\": \"abc\",\n  /* \"Carrier\": {\"BaseUrl\": \"http://old\"}, */\n  \"Orders\": {\"BaseUrl\": \"http://orders//v1\"},\n  \"StripeSecret\": \"sk\"\n}\n",
        ])
        let keys = facts.config.map(\.key)
        #expect(!keys.contains { $0.contains("ApiKey") || $0.contains("Carrier") }, "\(keys)")
        #expect(facts.config.first { $0.key == "Orders:BaseUrl" }?.value == "http://orders//v1", "`//` inside a string is no comment")
        #expect(facts.config.first { $0.key == "StripeSecret" }?.evidence.line == 6, "lines keep their numbers")
        #expect(JSONComments.strip("{\"a\": 1 /* x */}\n// y\n") == "{\"a\": 1        }\n    \n")
    }
}

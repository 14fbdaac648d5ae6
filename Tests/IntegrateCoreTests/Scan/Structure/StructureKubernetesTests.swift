import Foundation
import Testing
@testable import IntegrateCore

@Suite("Structure: Kubernetes")
struct StructureKubernetesTests {
    static let manifests = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: checkout
        spec:
          template:
            metadata:
              labels: {app: checkout-app}
            spec:
              containers:
                - name: checkout
                  image: registry.example.com/shop/checkout:1.2
                  env:
                    - name: PAYMENT_SERVICE_ADDR
                      value: "paymentservice:50051"
                    - name: DB_PASSWORD
                      value: "hunter2-k8s"
                    - name: DATABASE_URL
                      valueFrom: {secretKeyRef: {name: db, key: url}}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: checkoutservice
        spec:
          selector: {app: checkout-app}
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: sessions
        spec:
          template:
            metadata:
              labels: {app: sessions}
            spec:
              containers:
                - image: redis:7
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: redis-cart
        spec:
          selector: {app: sessions}
        """

    @Test func multiDocumentWorkloadsServicesAndEnv() throws {
        let (facts, _) = try structuralFacts([
            "deploy/app.yaml": Self.manifests,
            "checkout/go.mod": "module example.com/checkout\n\nrequire github.com/redis/go-redis/v9 v9.5.1\n",
        ])
        let checkout = try #require(facts.components.first { $0.id == "checkout" })
        #expect(checkout.path == "checkout")
        #expect(checkout.hostnames == ["checkoutservice"])
        #expect(checkout.image == "registry.example.com/shop/checkout:1.2")
        #expect(checkout.languages == [])
        let redis = try #require(facts.resources.first { $0.id == "redis:sessions" })
        #expect(redis.host == "sessions")
        #expect(redis.usedBy == ["checkout"])
        #expect(redis.evidence.contains { $0.path == "checkout/go.mod" && $0.line == 3 })
        let address = try #require(facts.config.first { $0.key == "PAYMENT_SERVICE_ADDR" })
        #expect(address.kind == .endpoint && address.value == "paymentservice:50051" && address.component == "checkout")
        #expect(address.evidence.path == "deploy/app.yaml" && address.evidence.line == 14)
        let password = try #require(facts.config.first { $0.key == "DB_PASSWORD" })
        #expect(password.kind == .secret && password.value == nil)
        #expect(facts.config.first { $0.key == "DATABASE_URL" }?.value == nil)
        #expect(!StableJSON.encode(facts.config).contains("hunter2-k8s"))
    }

    @Test func workloadWithoutSourceBecomesComponentAndBadDocumentIsReported() throws {
        let (facts, _) = try structuralFacts([
            "k8s/all.yml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: frontend\nspec:\n  template:\n    spec:\n      containers: [{image: 'acme/frontend:3'}]\n---\nkind: [broken\n",
        ])
        #expect(facts.components.map(\.id) == ["frontend"])
        #expect(facts.components.first?.path == nil)
        #expect(facts.diagnostics.count == 1)
        #expect(facts.diagnostics.first?.path == "k8s/all.yml")
        #expect((facts.diagnostics.first?.line ?? 0) >= 10)
    }

    @Test func configMapsFeedWorkloadEnvAndSecretsAreLocationsOnly() throws {
        let (facts, _) = try structuralFacts([
            "k8s/app.yaml": """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: api-config
                data:
                  ORDERS_URL: http://orders:8000
                  LOG_LEVEL: debug
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: shared
                data:
                  CACHE_HOST: redis
                  SEARCH_URL: http://search:9200
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: api-secrets
                stringData:
                  stripe: sk_live_from_k8s_secret
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  template:
                    spec:
                      containers:
                        - image: acme/api:1
                          envFrom:
                            - configMapRef: {name: api-config}
                          env:
                            - name: REDIS_HOST
                              valueFrom: {configMapKeyRef: {name: shared, key: CACHE_HOST}}
                """,
        ])
        let api = facts.config.filter { $0.component == "api" }
        #expect(api.first { $0.key == "ORDERS_URL" }?.value == "http://orders:8000")
        #expect(api.first { $0.key == "ORDERS_URL" }?.evidence.line == 6)
        #expect(api.first { $0.key == "REDIS_HOST" }?.value == "redis")
        #expect(!api.contains { $0.key == "LOG_LEVEL" })
        // `shared` is read key by key only, so its other keys stay project-wide.
        let search = try #require(facts.config.first { $0.key == "SEARCH_URL" })
        #expect(search.component == nil && search.value == "http://search:9200")
        let secret = try #require(facts.config.first { $0.key == "stripe" })
        #expect(secret.kind == .secret && secret.value == nil && secret.evidence.line == 22)
        #expect(!StableJSON.encode(facts.config).contains("sk_live_from_k8s_secret"))
    }
}

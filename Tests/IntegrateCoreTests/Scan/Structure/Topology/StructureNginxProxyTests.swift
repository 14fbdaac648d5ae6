import Foundation
import Testing
@testable import IntegrateCore

@Suite("Structure: nginx reverse-proxy routes")
struct StructureNginxProxyTests {
    @Test("An envsubst template's ${HOST} follows the proxy's env, then its Dockerfile ENV default")
    func envsubstTemplate() throws {
        let landscape = try scannedLandscape([
            "docker-compose.yml": """
                services:
                  storefront:
                    build: ./storefront
                    environment:
                      - BILLING_HOST=invoices
                  basket:
                    build: ./basket
                  reviews:
                    build: ./reviews
                  invoices:
                    build: ./invoices
                  billing:
                    build: ./billing
                """,
            "storefront/Dockerfile": """
                FROM nginx:1.25
                ENV BASKET_HOST=basket \\
                    REVIEWS_HOST=reviews \\
                    BILLING_HOST=billing
                COPY site.conf.template /etc/nginx/templates/
                """,
            "storefront/site.conf.template": """
                server {
                    listen 8080;
                    location /api/basket/ {
                        proxy_pass http://${BASKET_HOST}:8080/;
                    }
                    # location /old/ { proxy_pass http://reviews:80/; }
                    location /api/reviews/ {
                        proxy_pass http://${REVIEWS_HOST}:80/;
                    }
                    location /api/billing/ {
                        proxy_pass http://${BILLING_HOST}:80/;
                    }
                    location /echo/ {
                        proxy_pass http://$host$request_uri;
                    }
                }
                """,
            "basket/package.json": "{\"name\": \"basket\"}",
            "reviews/package.json": "{\"name\": \"reviews\"}",
            "invoices/package.json": "{\"name\": \"invoices\"}",
            "billing/package.json": "{\"name\": \"billing\"}",
        ])
        let basket = try #require(landscape.edges.first { $0.from == "storefront" && $0.to == "basket" })
        #expect(basket.protocol == "http" && basket.evidence.first?.path == "storefront/site.conf.template" && basket.evidence.first?.line == 4)
        let reviews = try #require(landscape.edges.first { $0.from == "storefront" && $0.to == "reviews" })
        #expect(reviews.evidence.first?.line == 8)
        // The compose environment overrides the image default.
        #expect(landscape.edges.contains { $0.from == "storefront" && $0.to == "invoices" })
        #expect(!landscape.edges.contains { $0.from == "storefront" && $0.to == "billing" })
        #expect(Set(landscape.edges.filter { $0.from == "storefront" }.map(\.to)) == ["basket", "reviews", "invoices"])
    }

    @Test("proxy_pass to an upstream block reaches each of its servers; grpc_pass is gRPC")
    func upstreams() throws {
        let landscape = try scannedLandscape([
            "edge/Dockerfile": "FROM nginx\nCOPY nginx.conf /etc/nginx/nginx.conf\n",
            "edge/nginx.conf": """
                http {
                    upstream catalog_pool {
                        server catalog:9000 weight=2;
                        server unix:/tmp/local.sock;
                    }
                    server {
                        location / { proxy_pass http://catalog_pool; }
                        location /rpc { grpc_pass grpc://pricing:50051; }
                    }
                }
                """,
            "catalog/go.mod": "module catalog\n",
            "catalog/main.go": "package main\nfunc main() {}\n",
            "pricing/go.mod": "module pricing\n",
            "pricing/main.go": "package main\nfunc main() {}\n",
        ])
        let catalog = try #require(landscape.edges.first { $0.from == "edge" && $0.to == "catalog" })
        #expect(catalog.protocol == "http" && catalog.evidence.first?.line == 7)
        let pricing = try #require(landscape.edges.first { $0.from == "edge" && $0.to == "pricing" })
        #expect(pricing.protocol == "grpc")
    }

    @Test("Config files outside any component, and .conf files with no proxy directive, declare no route")
    func unrelated() throws {
        let landscape = try scannedLandscape([
            "deploy/nginx.conf": "server { location / { proxy_pass http://orders:8080; } }\n",
            "orders/package.json": "{\"name\": \"orders\"}",
            "orders/app.conf": "upstream_timeout = 30\nserver orders:8080\n",
        ])
        #expect(landscape.edges.isEmpty)
    }

    @Test("Dockerfile ENV reads both the KEY=value and the older KEY value forms")
    func dockerfileEnv() {
        let pairs = DockerfileEnvironment.environment("FROM x\nENV A=one \\\n    B=\"two\"\nenv C three\nRUN echo ENV=no\n")
        #expect(pairs.map { "\($0.0)=\($0.1)" } == ["A=one", "B=two", "C=three"])
    }
}

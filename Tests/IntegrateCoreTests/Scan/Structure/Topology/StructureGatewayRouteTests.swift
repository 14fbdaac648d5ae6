import Foundation
import Testing
@testable import IntegrateCore

@Suite("Structure: gateway and proxy routes")
struct StructureGatewayRouteTests {
    @Test("Envoy clusters are the proxy's upstreams; a ${HOST} template follows the proxy's env")
    func envoy() throws {
        let landscape = try scannedLandscape([
            "docker-compose.yml": """
                services:
                  edge:
                    image: envoyproxy/envoy:v1.30
                    environment:
                      - ACCOUNTS_HOST=accounts
                  accounts:
                    build: ./accounts
                  billing:
                    build: ./billing
                """,
            "proxy/edge/envoy.yaml": """
                static_resources:
                  clusters:
                  - name: billing
                    hosts:
                    - socket_address: {address: billing, port_value: 80}
                  - name: accounts
                    load_assignment:
                      cluster_name: accounts
                      endpoints:
                      - lb_endpoints:
                        - endpoint:
                            address:
                              socket_address:
                                address: ${ACCOUNTS_HOST}
                                port_value: 8080
                """,
            "accounts/package.json": "{\"name\": \"accounts\"}",
            "billing/package.json": "{\"name\": \"billing\"}",
        ])
        let billing = try #require(landscape.edges.first { $0.from == "edge" && $0.to == "billing" })
        #expect(billing.protocol == "http" && billing.evidence.first?.path == "proxy/edge/envoy.yaml" && billing.evidence.first?.line == 5)
        #expect(landscape.edges.contains { $0.from == "edge" && $0.to == "accounts" })
    }

    @Test("Spring Cloud Gateway lb:// routes and Aspire YARP routes are gateway edges")
    func springAndYarp() throws {
        let landscape = try scannedLandscape([
            "gateway/pom.xml": "<project><artifactId>gateway</artifactId></project>",
            "gateway/src/main/resources/application.yml": """
                spring:
                  cloud:
                    gateway:
                      routes:
                        - id: orders
                          uri: lb://orders
                          predicates: [Path=/orders/**]
                """,
            "orders/pom.xml": "<project><artifactId>orders</artifactId></project>",
            "Host/Host.csproj": "<Project></Project>",
            "Host/Program.cs": """
                var builder = DistributedApplication.CreateBuilder(args);
                var catalog = builder.AddProject<Projects.Catalog>("catalog");
                builder.AddYarp("ingress").WithConfiguration(yarp => yarp.AddRoute("/catalog/{**rest}", catalog));
                """,
            "Catalog/Catalog.csproj": "<Project></Project>",
        ])
        let orders = try #require(landscape.edges.first { $0.from == "gateway" && $0.to == "orders" })
        #expect(orders.protocol == "http" && orders.evidence.first?.line == 6)
        let catalog = try #require(landscape.components.first { $0.path == "Catalog" }).id
        #expect(landscape.edges.contains { $0.from == "ingress" && $0.to == catalog })
    }

    @Test("YAML that is neither an Envoy config nor a gateway route declares no route")
    func unrelated() throws {
        let landscape = try scannedLandscape([
            "svc/package.json": "{\"name\": \"svc\"}",
            "svc/application.yml": "spring:\n  cloud:\n    gateway:\n      enabled: true\n",
            "svc/static.yaml": "clusters:\n  - name: a\n    hosts: [{socket_address: {address: b}}]\n",
        ])
        #expect(landscape.edges.isEmpty)
    }
}

import Foundation
import Testing
@testable import IntegrateCore

/// A Go client package in the callee's folder, built by another component: the edge runs from the
/// component that builds the client to the one whose folder holds it.
@Suite("Landscape: Go client packages")
struct LandscapeGoClientPackageTests {
    static func command(_ name: String, package: String) -> String {
        """
        package cmd

        import (
        \t"github.com/spf13/cobra"

        \t"example.com/shop/services/\(package)"
        )

        var \(name)Cmd = &cobra.Command{
        \tUse: "\(name)",
        \tRunE: func(_ *cobra.Command, _ []string) error {
        \t\treturn \(package).NewServer(":8080").Run()
        \t},
        }
        """
    }

    static let files: [String: String] = [
        "shop/go.mod": "module example.com/shop\n",
        "shop/cmd/root.go": "package cmd\n\nimport \"github.com/spf13/cobra\"\n\nvar RootCmd = &cobra.Command{\n\tUse: \"shop\",\n}\n",
        "shop/cmd/web.go": command("web", package: "web"),
        "shop/cmd/stock.go": command("stock", package: "stock"),
        "shop/cmd/pricing.go": command("pricing", package: "pricing"),
        "shop/cmd/audit.go": command("audit", package: "audit"),
        "shop/pkg/httpx/client.go": """
            package httpx

            import "net/http"

            type Client struct{ http.Client }

            func NewClient() *Client { return &Client{} }

            func (c *Client) GetJSON(ctx context.Context, url string, out any) error {
            \treq, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
            \t_ = req
            \treturn err
            }
            """,
        "shop/services/stock/server.go": "package stock\n\nfunc NewServer(addr string) *Server { return &Server{} }\n",
        "shop/services/stock/client.go": """
            package stock

            import "google.golang.org/grpc"

            type Client struct{ conn *grpc.ClientConn }

            func NewClient(hostPort string) *Client {
            \tconn, _ := grpc.NewClient(
            \t\thostPort,
            \t)
            \treturn &Client{conn: conn}
            }
            """,
        "shop/services/stock/item.go": "package stock\n\ntype Item struct{ SKU string }\n",
        "shop/services/pricing/server.go": "package pricing\n\nfunc NewServer(addr string) *Server { return &Server{} }\n",
        "shop/services/pricing/client.go": """
            package pricing

            import "example.com/shop/pkg/httpx"

            type Client struct{ http *httpx.Client; hostPort string }

            func NewClient(hostPort string) *Client {
            \treturn &Client{http: httpx.NewClient(), hostPort: hostPort}
            }

            func (c *Client) Price(ctx context.Context, sku string) error {
            \treturn c.http.GetJSON(ctx, "http://"+c.hostPort+"/price?sku="+sku, nil)
            }
            """,
        "shop/services/web/server.go": "package web\n\nfunc NewServer(addr string) *Server { return &Server{} }\n",
        "shop/services/web/quote.go": """
            package web

            import (
            \t"example.com/shop/services/pricing"
            \tinventory "example.com/shop/services/stock"
            )

            func newQuote(opts Options) *quote {
            \treturn &quote{
            \t\tstock:   inventory.NewClient(opts.StockHostPort),
            \t\tpricing: pricing.NewClient(opts.PricingHostPort),
            \t}
            }
            """,
        // Uses the stock package for a type only: no client, no edge.
        "shop/services/audit/server.go": "package audit\n\nfunc NewServer(addr string) *Server { return &Server{} }\n",
        "shop/services/audit/log.go": "package audit\n\nimport \"example.com/shop/services/stock\"\n\nfunc record(item stock.Item) {}\n",
    ]

    @Test func theComponentThatBuildsTheClientCallsTheServiceThatShipsIt() throws {
        let project = try TestProject(files: Self.files)
        let landscape = try ProjectScanner().scan(root: project.root).landscape
        let grpc = try #require(landscape.edges.first { $0.from == "web" && $0.to == "stock" })
        #expect(grpc.protocol == "grpc" && grpc.strength == .call && grpc.mode == .sync)
        #expect(grpc.evidence.map { "\($0.path):\($0.line)" } == ["shop/services/web/quote.go:10", "shop/services/stock/client.go:8"])
        // Through an in-repo HTTP wrapper: the client file that builds the wrapper is the client.
        let http = try #require(landscape.edges.first { $0.from == "web" && $0.to == "pricing" })
        #expect(http.protocol == "http" && http.evidence.first?.location == "shop/services/web/quote.go:11")
        #expect(!landscape.edges.contains { $0.from == "audit" || $0.to == "audit" })
        #expect(!landscape.edges.contains { $0.from == "pricing" || $0.from == "stock" })
        #expect(!landscape.unresolved.contains { $0.contains("services/stock/client.go") })
    }

    @Test func aClientNobodyElseBuildsStaysUnresolved() throws {
        var files = Self.files
        files["shop/services/web/quote.go"] = "package web\n"
        let project = try TestProject(files: files)
        let landscape = try ProjectScanner().scan(root: project.root).landscape
        #expect(!landscape.edges.contains { $0.to == "stock" || $0.to == "pricing" })
        #expect(landscape.unresolved.contains { $0.contains("services/stock/client.go") })
    }
}

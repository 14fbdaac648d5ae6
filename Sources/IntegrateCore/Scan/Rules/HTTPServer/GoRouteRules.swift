/// Inbound HTTP routes of Go's net/http and routers.
enum GoRouteRules {
    static let all = [netHTTP, gorilla, gin, echo, chi]

    /// `http.HandleFunc("/x", h)`, `mux.HandleFunc("GET /x/{id}", h)` (Go 1.22 patterns), and a
    /// path joined under a base path (`mux.Handle(path.Join(base, "/x"), h)`: the route is `/x`).
    static let netHTTP = Rule(
        id: "go.http.net-http", summary: "An inbound HTTP handler registered on net/http or a ServeMux.",
        kind: .inboundHTTP, technology: "net/http", protocol: "http", direction: .receive, languages: [.go],
        keywords: ["HandleFunc", "Handle("],
        pattern: #"\b(?:http|mux|\w*Mux)\.Handle(?:Func)?\(\s*(?:path\.Join\(\s*\w+\s*,\s*)?"(?:(?<method>GET|POST|PUT|PATCH|DELETE|HEAD)\s+)?(?<path>/[^"\n]*)"(?![^\n]*\.Methods\()"#,
        triggering: ["func main() {\n\t↓http.HandleFunc(\"/orders\", handleOrders)\n}", "↓mux.HandleFunc(\"POST /refunds/{id}\", refund)",
                     "↓mux.Handle(path.Join(base, \"/dispatch\"), http.HandlerFunc(s.dispatch))"],
        nonTriggering: ["r.HandleFunc(\"/x\", h).Methods(\"GET\")", "http.ListenAndServe(\":8080\", nil)",
                        "mux.Handle(path.Join(base, dir), http.FileServer(fs))"])

    /// gorilla/mux: `r.HandleFunc("/x", h).Methods("GET")`.
    static let gorilla = Rule(
        id: "go.http.gorilla-mux", summary: "An inbound HTTP route on a gorilla/mux router.",
        kind: .inboundHTTP, technology: "gorilla/mux", protocol: "http", direction: .receive, languages: [.go],
        keywords: ["gorilla/mux"],
        pattern: #"\b\w+\.HandleFunc\(\s*"(?<path>[^"\n]*)"(?:[^\n]*?\.Methods\(\s*"(?<method>\w+)")?"#,
        triggering: ["import \"github.com/gorilla/mux\"\n↓r.HandleFunc(\"/orders/{id}\", getOrder).Methods(\"GET\")"],
        nonTriggering: ["import \"github.com/gorilla/mux\"\nr.Use(loggingMiddleware)"])

    private static let upperRoute = #"\b(?<receiver>\w+)\.(?<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Any)\(\s*"(?<path>/[^"\n]*)""#

    /// `v1 := r.Group("/v1")`, joined in front of `v1.GET(...)` routes of the same file.
    private static let groupPrefix = #"\b(?<name>\w+)\s*:?=\s*(?<parent>\w+)\.Group\(\s*(?<path>"[^"\n]*")"#

    /// gin: `r.GET("/x", h)`.
    static let gin = Rule(
        id: "go.http.gin", summary: "An inbound HTTP route on a gin engine or group.",
        kind: .inboundHTTP, technology: "gin", protocol: "http", direction: .receive, languages: [.go],
        keywords: ["gin-gonic/gin"], pattern: upperRoute, prefixPatterns: [groupPrefix],
        triggering: ["import \"github.com/gin-gonic/gin\"\n↓r.GET(\"/orders/:id\", getOrder)"],
        nonTriggering: ["import \"github.com/gin-gonic/gin\"\nr.Use(gin.Logger())"])

    /// echo: `e.GET("/x", h)`.
    static let echo = Rule(
        id: "go.http.echo", summary: "An inbound HTTP route on an echo instance or group.",
        kind: .inboundHTTP, technology: "echo", protocol: "http", direction: .receive, languages: [.go],
        keywords: ["labstack/echo"], pattern: upperRoute, prefixPatterns: [groupPrefix],
        triggering: ["import \"github.com/labstack/echo/v4\"\n↓e.POST(\"/refunds\", refund)"],
        nonTriggering: ["import \"github.com/labstack/echo/v4\"\ne.Logger.Fatal(e.Start(\":1323\"))"])

    /// chi: `r.Get("/x", h)`.
    static let chi = Rule(
        id: "go.http.chi", summary: "An inbound HTTP route on a chi router.",
        kind: .inboundHTTP, technology: "chi", protocol: "http", direction: .receive, languages: [.go],
        keywords: ["go-chi/chi"],
        pattern: #"\b(?!http\.)\w+\.(?<method>Get|Post|Put|Patch|Delete|Head)\(\s*"(?<path>/[^"\n]*)""#,
        triggering: ["import \"github.com/go-chi/chi/v5\"\n↓r.Get(\"/orders/{id}\", getOrder)"],
        nonTriggering: ["import \"github.com/go-chi/chi/v5\"\nct := req.Header.Get(\"Content-Type\")", "import \"github.com/go-chi/chi/v5\"\nresp, err := http.Get(\"/x\")"])
}

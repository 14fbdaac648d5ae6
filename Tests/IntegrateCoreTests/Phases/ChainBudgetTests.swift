import Testing
@testable import IntegrateCore

@Suite struct ChainBudgetTests {
    func call(_ id: String, _ path: String, component: String, technology: String) -> IntegrationPoint {
        IntegrationPoint(id: id, rule: "r", component: component, kind: .outboundHTTP, technology: technology, protocol: "http",
                         mode: .sync, direction: .call, target: "URL", evidence: [Evidence(path: path, line: 3, snippet: "call(")])
    }

    func edge(_ from: String, _ to: String, _ points: [String]) -> Edge {
        Edge(from: from, to: to, protocol: "http", mode: .sync, strength: .call, points: points)
    }

    @Test func sumsEachHopsConfiguredTimeoutAgainstTheObjective() throws {
        let project = try TestProject(files: [
            "gateway/routes.swift": "\n\nlet r = try await req.client.get(URI(string: url))\n",
            "orders/stock.py": "import httpx\n\nr = httpx.get(URL, timeout=1.5)\n",
            "orders/pay.py": "import requests\n\nr = requests.get(URL)\n",
        ])
        var landscape = Landscape(points: [
            call("g", "gateway/routes.swift", component: "gateway", technology: "vapor"),
            call("o", "orders/stock.py", component: "orders", technology: "httpx"),
            call("p", "orders/pay.py", component: "orders", technology: "requests"),
        ])
        landscape.setup = [SetupFact(kind: .timeout, rule: "swift.setup.vapor-client-timeout", technology: "vapor", value: ".init(connect: .seconds(1), read: .seconds(2))",
                                     component: "gateway", evidence: [Evidence(path: "gateway/configure.swift", line: 7)])]
        let audit = ResilienceAudit(landscape: landscape, sources: SourceCache(root: project.root))

        let bounded = ChainBudget(chain: ["gateway", "orders", "inventory"], edges: [edge("gateway", "orders", ["g"]), edge("orders", "inventory", ["o"])], audit: audit)
        #expect(bounded.isBounded)
        #expect(bounded.knownSeconds == 4.5, "shared setup connect 1 s + read 2 s, then 1.5 s at the call")
        #expect(bounded.verdict.contains("over the 2 s objective"))
        #expect(bounded.hopsText.contains("`orders` → `inventory` 1.5 s"))

        let open = ChainBudget(chain: ["gateway", "orders", "payments"], edges: [edge("gateway", "orders", ["g"]), edge("orders", "payments", ["p", "o"])], audit: audit)
        #expect(!open.isBounded, "one call on the hop without a timeout leaves the hop unbounded")
        #expect(open.verdict.contains("unbounded") && open.verdict.contains("1 of 2 hops"))
        #expect(open.hopsText.contains("`orders` → `payments` **no timeout set** (the client's default: no timeout: waits forever)"))

        let wiring = ChainBudget(chain: ["a", "b"], edges: [edge("a", "b", [])], audit: audit)
        #expect(wiring.hops == [.noCall(nil)])
        #expect(wiring.verdict.hasPrefix("not known"), "a hop with no resolved call is not claimed unbounded")
        #expect(!wiring.hopsText.contains("configuration"), "what wires the hop is not guessed")

        var connection = edge("a", "db", [])
        connection.evidence = [Evidence(path: "a/server.js", line: 157)]
        let store = ChainBudget(chain: ["a", "db"], edges: [connection], audit: audit)
        #expect(store.hops == [.noCall(Evidence(path: "a/server.js", line: 157))])
        #expect(store.hopsText.contains("no HTTP or gRPC call with a timeout to read (the hop rests on"), "\(store.hopsText)")
        #expect(store.hopsText.contains("a/server.js:157"))
    }
}

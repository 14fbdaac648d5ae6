import Foundation
import Testing
@testable import IntegrateCore

@Suite struct ResilienceAuditTests {
    func call(_ path: String, _ line: Int, _ technology: String, component: String, kind: IntegrationPoint.Kind = .outboundHTTP, snippet: String = "call(") -> IntegrationPoint {
        IntegrationPoint(id: "r@\(path):\(line)", rule: "r", component: component, kind: kind, technology: technology, protocol: "http",
                         mode: .sync, direction: .call, target: "URL", evidence: [Evidence(path: path, line: line, snippet: snippet)])
    }

    @Test func findsTimeoutsAtTheCallOnTheClientOrNowhere() throws {
        let project = try TestProject(files: [
            "orders/pay.py": "import requests\n\n# No timeout here: requests waits forever.\ndef score():\n    return requests.post(URL)  # timeout? none\n",
            "orders/stock.py": "import httpx\nr = httpx.get(URL,\n    timeout=2.0)\n",
            "gateway/configure.swift": "app.http.client.configuration.timeout = .init(read: .seconds(2))\napp.redis.configuration = x\n",
            "gateway/routes.swift": "\n\nlet r = try await req.client.get(URI(string: url))\n",
        ])
        var landscape = Landscape(points: [
            call("orders/pay.py", 5, "requests", component: "orders"),
            call("orders/stock.py", 2, "httpx", component: "orders"),
            call("gateway/routes.swift", 3, "vapor", component: "gateway"),
            call("gateway/configure.swift", 2, "redis", component: "gateway", kind: .cache),
            call("orders/pay.py", 1, "stripe", component: "orders", kind: .saas, snippet: "import stripe"),
        ])
        landscape.setup = [
            SetupFact(kind: .timeout, rule: "swift.setup.vapor-client-timeout", technology: "vapor", value: ".init(read: .seconds(2))", component: "gateway",
                      evidence: [Evidence(path: "gateway/configure.swift", line: 1)]),
            SetupFact(kind: .retry, rule: "python.setup.retry-decorator", technology: "tenacity", component: "orders", reach: .function, until: 9,
                      evidence: [Evidence(path: "orders/stock.py", line: 1)]),
        ]
        let audit = ResilienceAudit(landscape: landscape, sources: SourceCache(root: project.root))
        let byFile = Dictionary(uniqueKeysWithValues: audit.entries.map { ($0.point.evidence[0].path, $0) })
        #expect(audit.entries.count == 3, "the cache access and the SDK import are not audited as calls")
        let pay = try #require(byFile["orders/pay.py"])
        #expect(pay.timeout == nil && pay.clientTimeout == nil, "comments never count as a timeout")
        #expect(pay.severity == .error)
        #expect(byFile["orders/stock.py"]?.timeout?.line == 3)
        let gateway = try #require(byFile["gateway/routes.swift"])
        #expect(gateway.timeout == nil)
        #expect(gateway.clientTimeout?.location == "gateway/configure.swift:1")
        #expect(gateway.severity == .info)
        #expect(byFile["orders/stock.py"]?.retry != nil, "a decorator covers the calls in its function")
        #expect(pay.retry == nil, "a decorator in another file covers nothing here")
    }

    @Test func aClientRegistrationIsNotACall() throws {
        let project = try TestProject(files: [
            "shipping/Program.cs": "builder.Services.AddHttpClient(\"carrier\", client =>\n{\n    client.BaseAddress = new Uri(url);\n});\nvar q = await carrier.GetFromJsonAsync<Quote>(\"rates\");\n",
        ])
        var registration = call("shipping/Program.cs", 3, "httpclient", component: "shipping")
        registration.rule = "csharp.http.base-address"
        let landscape = Landscape(points: [registration, call("shipping/Program.cs", 5, "httpclient", component: "shipping")])
        let audit = ResilienceAudit(landscape: landscape, sources: SourceCache(root: project.root))
        #expect(audit.entries.map(\.point.evidence[0].line) == [5], "the BaseAddress line sends no request; the call at line 5 does")
    }

    @Test func anUnresolvedDependencyIsSaidToBeUnresolved() throws {
        let project = try TestProject(files: ["web/a.js": "await axios.get(`${base}/items`)\nawait axios.get('http://orders/x')\n"])
        var landscape = Landscape(points: [call("web/a.js", 1, "axios", component: "web"), call("web/a.js", 2, "axios", component: "web")])
        landscape.points[0].target = "`${base}/items`"
        landscape.edges = [Edge(from: "web", to: "orders", protocol: "http", mode: .sync, strength: .call, points: [landscape.points[1].id])]
        let audit = ResilienceAudit(landscape: landscape, sources: SourceCache(root: project.root))
        let table = ResiliencePhase().dependencyTable(audit.entries, landscape)
        #expect(table.contains("(not resolved: the target as written)"))
        #expect(table.split(separator: "\n").filter { $0.contains("not resolved") }.count == 1, "\(table)")
    }

    @Test func theClientDefaultIsTheCallersOwnLibrarys() throws {
        let project = try TestProject(files: [
            "shipping/Cart.java": "CloseableHttpClient c = HttpClients.createDefault();\nc.execute(new HttpPost(url));\n",
            "web/Cart.cs": "var r = await client.GetAsync(url);\n",
        ])
        let landscape = Landscape(points: [
            call("shipping/Cart.java", 2, "apache-httpclient", component: "shipping"),
            call("web/Cart.cs", 1, "httpclient", component: "web"),
        ])
        let byFile = Dictionary(uniqueKeysWithValues: ResilienceAudit(landscape: landscape, sources: SourceCache(root: project.root)).entries
            .map { ($0.point.evidence[0].path, $0) })
        #expect(byFile["shipping/Cart.java"]?.libraryDefault.hasPrefix("Apache HttpClient") == true, "a Java client never gets .NET's default")
        #expect(byFile["shipping/Cart.java"]?.severity == .error)
        #expect(byFile["web/Cart.cs"]?.libraryDefault == ".NET HttpClient 100 s default")
    }

    @Test("A word like retry in a file is no retry policy; shared setup is")
    func retryOnlyFromSetup() throws {
        let project = try TestProject(files: ["web/index.js": "// we should retry here\nconst r = await axios.get(url) // retries: none\n"])
        var landscape = Landscape(points: [call("web/index.js", 2, "axios", component: "web")])
        #expect(ResilienceAudit(landscape: landscape, sources: SourceCache(root: project.root)).entries[0].retry == nil)
        landscape.setup = [SetupFact(kind: .retry, rule: "js.setup.axios-retry", technology: "axios-retry", component: "web", evidence: [Evidence(path: "web/http.js", line: 3)])]
        let entry = ResilienceAudit(landscape: landscape, sources: SourceCache(root: project.root)).entries[0]
        #expect(entry.retry?.location == "web/http.js:3")
        #expect(entry.settings[.retry]?.place == .sharedSetup)
    }
}

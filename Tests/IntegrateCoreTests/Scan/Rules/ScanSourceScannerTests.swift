import Foundation
import Testing
@testable import IntegrateCore

@Suite("Scan source scanner")
struct ScanSourceScannerTests {
    let scanner = SourceScanner()

    private func points(_ code: String, _ path: String, _ language: Language) -> [IntegrationPoint] {
        scanner.scan(text: code, path: path, language: language)
    }

    @Test("Fields come from the named groups: method upper-cased, target as written, path from the literal")
    func fields() throws {
        let found = points("r = requests.post(f\"{INVENTORY_URL}/stock/{sku}\", json=body)\n", "app/client.py", .python)
        let point = try #require(found.first { $0.rule == "python.http.requests" })
        #expect(point.method == "POST")
        #expect(point.target == "f\"{INVENTORY_URL}/stock/{sku}\"")
        #expect(point.path == "/stock/{sku}")
        #expect(point.id == "python.http.requests@app/client.py:1")
        #expect(point.component == nil)
        #expect(point.kind == .outboundHTTP && point.direction == .call && point.mode == .sync)
        #expect(point.evidence == [Evidence(path: "app/client.py", line: 1, column: 5, snippet: "r = requests.post(f\"{INVENTORY_URL}/stock/{sku}\", json=body)")])
    }

    @Test("Concatenated targets keep the expression and the literal path")
    func concatenation() throws {
        let found = points("await axios.post(process.env.ORDERS_URL + '/orders', body)", "web/api.js", .javascript)
        let point = try #require(found.first)
        #expect(point.target == "process.env.ORDERS_URL + '/orders'")
        #expect(point.path == "/orders")
    }

    @Test("Vapor path segments are joined and routes under webhook paths become webhooks")
    func vaporSegmentsAndWebhooks() throws {
        let code = "import Vapor\nfunc routes(_ app: Application) {\n    app.get(\"orders\", \":id\", use: show)\n    app.post(\"webhooks\", \"stripe\", use: hook)\n}\n"
        let found = points(code, "Sources/App/routes.swift", .swift)
        #expect(found.map(\.path) == ["/orders/:id", "/webhooks/stripe"])
        #expect(found.map(\.kind) == [.inboundHTTP, .webhook])
        #expect(found.map(\.method) == ["GET", "POST"])
    }

    @Test("Route prefixes declared in the same file are joined")
    func prefixes() {
        let vapor = "import Vapor\nlet api = app.grouped(\"api\", \"v1\")\nlet admin = api.grouped(\"admin\")\napi.get(\"orders\") { _ in }\nadmin.delete(\"users\", \":id\", use: d)\napp.group(\"webhooks\") { hooks in\n  hooks.post(\"stripe\", use: s)\n}\n"
        let found = points(vapor, "routes.swift", .swift)
        #expect(found.map(\.path) == ["/api/v1/orders", "/api/v1/admin/users/:id", "/webhooks/stripe"])
        #expect(found.last?.kind == .webhook)
        let gin = "import \"github.com/gin-gonic/gin\"\nv1 := r.Group(\"/v1\")\nv1.GET(\"/stock/:sku\", h)\nr.GET(\"/healthz\", h)\n"
        #expect(points(gin, "main.go", .go).map(\.path) == ["/v1/stock/:sku", "/healthz"])
        let fastapi = "from fastapi import APIRouter\nrouter = APIRouter(prefix=\"/orders\", tags=[\"o\"])\n@router.get(\"/{id}\")\ndef get(id): ...\n"
        #expect(points(fastapi, "api.py", .python).map(\.path) == ["/orders/{id}"])
        let spring = "@RestController\n@RequestMapping(\"/api/customers\")\npublic class C {\n  @GetMapping(\"/{id}\")\n  C get() {}\n  @RequestMapping(value = \"/bulk\", method = RequestMethod.POST)\n  void bulk() {}\n}\n"
        let springPoints = points(spring, "C.java", .java)
        #expect(springPoints.map(\.path) == ["/api/customers/{id}", "/api/customers/bulk"])
        #expect(springPoints.map(\.method) == ["GET", "POST"])
        let aspnet = "[ApiController]\n[Route(\"api/orders\")]\npublic class OrdersController : ControllerBase {\n  [HttpGet(\"{id}\")]\n  public IActionResult Get(int id) => Ok();\n}\n"
        #expect(points(aspnet, "OrdersController.cs", .csharp).map(\.path) == ["/api/orders/{id}"])
    }

    @Test("Comments are blanked but strings holding // or # are not")
    func comments() {
        let js = "// axios.get('/a')\n/* axios.get('/b')\n*/ const u = 'http://x//y'; axios.get(u)\n"
        #expect(points(js, "a.js", .javascript).map(\.evidence[0].line) == [3])
        let python = "url = \"http://h/#frag\"  # requests.get(url)\nrequests.get(url)\n\"\"\"\nrequests.get(doc)\n\"\"\"\n"
        let lines = points(python, "a.py", .python).map(\.evidence[0].line)
        #expect(lines == [2, 4], "docstrings are strings, kept; the trailing comment is not")
    }

    @Test("Characters outside ASCII in comments keep later positions exact")
    func wideCharacters() throws {
        let js = "/* café 🚀 */ axios.get('/a')\n// ✓ 日本\nconst s = '🚀'; axios.post('/b')\n"
        let found = points(js, "a.js", .javascript)
        #expect(found.map { "\($0.evidence[0].line):\($0.evidence[0].column ?? 0)" } == ["1:15", "3:17"], "columns count UTF-16 units")
        #expect(found.map(\.path) == ["/a", "/b"])
    }

    @Test("Credentials and keys are redacted in targets and snippets")
    func redaction() throws {
        let code = "DSN = \"postgresql://app:s3cret@db:5432/orders\"\nstripe.api_key = \"sk_live_51HxYzAbCdEfGh\"\n"
        let found = points(code, "settings.py", .python)
        let dsn = try #require(found.first { $0.rule == "dsn.database" })
        #expect(dsn.technology == "postgresql")
        #expect(dsn.target == "postgresql://***@db:5432/orders")
        #expect(!dsn.evidence[0].snippet.contains("s3cret"))
        #expect(SecretRedactor.redact("key = \"sk_live_51HxYzAbCdEfGh\"") == "key = \"sk_live_***\"")
        #expect(SecretRedactor.redact("t = \"a9F3kL0qZ7xW2mN8bV4cR6tY1uI5oP3s\"") == "t = \"***\"")
        #expect(SecretRedactor.redact("SendMessageCommandHandlerForOrdersQueue") == "SendMessageCommandHandlerForOrdersQueue")
        let url = "\"https://raw.githubusercontent.com/github/rest-api-description/main/descriptions/api.github.com/v3.yaml\""
        #expect(SecretRedactor.redact(url) == url)
        // A long package name with its pinned version is not a token; a padded base64 token still is.
        #expect(SecretRedactor.redact("prometheus-fastapi-instrumentator==7.0.0") == "prometheus-fastapi-instrumentator==7.0.0")
        #expect(SecretRedactor.redact("k: dGhpcyBpcyBhIHNlY3JldCB0b2tlbjEyMzQ1Ng==") == "k: ***")
    }

    @Test("A fallback rule stays quiet on a line a specific rule already reported")
    func fallback() {
        let code = "engine = create_engine(\"postgresql://app@db/orders\")\nOTHER = \"postgresql://app@db2/reports\"\n"
        let found = points(code, "db.py", .python)
        #expect(found.map(\.rule).sorted() == ["dsn.database", "python.db.sqlalchemy"])
        #expect(found.first { $0.rule == "python.db.sqlalchemy" }?.technology == "postgresql")
    }

    @Test("Test, fixture and example paths are test scope", arguments: [
        ("tests/test_api.py", IntegrationPoint.Scope.test), ("src/orders.test.ts", .test), ("pkg/api_test.go", .test),
        ("Tests/AppTests/RoutesTests.swift", .test), ("src/main/java/OrderTest.java", .test), ("examples/demo.py", .test),
        ("web/__tests__/api.js", .test), ("fixtures/a.rb", .test), ("src/app.py", .production), ("src/contest.py", .production),
    ])
    func scope(path: String, expected: IntegrationPoint.Scope) {
        #expect(TestScope.of(path: path) == expected)
    }

    @Test("Files are scanned in parallel with stable order, skipping non-source files, reading invalid UTF-8")
    func files() throws {
        let project = try TestProject()
        var files: [WalkedFile] = []
        for index in 0..<40 {
            let path = "svc\(index)/client.py"
            try project.write(path, "import requests\nrequests.get(\"http://svc\(index)/x\")\n")
            files.append(WalkedFile(path: path, url: project.root.appendingPathComponent(path), size: 40))
        }
        let latin1 = project.root.appendingPathComponent("legacy.py")
        try Data([0x23, 0xE9, 0xFF, 0x0A] + Array("requests.get('http://old/x')\n".utf8)).write(to: latin1)
        files.append(WalkedFile(path: "legacy.py", url: latin1, size: 33))
        try project.write("README.md", "requests.get('http://doc')")
        files.append(WalkedFile(path: "README.md", url: project.root.appendingPathComponent("README.md"), size: 26))

        let parallel = SourceScanner(options: ScanOptions(concurrency: 4)).scan(files: files)
        let serial = SourceScanner(options: ScanOptions(concurrency: 1)).scan(files: files)
        #expect(parallel.points == serial.points)
        #expect(parallel.points.count == 41)
        #expect(parallel.points.map(\.evidence[0].path) == files.dropLast().map(\.path))
        #expect(parallel.languages == ["python": 41])
        #expect(parallel.points.last?.evidence[0].line == 2)
    }
}

import Foundation
import Testing
@testable import IntegrateCore

/// Loader errors, policy files, renderers, cycles and consumer impact.
@Suite struct ContractsDiffBehaviorTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /orders/{orderId}:
            get:
              parameters:
                - {name: orderId, in: path, required: true, schema: {type: string}}
                - {name: verbose, in: query, schema: {type: boolean}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Node'}
        components:
          schemas:
            Node:
              type: object
              properties:
                name: {type: string}
                children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                next: {$ref: '#/components/schemas/Node'}
        """

    func diff(_ base: String, _ revision: String, policy: DiffPolicy = DiffPolicy()) throws -> [ContractChange] {
        let loader = SpecLoader()
        return ContractDiffRun(options: DiffOptions(today: "2026-01-01"), policy: policy)
            .report(base: try loader.load(text: base, name: "base.yaml"), revision: try loader.load(text: revision, name: "rev.yaml")).changes
    }

    @Test func malformedYAMLReportsFileAndLine() {
        let broken = "openapi: 3.0.0\npaths:\n  /a:\n    get: [unclosed\n"
        do {
            _ = try SpecLoader().load(text: broken, name: "broken.yaml")
            Issue.record("expected an error")
        } catch let error as SpecLoadError {
            #expect(error.file == "broken.yaml")
            #expect(error.line >= 4)
            #expect(error.description.hasPrefix("broken.yaml:"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func duplicateKeysReportTheirLineNotTheWholeFile() throws {
        let text = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas: {}\n  schemas: {}\n"
        let error = try #require(throws: SpecLoadError.self) { try SpecLoader().load(text: text, name: "dup.yaml") }
        #expect(error.description == "dup.yaml:5:3: error: duplicate key(s) 'schemas' in one mapping")
    }

    @Test func notAnOpenAPIDocumentIsAnError() {
        #expect(throws: SpecLoadError.self) { try SpecLoader().load(text: "name: x\n", name: "x.yaml") }
        #expect(throws: SpecLoadError.self) { try SpecLoader().load(text: "- 1\n- 2\n", name: "x.yaml") }
        #expect(throws: SpecLoadError.self) { try SpecLoader().load(.file("/nonexistent/spec.yaml")) }
    }

    @Test func recursiveSchemasTerminate() throws {
        let base = Self.spec.replacingOccurrences(of: "name: {type: string}", with: "name: {type: integer}")
        let changes = try diff(base, Self.spec)
        #expect(changes.map(\.id) == ["response-property-type-changed"])
    }

    @Test func ignoreFileSuppressesOneOperationAndId() throws {
        let revision = Self.spec.replacingOccurrences(of: "        - {name: verbose, in: query, schema: {type: boolean}}\n", with: "")
        #expect(try diff(Self.spec, revision).map(\.id) == ["request-parameter-removed"])
        let ignores = try DiffPolicy.parseIgnores("# reviewed\nGET /orders/{id} request-parameter-removed\n", file: "ignore.txt")
        #expect(try diff(Self.spec, revision, policy: DiffPolicy(ignores: ignores)).isEmpty)
        let other = try DiffPolicy.parseIgnores("POST /orders/{id} request-parameter-removed\n", file: "ignore.txt")
        #expect(try diff(Self.spec, revision, policy: DiffPolicy(ignores: other)).count == 1)
        #expect(throws: SpecLoadError.self) { try DiffPolicy.parseIgnores("just-an-id\n", file: "ignore.txt") }
    }

    @Test func levelsFileRelevelsAndDrops() throws {
        let revision = Self.spec.replacingOccurrences(of: "        - {name: verbose, in: query, schema: {type: boolean}}\n", with: "")
        let levels = try DiffPolicy.parseLevels("request-parameter-removed: error\n", file: "levels.txt")
        #expect(try diff(Self.spec, revision, policy: DiffPolicy(levels: levels)).map(\.level) == [.error])
        let dropped = try DiffPolicy.parseLevels("request-parameter-removed: none\n", file: "levels.txt")
        #expect(try diff(Self.spec, revision, policy: DiffPolicy(levels: dropped)).isEmpty)
        #expect(throws: SpecLoadError.self) { try DiffPolicy.parseLevels("x: severe\n", file: "levels.txt") }
    }

    @Test func changesCarryPointerOperationAndLine() throws {
        let revision = Self.spec.replacingOccurrences(of: "        - {name: verbose, in: query, schema: {type: boolean}}\n", with: "")
        let change = try #require(try diff(Self.spec, revision).first)
        #expect(change.operation == "GET /orders/{orderId}")
        #expect(change.pointer == "/paths/~1orders~1{orderId}/get/parameters/1")
        #expect(change.line == 8)
        #expect(change.side == "base")
    }

    @Test func renderersIncludeEveryChange() throws {
        let revision = Self.spec.replacingOccurrences(of: "        - {name: verbose, in: query, schema: {type: boolean}}\n", with: "")
        let report = DiffReport(base: "a", revision: "b", changes: try diff(Self.spec, revision))
        #expect(DiffTextRenderer().render([report]).contains("[request-parameter-removed]"))
        #expect(DiffMarkdownRenderer().render([report]).contains("### Changes that may break clients"))
        let json = try DiffJSONRenderer().render([report])
        #expect(json.contains("\"id\" : \"request-parameter-removed\""))
        let sarif = try DiffSARIFRenderer().render([report])
        #expect(sarif.contains("\"ruleId\" : \"request-parameter-removed\"") && sarif.contains("2.1.0"))
        #expect(sarif.contains("https://github.com/oasdiff/oasdiff"), "the diff's check ids are oasdiff's")
    }

    @Test func externalRelativeRefsResolve() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("contracts-ext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("schemas"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let main = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /pets:
                get:
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: 'schemas/pet.yaml#/Pet'}}}}
            """
        try main.write(to: dir.appendingPathComponent("v1.yaml"), atomically: true, encoding: .utf8)
        try main.replacingOccurrences(of: "pet.yaml", with: "pet2.yaml").write(to: dir.appendingPathComponent("v2.yaml"), atomically: true, encoding: .utf8)
        try "Pet:\n  type: object\n  required: [id]\n  properties:\n    id: {type: string}\n    owner: {$ref: '#/Pet'}\n"
            .write(to: dir.appendingPathComponent("schemas/pet.yaml"), atomically: true, encoding: .utf8)
        try "Pet:\n  type: object\n  properties:\n    owner: {$ref: '#/Pet'}\n"
            .write(to: dir.appendingPathComponent("schemas/pet2.yaml"), atomically: true, encoding: .utf8)
        let report = try ContractDiffRun().run(base: .file(dir.appendingPathComponent("v1.yaml").path), revision: .file(dir.appendingPathComponent("v2.yaml").path))
        #expect(report.changes.map(\.id) == ["response-required-property-removed"])
    }

    @Test func consumerImpactMatchesTemplatedPaths() {
        let call = IntegrationPoint(id: "js.http.fetch@web/api.ts:12", rule: "js.http.fetch", component: "web", kind: .outboundHTTP,
                                    technology: "fetch", protocol: "http", mode: .sync, direction: .call, target: "ORDERS_URL",
                                    method: "GET", path: "/api/v1/orders/${id}", evidence: [Evidence(path: "web/api.ts", line: 12)])
        let other = IntegrationPoint(id: "x@web/b.ts:3", rule: "x", component: "web", kind: .outboundHTTP, technology: "fetch",
                                     protocol: "http", mode: .sync, direction: .call, method: "POST", path: "/orders/1",
                                     evidence: [Evidence(path: "web/b.ts", line: 3)])
        let change = ContractChange(id: "response-required-property-removed", level: .error, method: "GET", path: "/orders/{orderId}", pointer: "/", message: "m")
        let consumers = ConsumerImpact.consumers(of: [change], in: Landscape(points: [call, other]))
        #expect(consumers == [[ConsumerImpact.Consumer(component: "web", method: "GET", path: "/api/v1/orders/${id}", target: "ORDERS_URL", location: "web/api.ts:12")]])
        #expect(!RouteMatcher.matches(callMethod: "GET", callPath: "/orders", operationMethod: "GET", operationPath: "/orders/{id}"))
        #expect(RouteMatcher.matches(callMethod: nil, callPath: "http://orders:8000/orders/42?x=1", operationMethod: "GET", operationPath: "/orders/{id}"))
    }
}

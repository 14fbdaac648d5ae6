import Foundation
import Testing
@testable import IntegrateCore

@Suite struct FieldMappingTests {
    static let spec = """
    openapi: 3.0.3
    info: {title: Billing, version: 1.0.0}
    servers: [{url: 'http://billing:8000'}]
    paths:
      /invoices/{id}:
        get:
          responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Invoice'}}}}}
    components:
      schemas:
        Invoice:
          type: object
          required: [number, amount_due]
          properties:
            number: {type: string}
            amount_due: {type: integer}
            state: {type: string, enum: [open, void]}
            memo: {type: string}
    """

    static let goConsumer = """
    package client

    func fetch(url string) (Invoice, error) {
    \tresp, err := http.Get(url + "/invoices/7")
    \tvar inv Invoice
    \terr = json.NewDecoder(resp.Body).Decode(&inv)
    \treturn inv, err
    }

    type Invoice struct {
    \tNumber    int    `json:"number"`
    \tAmountDue int    `json:"amount_due"`
    \tMemo      string `json:"memo,omitempty"`
    \tPayer     string `json:"payer"`
    }
    """

    func analysis(consumerFiles: [String: String], site: String?) throws -> (DataMappingAnalysis, TestProject) {
        let files = consumerFiles.merging(["billing/openapi.yaml": Self.spec]) { a, _ in a }
        let project = try TestProject(files: files)
        let points = site.map { site in
            [IntegrationPoint(id: "h@\(site):4", rule: "h", component: "ledger", kind: .outboundHTTP, technology: "x", protocol: "http", mode: .sync,
                              direction: .call, target: "http://billing:8000", method: "GET", path: "/invoices/{id}", evidence: [Evidence(path: site, line: 4)])]
        } ?? []
        let landscape = Landscape(
            components: [Component(id: "billing", name: "billing", path: "billing"), Component(id: "ledger", name: "ledger", path: "ledger")],
            points: points, specs: [APISpec(path: "billing/openapi.yaml", format: .openapi, component: "billing")])
        return (DataMappingAnalysis(root: project.root, landscape: landscape, files: files.keys.sorted()), project)
    }

    @Test("a Go consumer: renamed fields, a type mismatch, a field not read and one never sent, each on its row")
    func goConsumerRows() throws {
        let (result, _) = try analysis(consumerFiles: ["ledger/client.go": Self.goConsumer], site: "ledger/client.go")
        let mappings = result.payloads.map(FieldMapping.init)
        #expect(mappings.count == 1)
        let rows = try #require(mappings.first).rows
        let summary = rows.map { [$0.source?.name ?? "-", $0.target?.codeName ?? $0.target?.name ?? "-"] + $0.notes.map(\.rawValue) }
        #expect(summary == [
            ["number", "Number", "renamed in code", "type mismatch"],
            ["amount_due", "AmountDue", "renamed in code"],
            ["state", "-", "not read by the consumer"],
            ["memo", "Memo", "renamed in code"],
            ["-", "Payer", "read but never sent"],
        ])
        #expect(rows.last?.target?.location.location == "ledger/client.go:14")

        let text = FieldMappingsRenderer(mappings: mappings, uses: result.uses, catalog: result.catalog).render()
        #expect(text.contains("#### `ledger` → `billing` (http) `GET /invoices/{id}`: `Invoice` of `billing/openapi.yaml` → `Invoice`"))
        #expect(text.contains("| `amount_due` | `AmountDue` (JSON `amount_due`) | `integer` → `int` | yes → yes | renamed in code |"))
        #expect(text.contains("| `number` | `Number` (JSON `number`) | `string` → `int` | yes → yes | renamed in code; type mismatch |"))
        #expect(!text.contains("Nothing found") && !text.contains("No payload known"))
    }

    @Test("a wire name used as is in code is not called renamed; an optional field the provider may omit is not flagged")
    func swiftConsumerWithoutRenames() throws {
        let source = "\n\n\nlet inv = try JSONDecoder().decode(Invoice.self, from: data)\nstruct Invoice: Decodable {\n    let number: String\n    var memo: String?\n}\n"
        let (result, _) = try analysis(consumerFiles: ["ledger/Client.swift": source], site: "ledger/Client.swift")
        let rows = try #require(result.payloads.map(FieldMapping.init).first).rows
        #expect(rows.map(\.notes) == [[], [.notRead], [.notRead], []])
        #expect(rows.compactMap(\.target).allSatisfy { $0.codeName == nil })
    }

    @Test("a call whose consumer decodes into no known type is named as having no payload known on both sides")
    func noPayloadOnBothSides() throws {
        let (result, _) = try analysis(consumerFiles: ["ledger/client.go": "package client\n\n\nresp, err := http.Get(url)\n"], site: "ledger/client.go")
        #expect(result.payloads.isEmpty)
        #expect(!result.uses.isEmpty)
        let text = FieldMappingsRenderer(mappings: [], uses: result.uses, catalog: result.catalog).render()
        #expect(text.contains("_Nothing found: no integration whose payload is known on both sides"))
        #expect(text.contains("No payload known on both sides for: `ledger` → `billing` (http) `GET /invoices/{id}`."))
    }
}

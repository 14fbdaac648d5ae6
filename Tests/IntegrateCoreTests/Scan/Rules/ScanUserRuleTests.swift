import Foundation
import Testing
@testable import IntegrateCore

@Suite("Scan user rules")
struct ScanUserRuleTests {
    let loader = UserRuleLoader()

    @Test("A valid rule file loads with defaults and runs in the scanner")
    func valid() throws {
        let yaml = """
        rules:
          - id: acme.http.wrapper
            kind: outboundHTTP
            technology: acme-http
            languages: [python]
            keywords: [acme_http]
            pattern: 'acme_http\\.(?<method>get|post)\\((?<target>[^,)]+)'
            triggering: ["↓acme_http.get(BASE + '/x')"]
            nonTriggering: ["import acme_http"]
        """
        let loaded = loader.load(yaml: yaml, path: "rules/acme.yaml")
        #expect(loaded.diagnostics.isEmpty)
        let rule = try #require(loaded.rules.first)
        #expect(rule.direction == .call && rule.protocol == "http" && rule.confidence == .medium)

        let project = try TestProject(files: [
            ".claude/integrations/rules/acme.yaml": yaml,
            "app/client.py": "import acme_http\nacme_http.post(BASE + '/orders')\n",
        ])
        let options = ScanOptions(userRulesDirectory: project.root.appendingPathComponent(".claude/integrations/rules"))
        let file = WalkedFile(path: "app/client.py", url: project.root.appendingPathComponent("app/client.py"), size: 40)
        let result = SourceScanner(options: options).scan(files: [file])
        let point = try #require(result.points.first { $0.rule == "acme.http.wrapper" })
        #expect(point.method == "POST" && point.path == "/orders" && point.evidence[0].line == 2)
    }

    @Test("Problems name the file and line, and the other rules still load")
    func invalid() {
        let yaml = """
        - id: ok.rule
          kind: publish
          technology: kafka
          languages: [go]
          keywords: [Send]
          pattern: 'Send\\('
        - id: no.pattern
          kind: database
          technology: postgresql
          languages: [go]
          keywords: [x]
        - id: bad.regex
          kind: database
          technology: postgresql
          languages: [go]
          keywords: [x]
          pattern: '(unclosed'
        - id: bad.kind
          kind: telepathy
          technology: x
          languages: [go]
          keywords: [x]
          pattern: x
        - id: bad.language
          kind: database
          technology: x
          languages: [cobol]
          keywords: [x]
          pattern: x
        """
        let loaded = loader.load(yaml: yaml, path: "rules/r.yaml")
        #expect(loaded.rules.map(\.id) == ["ok.rule"])
        #expect(loaded.rules.first?.direction == .send && loaded.rules.first?.mode == .sync)
        let messages = loaded.diagnostics.map(\.description)
        #expect(messages.count == 4)
        #expect(messages[0] == "rules/r.yaml:7: error: rule 'no.pattern': missing 'pattern'")
        #expect(messages[1].hasPrefix("rules/r.yaml:17: error: rule 'bad.regex': invalid pattern"))
        #expect(messages[2].hasPrefix("rules/r.yaml:19: error: rule 'bad.kind': 'kind' must be one of"))
        #expect(messages[3].hasPrefix("rules/r.yaml:27: error: rule 'bad.language': unknown language 'cobol'"))
    }

    @Test("A rule whose own examples fail loads with warnings at its line")
    func failingExamples() {
        let yaml = """
        - id: acme.db
          kind: database
          technology: postgresql
          languages: [go]
          keywords: [acme.Open]
          pattern: 'acme\\.Open\\('
          triggering: ["db := ↓acme.Close()", "↓x := acme.Open()"]
          nonTriggering: ["acme.Open()"]
        """
        let loaded = loader.load(yaml: yaml, path: "r.yaml")
        #expect(loaded.rules.map(\.id) == ["acme.db"])
        #expect(loaded.diagnostics.map(\.description) == [
            "r.yaml:1: warning: rule 'acme.db': triggering example 1 gives 0 findings, not 1",
            "r.yaml:1: warning: rule 'acme.db': triggering example 2 is found at 1:6, not at its ↓ (1:1)",
            "r.yaml:1: warning: rule 'acme.db': non-triggering example 1 gives a finding",
        ])
    }

    @Test("Broken YAML is a diagnostic with its line, never a crash")
    func brokenYAML() {
        let loaded = loader.load(yaml: "rules:\n  - id: [unclosed\n", path: "rules/x.yaml")
        #expect(loaded.rules.isEmpty)
        #expect(loaded.diagnostics.count == 1)
        #expect(loaded.diagnostics.first?.path == "rules/x.yaml" && loaded.diagnostics.first?.line != nil)
    }
}

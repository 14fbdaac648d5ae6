import Foundation

/// Which tests exercise each integration (landscape edge), and how: a test point (an integration
/// call found in test code) exercises an edge when it uses the edge's protocol from one of its two
/// components and names the edge's host, one of its paths or its topic, or uses the same client
/// library from the calling component. The test file's kind (unit with a fake, integration with a
/// container, contract) comes from what the file uses (`TestKindRule`).
struct IntegrationTestMap {
    /// One test file that exercises an edge.
    struct Match: Sendable {
        var evidence: Evidence
        /// Why the test counts for this edge, strongest first (`host \`inventory\``, `path \`/stock/1\``).
        var reasons: [String]
        /// The kinds the file shows, each with the line that shows it.
        var kinds: [(kind: TestKind, evidence: Evidence)]
    }

    struct Row: Sendable {
        var edge: Edge
        var matches: [Match]
    }

    let landscape: Landscape
    let sources: SourceCache

    var rows: [Row] {
        let tests = landscape.points.filter { $0.scope == .test }
        let production = Dictionary(landscape.points.filter { $0.scope == .production }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return landscape.edges.map { edge in
            let points = edge.points.compactMap { production[$0] }
            var byFile: [String: Match] = [:]
            for test in tests {
                let reasons = Self.reasons(test, edge: edge, production: points)
                guard !reasons.isEmpty, let evidence = test.evidence.first else { continue }
                if var match = byFile[evidence.path] {
                    for reason in reasons where !match.reasons.contains(reason) { match.reasons.append(reason) }
                    byFile[evidence.path] = match
                } else {
                    byFile[evidence.path] = Match(evidence: evidence, reasons: reasons, kinds: TestKindRule.kinds(of: evidence.path, in: sources))
                }
            }
            return Row(edge: edge, matches: byFile.keys.sorted().compactMap { byFile[$0] })
        }
    }

    /// Why `test` exercises `edge`; empty when it does not.
    static func reasons(_ test: IntegrationPoint, edge: Edge, production: [IntegrationPoint]) -> [String] {
        guard let component = test.component, component == edge.from || component == edge.to,
              protocolFamily(test.protocol) == protocolFamily(edge.protocol) else { return [] }
        var reasons: [String] = []
        if let host = host(test.target), host == targetName(edge.to) || host.hasPrefix(targetName(edge.to) + ".") {
            reasons.append("host `\(host)`")
        }
        // The contracts' own route matcher: `{id}`, `:id`, `<id>`, `*`, full URLs and base-path prefixes.
        if let path = test.path, production.contains(where: { route in
            route.path.map { RouteMatcher.matches(callMethod: route.method == nil ? nil : test.method, callPath: path,
                                                  operationMethod: route.method ?? "", operationPath: $0) } == true
        }) {
            reasons.append("path `\(path)`")
        }
        if let topic = test.topic, topic == edge.topic { reasons.append("topic `\(topic)`") }
        if component == edge.from, production.contains(where: { $0.technology == test.technology }) { reasons.append("client `\(test.technology)`") }
        return reasons
    }

    /// `http` and `https` are one family; others are their own.
    static func protocolFamily(_ name: String) -> String { name == "https" ? "http" : name }

    /// The host of the URL a target holds, quoted or not (`"http://inventory:8081/x"` → `inventory`);
    /// nil when it holds no literal URL.
    static func host(_ target: String?) -> String? {
        guard let target, let range = target.range(of: #"[A-Za-z][A-Za-z0-9+.-]*://[^"'`\s]+"#, options: .regularExpression),
              let host = URLComponents(string: String(target[range]))?.host, !host.isEmpty else { return nil }
        return host.lowercased()
    }

    /// An edge end's name without its kind: `saas:stripe` → `stripe`, `external:api.x.com` → `api.x.com`.
    static func targetName(_ end: String) -> String {
        (end.split(separator: ":", maxSplits: 1).last.map(String.init) ?? end).lowercased()
    }

}

/// How a test exercises an integration.
enum TestKind: String, Sendable, Hashable, CaseIterable {
    case contract
    case container = "integration with a container"
    case fake = "unit with a fake"
}

/// What shows a test file's kind: any of `keywords` on a code line (case-insensitive).
struct TestKindRule: Sendable {
    var kind: TestKind
    var keywords: [String]
    /// A line that shows the kind and one that does not, run by the tests.
    var example: (shows: String, doesNot: String)

    static let all: [TestKindRule] = [
        TestKindRule(kind: .contract, keywords: ["from pact", "import pact", "pact-foundation", "au.com.dius.pact", "@Pact(", "PactV3", "PactV4",
                                                        "PactDsl", "@AutoConfigureStubRunner", "StubRunner"],
                     example: ("from pact import Consumer, Provider", "import requests")),
        TestKindRule(kind: .container, keywords: ["testcontainers", "GenericContainer", "@Container", "PostgreSQLContainer", "KafkaContainer"],
                     example: ("from testcontainers.postgres import PostgresContainer", "db = connect(DATABASE_URL)  # no testcontainers here")),
        TestKindRule(kind: .fake, keywords: ["mock", "fake", "stub", "respx", "nock(", "httpretty", "wiremock", "MockWebServer"],
                     example: ("@respx.mock", "response = httpx.get(url)")),
    ]

    /// The kinds a file shows, in rule order, each with its first line.
    static func kinds(of path: String, in sources: SourceCache) -> [(kind: TestKind, evidence: Evidence)] {
        all.compactMap { rule in sources.find(rule.keywords, in: path).map { (rule.kind, $0) } }
    }

    func shows(_ line: String) -> Bool {
        let code = SourceCache.code(line)
        return keywords.contains { code.range(of: $0, options: .caseInsensitive) != nil }
    }
}

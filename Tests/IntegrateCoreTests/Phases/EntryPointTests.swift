import Foundation
import Testing
@testable import IntegrateCore

@Suite struct EntryPointTests {
    @Test(arguments: EntryPointClassifier.rules.map(\.id))
    func everyRuleMatchesItsExamplesAndNotItsCounterExamples(_ id: String) throws {
        let rule = try #require(EntryPointClassifier.rules.first { $0.id == id })
        #expect(!rule.triggering.isEmpty && !rule.nonTriggering.isEmpty)
        for facts in rule.triggering { #expect(rule.match(facts) != nil, "\(id) should match \(facts.component.id)") }
        for facts in rule.nonTriggering { #expect(rule.match(facts) == nil, "\(id) should not match \(facts.component.id)") }
    }

    @Test func toolingIsExcludedEvenWhenItPublishesAPort() {
        let classifier = EntryPointClassifier()
        let locust = EntryPointFacts(component: Component(id: "loadgenerator", name: "loadgenerator", path: "src/loadgenerator"), servesHTTP: true, publishedPorts: ["8089:8089"])
        #expect(classifier.classify(locust).isExcluded)
        let gateway = EntryPointFacts(component: Component(id: "gateway", name: "gateway", path: "gateway"), servesHTTP: true, publishedPorts: ["8080:8080"])
        let verdict = classifier.classify(gateway)
        #expect(verdict.verdict == .entry(strong: true))
        #expect(verdict.reason == "serves HTTP on a published port (8080:8080)")
        #expect(!classifier.classify(EntryPointFacts(component: Component(id: "notifications", name: "notifications", path: "notifications"))).isEntry)
    }

    @Test func publishedPortsAreReadFromComposeEvidence() {
        let component = Component(id: "gateway", name: "gateway", path: "gateway",
                                  evidence: [Evidence(path: "docker-compose.yml", line: 2, snippet: "gateway: build ./gateway ports 8080:8080, 9090")])
        #expect(EntryPointFacts.publishedPorts(component) == ["8080:8080", "9090"])
        #expect(EntryPointFacts.publishedPorts(Component(id: "a", name: "a", path: "a", evidence: [Evidence(path: "docker-compose.yml", line: 2, snippet: "a: build ./a")])).isEmpty)
    }

    @Test func aServicesOwnDevelopmentComposeFileDoesNotPublishItWhenTheSystemsDoesNot() {
        let system = Evidence(path: "docker-compose.yml", line: 9, snippet: "payment: build payment")
        let ownDev = Evidence(path: "payment/docker-compose.yml", line: 3, snippet: "payment: build . ports 8080:8080")
        let othersDev = Evidence(path: "dispatch/docker-compose.yml", line: 7, snippet: "payment: image shop/payment ports 8080:8080")
        let folders = ["payment", "dispatch", "web"]
        let payment = Component(id: "payment", name: "payment", path: "payment", evidence: [system, ownDev, othersDev])
        #expect(EntryPointFacts.publishedPorts(payment, componentFolders: folders).isEmpty)
        // Only development files: they are all there is, so they count.
        let alone = Component(id: "payment", name: "payment", path: "payment", evidence: [ownDev])
        #expect(EntryPointFacts.publishedPorts(alone, componentFolders: folders) == ["8080:8080"])
        // The system's file publishes it: that counts.
        let web = Component(id: "web", name: "web", path: "web", evidence: [Evidence(path: "docker-compose.yml", line: 2, snippet: "web: build web ports 8080:8080")])
        #expect(EntryPointFacts.publishedPorts(web, componentFolders: folders) == ["8080:8080"])
    }

    func edge(_ from: String, _ to: String) -> Edge { Edge(from: from, to: to, protocol: "http", mode: .sync, strength: .call) }

    func route(_ component: String) -> IntegrationPoint {
        IntegrationPoint(id: "in@\(component)", rule: "r", component: component, kind: .inboundHTTP, technology: "t", protocol: "http",
                         mode: .sync, direction: .receive, method: "GET", path: "/", evidence: [Evidence(path: "\(component)/app.py", line: 1)])
    }

    @Test func chainsStartOnlyAtEntryPointsAndSayWhy() {
        let published = Evidence(path: "docker-compose.yml", line: 2, snippet: "gateway: build ./gateway ports 8080:8080")
        let landscape = Landscape(
            components: [Component(id: "gateway", name: "gateway", path: "gateway", evidence: [published]),
                         Component(id: "worker", name: "worker", path: "worker"),
                         Component(id: "locust", name: "locust", path: "locust"),
                         Component(id: "orders", name: "orders", path: "orders"),
                         Component(id: "customers", name: "customers", path: "customers"),
                         Component(id: "stock", name: "stock", path: "stock")],
            points: [route("gateway"), route("orders")],
            edges: [edge("gateway", "orders"), edge("orders", "stock"),
                    edge("worker", "customers"), edge("customers", "orders"), edge("locust", "gateway")])
        let sync = SyncChains(landscape)
        #expect(!sync.startsUnclassified)
        #expect(sync.chains.map(\.nodes) == [["gateway", "orders", "stock"]], "the worker's longer chain and the load generator's are not from an entry point")
        #expect(sync.chains.first?.start == "serves HTTP on a published port (8080:8080)")
    }

    @Test func withoutAnyEntryPointChainsStartWhereNothingCallsAndSaySo() {
        let landscape = Landscape(
            components: ["a", "b", "c", "k6"].map { Component(id: $0, name: $0, path: $0) },
            edges: [edge("a", "b"), edge("b", "c"), edge("k6", "a")])
        let sync = SyncChains(landscape)
        #expect(sync.startsUnclassified)
        #expect(sync.chains.map(\.nodes) == [["a", "b", "c"]], "k6 is tooling, so `a` is the start even though k6 calls it")
        #expect(sync.chains.first?.start.contains("not shown to be exposed") == true)
    }

    @Test func aChainInsideALongerOneIsNotRepeated() {
        let chains = SyncChains.longest([edge("proxy", "gateway"), edge("gateway", "orders")], from: ["proxy", "gateway"])
        #expect(chains == [["proxy", "gateway", "orders"]])
    }
}

@Suite struct HealthPollTests {
    func edge(_ strength: Edge.Strength, _ snippets: [String]) -> Edge {
        Edge(from: "status", to: "web", protocol: "http", mode: .sync, strength: strength,
             evidence: snippets.map { Evidence(path: "docker-compose.yml", line: 9, snippet: $0) })
    }

    @Test func aConfigLinkToTheCalleesHealthEndpointIsNoRequestFlow() {
        #expect(SyncChains.isHealthPoll(edge(.config, ["HealthChecksUI__HealthChecks__0__Uri=http://web/hc"])))
        #expect(SyncChains.isHealthPoll(edge(.config, ["STATUS_URL: \"http://web:8080/api/healthz\""])))
        #expect(!SyncChains.isHealthPoll(edge(.config, ["ORDERS_URL=http://web:8000"])), "a base URL is a real dependency")
        #expect(!SyncChains.isHealthPoll(edge(.config, ["A=http://web/hc", "B=http://web/api"])), "one real URL keeps the link")
        #expect(!SyncChains.isHealthPoll(edge(.call, ["get(\"http://web/hc\")"])), "a call in source is a call")
        #expect(!SyncChains.isHealthPoll(edge(.config, [])))
    }
}

@Suite struct TokenAuthorityTests {
    @Test func aTokenAuthorityIsNoHopOfARequest() {
        func point(_ id: String, _ technology: String) -> IntegrationPoint {
            IntegrationPoint(id: id, rule: "r", component: "basket", kind: .outboundHTTP, technology: technology, protocol: "http", mode: .sync, direction: .call, evidence: [])
        }
        let published = Evidence(path: "docker-compose.yml", line: 2, snippet: "basket: build ./basket ports 80:80")
        let landscape = Landscape(
            components: [Component(id: "basket", name: "basket", path: "basket", evidence: [published]), Component(id: "identity", name: "identity", path: "identity"),
                         Component(id: "pricing", name: "pricing", path: "pricing")],
            points: [point("auth", "oidc"), point("call", "httpclient"),
                     IntegrationPoint(id: "in", rule: "r", component: "basket", kind: .inboundHTTP, technology: "aspnetcore", protocol: "http", mode: .sync, direction: .receive, path: "/", evidence: [])],
            edges: [Edge(from: "basket", to: "identity", protocol: "http", mode: .sync, strength: .call, points: ["auth"]),
                    Edge(from: "basket", to: "pricing", protocol: "http", mode: .sync, strength: .call, points: ["call", "auth"])])
        #expect(SyncChains(landscape).chains.map(\.nodes) == [["basket", "pricing"]], "the authority-only link is left out; a link with a real call stays")
    }
}

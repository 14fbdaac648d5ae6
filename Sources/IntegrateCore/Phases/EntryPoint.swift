import Foundation

/// What the landscape says about one component that bears on whether a request from outside the
/// system starts there: its name, image, tier, whether it serves HTTP and the ports its deployment
/// publishes.
struct EntryPointFacts: Sendable, Hashable {
    var component: Component
    /// It serves HTTP or GraphQL routes in production code.
    var servesHTTP: Bool
    /// Ports a compose service publishes (`8080:8080`), read from the component's deployment evidence.
    var publishedPorts: [String]

    init(component: Component, servesHTTP: Bool = false, publishedPorts: [String]? = nil) {
        self.component = component
        self.servesHTTP = servesHTTP
        self.publishedPorts = publishedPorts ?? Self.publishedPorts(component)
    }

    /// The facts of every component of `landscape`.
    static func all(_ landscape: Landscape) -> [String: EntryPointFacts] {
        let serving = Set(landscape.productionPoints.filter { $0.kind == .inboundHTTP || $0.kind == .graphqlServer }.compactMap(\.component))
        let folders = landscape.components.compactMap(\.path)
        return Dictionary(landscape.components.map { component in
            (component.id, EntryPointFacts(component: component, servesHTTP: serving.contains(component.id),
                                           publishedPorts: publishedPorts(component, componentFolders: folders)))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The ports the compose evidence of the component states (`gateway: build ./gateway ports 8080:8080`).
    /// When the component is in a system compose file (one outside every component's folder), a
    /// compose file kept inside a component's folder, a service's own development setup, does not
    /// make it reachable from outside the system.
    static func publishedPorts(_ component: Component, componentFolders: [String] = []) -> [String] {
        let composeEvidence = component.evidence.filter { $0.snippet.contains(": ") && ComposeDetector.isComposeFile($0.path) }
        let folders = componentFolders.filter { !$0.isEmpty && $0 != "." }  // a root component holds every file
        let system = composeEvidence.filter { evidence in !folders.contains { ProjectFiles.contains(folder: $0, path: evidence.path) } }
        var ports: [String] = []
        for evidence in system.isEmpty ? component.evidence : system {
            guard let range = evidence.snippet.range(of: " ports ") else { continue }
            for port in evidence.snippet[range.upperBound...].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !port.isEmpty {
                if !ports.contains(port) { ports.append(port) }
            }
        }
        return ports
    }

    /// Lowercased words of the component's id, name and folder (`WebMVC` gives `web`, `mvc`),
    /// and each of them run together (`load-generator` gives `loadgenerator`).
    var words: Set<String> {
        var result: Set<String> = []
        let folder = component.path.flatMap { $0.split(separator: "/").last.map(String.init) }
        for text in [component.id, component.name, folder].compactMap({ $0 }) {
            let parts = Self.split(text)
            result.formUnion(parts)
            result.insert(parts.joined())
        }
        return result
    }

    /// `WebMVC.API` -> `web`, `mvc`, `api`; `load_generator` -> `load`, `generator`.
    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if !(character.isLetter || character.isNumber) {
                if !current.isEmpty { parts.append(current) }
                current = ""
            } else if character.isUppercase, let previous, previous.isLowercase, !current.isEmpty {
                parts.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { parts.append(current) }
        return parts.map { $0.lowercased() }
    }
}

/// One way to tell that a component is, or is not, where a request from outside the system starts.
/// Rules are data: each names what it looks for and carries examples the tests run.
struct EntryPointRule: Sendable {
    /// What the rule concludes when it matches.
    enum Verdict: Sendable, Hashable {
        /// An entry point; `strong` for deployment evidence, weak for a name alone.
        case entry(strong: Bool)
        /// Tooling, tests or telemetry: never the start of a user's request.
        case excluded
    }

    /// What the rule looks at.
    enum Signal: Sendable, Hashable {
        /// The component's tier.
        case tier([Component.Tier])
        /// A word of its id, name or folder.
        case word([String])
        /// Its container image contains one of these.
        case image([String])
        /// Its kind.
        case kind(Component.Kind)
        /// Its deployment publishes a port and it serves HTTP.
        case publishedPortOnHTTPServer
        /// Its deployment publishes a port (no route was found in its source).
        case publishedPort
    }

    var id: String
    var verdict: Verdict
    var signal: Signal
    /// The reason said beside a chain, with `{}` for what matched.
    var reason: String
    var triggering: [EntryPointFacts]
    var nonTriggering: [EntryPointFacts]

    /// What matched, or `nil` when the rule does not apply.
    func match(_ facts: EntryPointFacts) -> String? {
        switch signal {
        case let .tier(tiers):
            return facts.component.tier.flatMap { tiers.contains($0) ? $0.rawValue : nil }
        case let .word(words):
            let own = facts.words
            return words.first(where: own.contains)
        case let .image(parts):
            guard let image = facts.component.image?.lowercased() else { return nil }
            return parts.contains(where: image.contains) ? image : nil
        case let .kind(kind):
            return facts.component.kind == kind ? kind.rawValue : nil
        case .publishedPortOnHTTPServer:
            return facts.servesHTTP && !facts.publishedPorts.isEmpty ? facts.publishedPorts.joined(separator: ", ") : nil
        case .publishedPort:
            return facts.publishedPorts.isEmpty ? nil : facts.publishedPorts.joined(separator: ", ")
        }
    }

    /// The reason in words, when the rule matches.
    func reason(_ facts: EntryPointFacts) -> String? {
        match(facts).map { reason.replacingOccurrences(of: "{}", with: $0) }
    }
}

/// Whether a component is an entry point: exclusions first (tooling never starts a user's
/// request), then the strongest evidence of exposure.
struct EntryPointClassifier: Sendable {
    /// The verdict on one component, with its reason in words.
    struct Classification: Sendable, Hashable {
        var verdict: EntryPointRule.Verdict?
        var rule: String?
        var reason: String?

        var isEntry: Bool { if case .entry = verdict { true } else { false } }
        var isExcluded: Bool { verdict == .excluded }
    }

    var rules: [EntryPointRule] = Self.rules

    func classify(_ facts: EntryPointFacts) -> Classification {
        let ordered = rules.filter { $0.verdict == .excluded } + rules.filter { $0.verdict == .entry(strong: true) } + rules.filter { $0.verdict == .entry(strong: false) }
        for rule in ordered {
            if let reason = rule.reason(facts) { return Classification(verdict: rule.verdict, rule: rule.id, reason: reason) }
        }
        return Classification()
    }

    private static func facts(_ id: String, kind: Component.Kind = .service, image: String? = nil, tier: Component.Tier? = nil,
                              http: Bool = false, ports: [String] = []) -> EntryPointFacts {
        EntryPointFacts(component: Component(id: id, name: id, path: image == nil ? id : nil, kind: kind, image: image, tier: tier),
                        servesHTTP: http, publishedPorts: ports)
    }

    static let rules: [EntryPointRule] = [
        EntryPointRule(
            id: "entry.exclude.tier", verdict: .excluded, signal: .tier([.test, .tooling, .telemetry]),
            reason: "{} component",
            triggering: [facts("loadgen", tier: .tooling), facts("e2e", tier: .test)],
            nonTriggering: [facts("gateway", http: true, ports: ["8080:8080"])]),
        EntryPointRule(
            id: "entry.exclude.tooling-name", verdict: .excluded,
            signal: .word(["locust", "locustfile", "k6", "jmeter", "gatling", "artillery", "vegeta", "loadgen", "loadgenerator", "loadtest", "loadtests",
                           "test", "tests", "e2e", "tools", "tool", "scripts", "script", "seed", "seeder", "seeders", "seeding",
                           "migration", "migrations", "migrator", "migrate", "benchmark", "benchmarks",
                           "webstatus", "healthchecks", "healthchecksui", "statuspage", "uptime"]),
            reason: "tooling (`{}` in its name)",
            triggering: [facts("load-generator"), facts("locust"), facts("db-seeder"), facts("OrderingMigrations"), facts("scripts"), facts("WebStatus")],
            nonTriggering: [facts("orders"), facts("latest-news"), facts("contest-api")]),
        EntryPointRule(
            id: "entry.exclude.tooling-image", verdict: .excluded,
            signal: .image(["locust", "grafana/k6", "loadimpact/k6", "jmeter", "gatling", "flyway", "liquibase"]),
            reason: "tooling (image `{}`)",
            triggering: [facts("driver", image: "locustio/locust:2.20"), facts("bench", image: "grafana/k6:latest")],
            nonTriggering: [facts("proxy", image: "nginx:1.25")]),
        EntryPointRule(
            id: "entry.published-http", verdict: .entry(strong: true), signal: .publishedPortOnHTTPServer,
            reason: "serves HTTP on a published port ({})",
            triggering: [facts("api", http: true, ports: ["8080:8080"])],
            nonTriggering: [facts("orders", http: true), facts("worker", ports: ["9000"])]),
        EntryPointRule(
            id: "entry.reverse-proxy", verdict: .entry(strong: true),
            signal: .image(["nginx", "envoy", "traefik", "haproxy", "caddy", "kong"]),
            reason: "reverse proxy (image `{}`)",
            triggering: [facts("edge", image: "nginx:1.25"), facts("front-proxy", image: "envoyproxy/envoy:v1.29")],
            nonTriggering: [facts("cache", image: "redis:7")]),
        EntryPointRule(
            id: "entry.frontend", verdict: .entry(strong: true), signal: .kind(.frontend),
            reason: "frontend",
            triggering: [facts("shop", kind: .frontend)],
            nonTriggering: [facts("shop")]),
        EntryPointRule(
            id: "entry.published-port", verdict: .entry(strong: false), signal: .publishedPort,
            reason: "publishes port {} (no route found in its source)",
            triggering: [facts("worker", ports: ["9000"])],
            nonTriggering: [facts("worker")]),
        EntryPointRule(
            id: "entry.name", verdict: .entry(strong: false),
            signal: .word(["gateway", "apigateway", "apigw", "gw", "frontend", "front", "web", "webapp", "webmvc", "webspa", "spa",
                           "bff", "ui", "webui", "portal", "ingress", "proxy"]),
            reason: "named like an entry point (`{}`); no published port or ingress was found",
            triggering: [facts("Web.Shopping.HttpAggregator"), facts("WebMVC"), facts("ui"), facts("mobile-bff"), facts("api-gateway")],
            nonTriggering: [facts("webhooks"), facts("orders"), facts("build")]),
    ]
}

/// Service-discovery lookups by name (Eureka, Consul, Spring Cloud load balancer): the name is
/// the component called, so the lookup is an outbound call to it.
enum DiscoveryClientRules {
    static let all = [springDiscovery, consulLookup]

    private static let literal = RulePatterns.literal

    static let springDiscovery = Rule(
        id: "java.http.discovery-lookup", summary: "A service instance looked up by name (Spring Cloud DiscoveryClient, Eureka, LoadBalancerClient).",
        kind: .outboundHTTP, technology: "discovery-client", protocol: "http", direction: .call, languages: [.java, .kotlin],
        keywords: ["getInstances(", "getNextServerFromEureka(", ".choose("],
        pattern: #"\b\w*(?:[Dd]iscovery\w*|[Ee]ureka\w*|[Ll]oad[Bb]alancer\w*)\.(?:getInstances|getNextServerFromEureka|choose)\(\s*(?<target>"# + literal + ")",
        confidence: .medium,
        note: "A name held in a variable resolves only when the same file binds it.",
        triggering: ["List<ServiceInstance> list = ↓discoveryClient.getInstances(\"inventory\");"],
        nonTriggering: ["List<String> services = discoveryClient.getServices();"])

    static let consulLookup = Rule(
        id: "go.http.consul-lookup", summary: "A healthy service looked up by name in Consul (Go).",
        kind: .outboundHTTP, technology: "consul", protocol: "http", direction: .call, languages: [.go],
        keywords: ["Health().Service("],
        pattern: #"\.Health\(\)\.Service\(\s*(?<target>"# + literal + ")",
        confidence: .medium,
        triggering: ["entries, _, err := client↓.Health().Service(\"inventory\", \"\", true, nil)"],
        nonTriggering: ["agent := client.Agent()"])
}

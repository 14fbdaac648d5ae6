/// Inbound HTTP routes of Spring (Java and Kotlin).
enum JVMRouteRules {
    static let all = [springMapping, springRequestMapping]

    /// `@GetMapping("/orders/{id}")`, `@PostMapping(path = "/x")`.
    static let springMapping = Rule(
        id: "java.http.spring", summary: "An inbound HTTP route on a Spring controller method.",
        kind: .inboundHTTP, technology: "spring-web", protocol: "http", direction: .receive, languages: [.java, .kotlin],
        keywords: ["Mapping"],
        pattern: #"@(?<method>Get|Post|Put|Patch|Delete)Mapping\b(?:\(\s*(?:(?:value|path)\s*=\s*)?\{?\s*(?<path>"[^"\n]*")?)?"#,
        note: "The class-level `@RequestMapping` prefix is not joined into the path.",
        triggering: ["@RestController\nclass OrderController {\n    ↓@GetMapping(\"/orders/{id}\")\n    Order get(@PathVariable long id) { return null; }\n}"],
        nonTriggering: ["@RestController\nclass OrderController {\n    @ExceptionHandler(Exception.class)\n    void fail() {}\n}"])

    /// `@RequestMapping(value = "/x", method = RequestMethod.POST)`; a class-level one is a prefix.
    static let springRequestMapping = Rule(
        id: "java.http.spring-request-mapping", summary: "A Spring `@RequestMapping` (a route, or a prefix on a class).",
        kind: .inboundHTTP, technology: "spring-web", protocol: "http", direction: .receive, languages: [.java, .kotlin],
        keywords: ["@RequestMapping"],
        pattern: #"@RequestMapping\(\s*(?:(?:value|path)\s*=\s*)?(?<path>"[^"\n]*")(?:[^)\n]*RequestMethod\.(?<method>\w+))?"#,
        confidence: .medium,
        note: "On a class it marks a prefix, not a route of its own.",
        triggering: ["↓@RequestMapping(value = \"/refunds\", method = RequestMethod.POST)\npublic void refund() {}"],
        nonTriggering: ["@RequestMapping\npublic class A {}"])
}

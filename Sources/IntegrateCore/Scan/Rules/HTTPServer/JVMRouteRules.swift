/// Inbound HTTP routes of Spring (Java and Kotlin).
enum JVMRouteRules {
    static let all = [springMapping, springRequestMapping]

    /// `@GetMapping("/orders/{id}")`, `@PostMapping(path = "/x")`.
    static let springMapping = Rule(
        id: "java.http.spring", summary: "An inbound HTTP route on a Spring controller method.",
        kind: .inboundHTTP, technology: "spring-web", protocol: "http", direction: .receive, languages: [.java, .kotlin],
        keywords: ["Mapping"],
        pattern: #"@(?<method>Get|Post|Put|Patch|Delete)Mapping\b(?:\(\s*(?:(?:value|path)\s*=\s*)?\{?\s*(?<path>"[^"\n]*")?)?"#,
        prefixPatterns: [classMapping],
        note: "A class-level `@RequestMapping(\"/x\")` in the same file is joined; inherited prefixes are not.",
        triggering: ["@RequestMapping(\"/api\")\n@RestController\nclass OrderController {\n    ↓@GetMapping(\"/orders/{id}\")\n    Order get(@PathVariable long id) { return null; }\n}"],
        nonTriggering: ["@RestController\nclass OrderController {\n    @ExceptionHandler(Exception.class)\n    void fail() {}\n}"])

    /// A `@RequestMapping("/x")` followed (after other annotations) by a class: a prefix, not a route.
    private static let classMapping =
        #"@RequestMapping\(\s*(?:(?:value|path)\s*=\s*)?(?<path>"[^"\n]*")\s*\)(?=\s*(?:@\w+(?:\([^)\n]*\))?\s*)*(?:(?:public|open|internal|abstract|final|data)\s+)*(?:class|interface)\b)"#

    /// `@RequestMapping(value = "/x", method = RequestMethod.POST)` on a method.
    static let springRequestMapping = Rule(
        id: "java.http.spring-request-mapping", summary: "A Spring `@RequestMapping` (a route, or a prefix on a class).",
        kind: .inboundHTTP, technology: "spring-web", protocol: "http", direction: .receive, languages: [.java, .kotlin],
        keywords: ["@RequestMapping"],
        pattern: #"@RequestMapping\(\s*(?:(?:value|path)\s*=\s*)?(?<path>"[^"\n]*")(?:[^)\n]*RequestMethod\.(?<method>\w+))?[^)\n]*\)(?!\s*(?:@\w+(?:\([^)\n]*\))?\s*)*(?:(?:public|open|internal|abstract|final|data)\s+)*(?:class|interface)\b)"#,
        prefixPatterns: [classMapping],
        confidence: .medium,
        note: "Without `method =` the route takes any method.",
        triggering: ["↓@RequestMapping(value = \"/refunds\", method = RequestMethod.POST)\npublic void refund() {}"],
        nonTriggering: ["@RequestMapping(\"/api\")\n@RestController\npublic class A {}"])
}

/// Outbound HTTP calls from Java and Kotlin.
enum JVMHTTPClientRules {
    static let all = [restTemplate, webClient, webClientBase, okHttp, feign, javaNetHTTP, apacheHTTP]

    private static let argument = RulePatterns.argument

    /// `restTemplate.getForObject(url, T.class)`, `postForEntity`, `exchange(url, HttpMethod.PUT, ...)`.
    static let restTemplate = Rule(
        id: "java.http.rest-template", summary: "An outbound HTTP call through Spring's RestTemplate.",
        kind: .outboundHTTP, technology: "resttemplate", protocol: "http", direction: .call, languages: [.java, .kotlin],
        keywords: ["RestTemplate", "restTemplate"],
        pattern: #"\b\w*[Rr]estTemplate\.(?:(?<method>get|post|put|patch|delete)(?:ForObject|ForEntity|ForLocation)?|exchange)\(\s*(?<target>"# + argument + ")",
        confidence: .high,
        note: "For `exchange` the method argument is not read.",
        triggering: ["Rate rate = ↓restTemplate.getForObject(ratesUrl + \"/rates/{c}\", Rate.class, c);"],
        nonTriggering: ["RestTemplate restTemplate = new RestTemplate();"])

    /// `webClient.get().uri("/x")`.
    static let webClient = Rule(
        id: "java.http.webclient", summary: "An outbound HTTP call through Spring's WebClient.",
        kind: .outboundHTTP, technology: "webclient", protocol: "http", direction: .call, languages: [.java, .kotlin],
        keywords: ["WebClient", "webClient"],
        pattern: #"\b\w*[Ww]ebClient\w*\s*\.(?<method>get|post|put|patch|delete)\(\)\s*\.uri\(\s*(?<target>"# + argument + ")",
        triggering: ["return ↓webClient.get()\n    .uri(\"/customers/{id}\", id)\n    .retrieve();"],
        nonTriggering: ["WebClient.Builder builder = WebClient.builder();"])

    /// `WebClient.create(url)`, `WebClient.builder().baseUrl(url)`.
    static let webClientBase = Rule(
        id: "java.http.webclient-base-url", summary: "A Spring WebClient bound to a base URL.",
        kind: .outboundHTTP, technology: "webclient", protocol: "http", direction: .call, languages: [.java, .kotlin],
        keywords: ["WebClient"],
        pattern: #"\bWebClient\.(?:create\(|builder\(\)\s*\.baseUrl\()\s*(?<target>"# + argument + ")",
        triggering: ["WebClient client = ↓WebClient.builder().baseUrl(\"http://customers-service\").build();"],
        nonTriggering: ["WebClient client = WebClient.builder().build();"])

    /// OkHttp: `Request.Builder().url(url)`.
    static let okHttp = Rule(
        id: "java.http.okhttp", summary: "An outbound HTTP request built for OkHttp.",
        kind: .outboundHTTP, technology: "okhttp", protocol: "http", direction: .call, languages: [.kotlin, .java],
        keywords: ["okhttp"],
        pattern: #"\bRequest\.Builder\(\)\s*\.url\(\s*(?<target>"# + argument + ")",
        defaultMethod: "GET",
        note: "A later `.post(body)` on the builder is not read; GET is assumed.",
        triggering: ["import okhttp3.Request\nval request = ↓Request.Builder().url(\"$baseUrl/shipments\").build()"],
        nonTriggering: ["import okhttp3.OkHttpClient\nval client = OkHttpClient()"])

    /// Feign: `@FeignClient(name = "customers", url = "${customers.url}")`.
    static let feign = Rule(
        id: "java.http.feign", summary: "A declarative Feign client for another service.",
        kind: .outboundHTTP, technology: "feign", protocol: "http", direction: .call, languages: [.java, .kotlin],
        keywords: ["@FeignClient"],
        pattern: #"@FeignClient\(\s*(?<target>[^)\n]*)\)"#,
        note: "The target is the annotation's arguments (name and url) as written.",
        triggering: ["↓@FeignClient(name = \"customers\", url = \"${customers.url}\")\ninterface CustomersClient {}"],
        nonTriggering: ["@EnableFeignClients\nclass App {}"])

    /// java.net.http: `HttpRequest.newBuilder(URI.create(url))`.
    static let javaNetHTTP = Rule(
        id: "java.http.java-net-http", summary: "An outbound HTTP request built with java.net.http.",
        kind: .outboundHTTP, technology: "java.net.http", protocol: "http", direction: .call, languages: [.java, .kotlin],
        keywords: ["HttpRequest.newBuilder"],
        pattern: #"\bHttpRequest\.newBuilder\(\s*(?:\)\s*\.uri\(\s*)?URI\.create\(\s*(?<target>"# + argument + ")",
        confidence: .medium,
        triggering: ["var req = ↓HttpRequest.newBuilder(URI.create(baseUrl + \"/quotes\")).build();"],
        nonTriggering: ["var client = HttpClient.newHttpClient();"])

    /// Apache HttpClient requests: `new HttpPost(baseUrl + id)`.
    static let apacheHTTP = Rule(
        id: "java.http.apache", summary: "An outbound HTTP request built with Apache HttpClient.",
        kind: .outboundHTTP, technology: "apache-httpclient", protocol: "http", direction: .call, languages: [.java, .kotlin],
        keywords: ["new HttpGet", "new HttpPost", "new HttpPut", "new HttpPatch", "new HttpDelete", "HttpGet(", "HttpPost("],
        pattern: #"\b(?:new\s+)?Http(?<method>Get|Post|Put|Patch|Delete)\(\s*(?<target>"# + argument + ")",
        triggering: ["HttpPost postRequest = ↓new HttpPost(baseUrl + id);"],
        nonTriggering: ["import org.apache.http.client.methods.HttpPost;"])
}

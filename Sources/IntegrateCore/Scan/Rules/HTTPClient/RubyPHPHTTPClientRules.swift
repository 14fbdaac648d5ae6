/// Outbound HTTP calls from Ruby and PHP.
enum RubyPHPHTTPClientRules {
    static let all = [netHTTP, faraday, httparty, laravelHTTP, guzzle, curl]

    private static let argument = RulePatterns.argument

    /// `Net::HTTP.get(URI(url))`, `Net::HTTP.post(uri, body)`.
    static let netHTTP = Rule(
        id: "ruby.http.net-http", summary: "An outbound HTTP call with Ruby's Net::HTTP.",
        kind: .outboundHTTP, technology: "net-http", protocol: "http", direction: .call, languages: [.ruby],
        keywords: ["Net::HTTP"],
        pattern: #"\bNet::HTTP\.(?:(?<method>get|post)(?:_response)?|start)\(\s*(?<target>"# + argument + ")",
        triggering: ["body = ↓Net::HTTP.get(URI(\"#{ENV['RATES_URL']}/rates\"))"],
        nonTriggering: ["http = Net::HTTP::Persistent.new"])

    /// `Faraday.new(url: base)`.
    static let faraday = Rule(
        id: "ruby.http.faraday", summary: "A Faraday connection bound to a base URL.",
        kind: .outboundHTTP, technology: "faraday", protocol: "http", direction: .call, languages: [.ruby],
        keywords: ["Faraday.new"],
        pattern: #"\bFaraday\.new\(\s*(?:url:\s*)?(?<target>"# + argument + ")",
        triggering: ["conn = ↓Faraday.new(url: ENV.fetch('SHIPPING_URL'))"],
        nonTriggering: ["Faraday::Response::Logger"])

    /// `HTTParty.get(url)`.
    static let httparty = Rule(
        id: "ruby.http.httparty", summary: "An outbound HTTP call with HTTParty.",
        kind: .outboundHTTP, technology: "httparty", protocol: "http", direction: .call, languages: [.ruby],
        keywords: ["HTTParty"],
        pattern: #"\bHTTParty\.(?<method>get|post|put|patch|delete)\(\s*(?<target>"# + argument + ")",
        triggering: ["res = ↓HTTParty.post(\"#{base}/orders\", body: payload)"],
        nonTriggering: ["include HTTParty"])

    /// Laravel: `Http::get($url)`.
    static let laravelHTTP = Rule(
        id: "php.http.laravel", summary: "An outbound HTTP call with Laravel's Http facade.",
        kind: .outboundHTTP, technology: "laravel-http", protocol: "http", direction: .call, languages: [.php],
        keywords: ["Http::"],
        pattern: #"\bHttp::(?:\w+\([^)\n]*\)->)*(?<method>get|post|put|patch|delete)\(\s*(?<target>"# + argument + ")",
        triggering: ["$r = ↓Http::get(config('services.rates.url') . '/rates');"],
        nonTriggering: ["use Illuminate\\Support\\Facades\\Http;"])

    /// Guzzle: `$client->request('GET', $url)`.
    static let guzzle = Rule(
        id: "php.http.guzzle", summary: "An outbound HTTP call with Guzzle.",
        kind: .outboundHTTP, technology: "guzzle", protocol: "http", direction: .call, languages: [.php],
        keywords: ["Guzzle"],
        pattern: #"\$\w+->(?:request\(\s*'(?<method>\w+)'\s*,|(?:get|post|put|patch|delete)\()\s*(?<target>"# + argument + ")",
        note: "For `$client->get(...)` shortcuts the method is not recorded.",
        triggering: ["use GuzzleHttp\\Client;\n$res = ↓$client->request('POST', $base . '/charges');"],
        nonTriggering: ["use GuzzleHttp\\Client;\n$client = new Client();"])

    /// ext-curl: `curl_init($url)`.
    static let curl = Rule(
        id: "php.http.curl", summary: "An outbound HTTP call with PHP's curl extension.",
        kind: .outboundHTTP, technology: "curl", protocol: "http", direction: .call, languages: [.php],
        keywords: ["curl_init"],
        pattern: #"\bcurl_init\(\s*(?<target>"# + argument + ")",
        note: "The method is set later with `curl_setopt` and is not recorded.",
        triggering: ["$curl = ↓curl_init($url);"],
        nonTriggering: ["$curl = curl_init();"])
}

/// Outbound HTTP calls from Python.
enum PythonHTTPClientRules {
    static let all = [requests, httpx, httpxClient, httpxClientCall, aiohttp, urllib]

    private static let call = #"\((?:\s*)(?<target>"# + RulePatterns.argument + ")"

    /// `requests.get(url)`.
    static let requests = Rule(
        id: "python.http.requests", summary: "An outbound HTTP call with requests.",
        kind: .outboundHTTP, technology: "requests", protocol: "http", direction: .call, languages: [.python],
        keywords: ["requests."],
        pattern: #"\brequests\.(?<method>get|post|put|patch|delete|head)"# + call,
        triggering: ["import requests\nr = ↓requests.get(f\"{PAYMENTS_URL}/charges/{charge_id}\", timeout=5)"],
        nonTriggering: ["import requests\nsession = requests.Session()"])

    /// `httpx.post(url)`.
    static let httpx = Rule(
        id: "python.http.httpx", summary: "An outbound HTTP call with httpx's module functions.",
        kind: .outboundHTTP, technology: "httpx", protocol: "http", direction: .call, languages: [.python],
        keywords: ["httpx."],
        pattern: #"\bhttpx\.(?<method>get|post|put|patch|delete|head)"# + call,
        triggering: ["↓httpx.post(\"https://hooks.example.com/notify\", json=body)"],
        nonTriggering: ["client = httpx.Client()"])

    /// `httpx.AsyncClient(base_url=...)`: a client bound to one service.
    static let httpxClient = Rule(
        id: "python.http.httpx-base-url", summary: "An httpx client bound to a base URL.",
        kind: .outboundHTTP, technology: "httpx", protocol: "http", direction: .call, languages: [.python],
        keywords: ["httpx."],
        pattern: #"\bhttpx\.(?:Async)?Client\([^)\n]*?base_url\s*=\s*(?<target>"# + RulePatterns.argument + ")",
        triggering: ["client = ↓httpx.AsyncClient(base_url=INVENTORY_URL, timeout=2.0)"],
        nonTriggering: ["client = httpx.AsyncClient(timeout=2.0)"])

    /// `await client.get(f"{URL}/x")` in a file that uses httpx.
    static let httpxClientCall = Rule(
        id: "python.http.httpx-client", summary: "An outbound HTTP call on an httpx client.",
        kind: .outboundHTTP, technology: "httpx", protocol: "http", direction: .call, languages: [.python],
        keywords: ["httpx"],
        pattern: #"\b\w*client\.(?<method>get|post|put|patch|delete|head)"# + call,
        confidence: .medium,
        triggering: ["import httpx\nasync with httpx.AsyncClient() as client:\n    r = await ↓client.get(f\"{INVENTORY_URL}/stock/{sku}\")"],
        nonTriggering: ["import httpx\nvalue = settings.get(\"x\")"])

    /// aiohttp: `session.get(url)`.
    static let aiohttp = Rule(
        id: "python.http.aiohttp", summary: "An outbound HTTP call on an aiohttp session.",
        kind: .outboundHTTP, technology: "aiohttp", protocol: "http", direction: .call, languages: [.python],
        keywords: ["aiohttp"],
        pattern: #"\b\w*session\.(?<method>get|post|put|patch|delete|head)"# + call,
        triggering: ["import aiohttp\nasync with ↓session.post(RATES_URL, json=payload) as resp: ..."],
        nonTriggering: ["import aiohttp\nsession = aiohttp.ClientSession()"])

    /// `urllib.request.urlopen(url)`.
    static let urllib = Rule(
        id: "python.http.urllib", summary: "An outbound HTTP call with urllib.",
        kind: .outboundHTTP, technology: "urllib", protocol: "http", direction: .call, languages: [.python],
        keywords: ["urlopen"],
        pattern: #"(?<![\w])(?:urllib\.request\.)?urlopen"# + call,
        defaultMethod: "GET",
        note: "A `Request` object's method is not read; GET is assumed.",
        triggering: ["with ↓urllib.request.urlopen(\"https://example.org/feed\") as f: ..."],
        nonTriggering: ["from urllib.parse import urlparse"])
}

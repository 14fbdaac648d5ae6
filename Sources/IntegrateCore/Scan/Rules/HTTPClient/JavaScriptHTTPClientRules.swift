/// Outbound HTTP calls from JavaScript and TypeScript.
enum JavaScriptHTTPClientRules {
    static let all = [fetch, axios, axiosConfig, axiosInstance, got, request]

    private static let argument = RulePatterns.argument

    /// `fetch(url, { method: 'POST' })` (global fetch and node-fetch).
    static let fetch = Rule(
        id: "js.http.fetch", summary: "An outbound HTTP call with fetch or node-fetch.",
        kind: .outboundHTTP, technology: "fetch", protocol: "http", direction: .call,
        languages: [.javascript, .typescript], keywords: ["fetch("],
        pattern: #"(?<![\w.$])fetch\(\s*(?<target>"# + argument + #")(?:\s*,\s*\{[^}]*?method:\s*['"`](?<method>\w+))?"#,
        defaultMethod: "GET",
        triggering: ["const res = await ↓fetch(`${process.env.INVENTORY_URL}/stock/${sku}`, { method: 'POST' })"],
        nonTriggering: ["const data = prefetch(url)", "this.fetch(x)"])

    /// `axios.get(url)`.
    static let axios = Rule(
        id: "js.http.axios", summary: "An outbound HTTP call with axios' method helpers.",
        kind: .outboundHTTP, technology: "axios", protocol: "http", direction: .call,
        languages: [.javascript, .typescript], keywords: ["axios"],
        pattern: #"\baxios\.(?<method>get|post|put|patch|delete|head)\(\s*(?<target>"# + argument + ")",
        triggering: ["await ↓axios.post(process.env.ORDERS_URL + '/orders', body)"],
        nonTriggering: ["const axiosConfig = { retries: 3 }"])

    /// `axios({ method: 'post', url })`.
    static let axiosConfig = Rule(
        id: "js.http.axios-config", summary: "An outbound HTTP call with an axios request config.",
        kind: .outboundHTTP, technology: "axios", protocol: "http", direction: .call,
        languages: [.javascript, .typescript], keywords: ["axios"],
        pattern: #"\baxios(?:\.request)?\(\s*\{(?:[^}]*?method:\s*['"`](?<method>\w+)['"`])?[^}]*?url:\s*(?<target>"# + argument + ")",
        defaultMethod: "GET",
        triggering: ["↓axios({ method: 'put', url: `${BASE}/items/${id}` })"],
        nonTriggering: ["axios.interceptors.request.use(fn)"])

    /// `axios.create({ baseURL })`: a client bound to one service.
    static let axiosInstance = Rule(
        id: "js.http.axios-instance", summary: "An axios instance bound to a base URL.",
        kind: .outboundHTTP, technology: "axios", protocol: "http", direction: .call,
        languages: [.javascript, .typescript], keywords: ["axios.create"],
        pattern: #"\baxios\.create\(\s*\{[^}]*?baseURL:\s*(?<target>"# + argument + ")",
        triggering: ["const api = ↓axios.create({ baseURL: process.env.PAYMENTS_URL })"],
        nonTriggering: ["const api = axios.create({ timeout: 1000 })"])

    /// got: `got.post(url)`, `got(url)` in files importing `got`.
    static let got = Rule(
        id: "js.http.got", summary: "An outbound HTTP call with got.",
        kind: .outboundHTTP, technology: "got", protocol: "http", direction: .call,
        languages: [.javascript, .typescript], keywords: ["'got'", "\"got\""],
        pattern: #"(?<![\w.$])got(?:\.(?<method>get|post|put|patch|delete|head))?\(\s*(?<target>"# + argument + ")",
        defaultMethod: "GET",
        triggering: ["import got from 'got'\nconst body = await ↓got.post(`${RATES_URL}/quote`).json()"],
        nonTriggering: ["import got from 'got'\nconst forgot = true"])

    /// request / postman-request: `request(url, cb)`, `request.post(url)`, `request({ url })` in files requiring it.
    static let request = Rule(
        id: "js.http.request", summary: "An outbound HTTP call with the request library.",
        kind: .outboundHTTP, technology: "request", protocol: "http", direction: .call,
        languages: [.javascript, .typescript], keywords: ["require('request')", "require(\"request\")", "from 'request'", "from \"request\""],
        pattern: #"(?<![\w.$])request(?:\.(?<method>get|post|put|patch|delete|head))?\(\s*(?:\{[^}]*?\b(?:url|uri):\s*)?(?<target>"# + argument + ")",
        defaultMethod: "GET",
        triggering: ["const request = require('request')\n↓request('http://' + catalogueHost + ':8080/product/' + sku, (err, res) => {})"],
        nonTriggering: ["const request = require('request')\nconst req = makeRequest(url)"])
}

import Foundation
import IntegrateCore

/// A request, response or message as a pact (V2/V3/V4) or an observation states it: method, path,
/// query, headers, status, body, and the matching rules of the expected side.
public struct PactHTTPPart: Sendable {
    /// A body: absent, JSON `null` (an empty body is expected), or a value with its content type.
    public enum Body: Sendable {
        case missing
        case null
        case present(SpecNode, contentType: String?)
    }

    public var method: String?
    public var path: String?
    public var query: [String: [String]]?
    public var headers: [(name: String, value: String)]
    public var status: Int?
    public var body: Body
    public var rules: PactMatchingRules

    public init(method: String? = nil, path: String? = nil, query: [String: [String]]? = nil, headers: [(name: String, value: String)] = [], status: Int? = nil, body: Body = .missing, rules: PactMatchingRules = PactMatchingRules()) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.status = status
        self.body = body
        self.rules = rules
    }

    /// Reads a pact request/response object (`contents`/`metaData` for messages).
    public init(_ node: SpecNode) {
        method = node["method"]?.string
        path = node["path"]?.string
        status = node["status"]?.number.map { Int($0) }
        if let q = node["query"] {
            if let text = q.string { query = PactHTTPPart.parseQuery(text) }
            else { query = Dictionary(q.pairs.map { ($0.key, $0.node.array?.compactMap(\.scalarText) ?? [$0.node.scalarText ?? ""]) }, uniquingKeysWith: { a, _ in a }) }
        }
        headers = (node["headers"]?.pairs ?? []).map { ($0.key, $0.node.array?.compactMap(\.scalarText).joined(separator: ", ") ?? $0.node.scalarText ?? "") }
        let rulesNode = node["matchingRules"]
        if let metadata = node["metaData"] ?? node["metadata"] {
            if let type = metadata["contentType"]?.string ?? metadata["content-type"]?.string { headers.append(("Content-Type", type)) }
        }
        rules = PactMatchingRules(rulesNode)
        let headerType = headers.first { $0.name.lowercased() == "content-type" }?.value
        let raw = node.object?.entries["body"] ?? node.object?.entries["contents"]
        guard let raw else { body = .missing; return }
        if raw.isNull { body = .null; return }
        if let object = raw.object, object.entries["content"] != nil, Set(object.keys).isSubset(of: ["content", "contentType", "encoded", "contentTypeHint"]) {
            // V4: {contentType, encoded, content}
            var content = object.entries["content"] ?? SpecNode(.string(""))
            let type = object.entries["contentType"]?.string ?? headerType
            if let encoded = object.entries["encoded"], encoded.bool == true || encoded.string == "base64", let text = content.string,
               let data = Data(base64Encoded: text), let decoded = String(data: data, encoding: .utf8) {
                content = SpecNode(.string(decoded))
            }
            if let text = content.string, PactHTTPPart.isJSON(type), !text.isEmpty, let parsed = try? SpecNodeReader.read(text: text, file: "body") {
                content = parsed
            }
            body = .present(content, contentType: type)
            return
        }
        body = .present(raw, contentType: headerType)
    }

    static func isJSON(_ type: String?) -> Bool {
        guard let type = type?.lowercased() else { return false }
        let base = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? type
        return base == "application/json" || base.hasSuffix("+json")
    }

    static func parseQuery(_ text: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            result[parts[0], default: []].append(parts.count > 1 ? parts[1] : "")
        }
        return result
    }
}

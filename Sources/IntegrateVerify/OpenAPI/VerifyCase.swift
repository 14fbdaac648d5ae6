import Foundation
import IntegrateCore

/// One planned request for an operation, kept as its inputs so it can be shrunk: a parameter or
/// body property dropped at a time while the failure stays.
public struct VerifyCase: Sendable, Hashable {
    /// What the provider must do with the request.
    public enum Expectation: Sendable, Hashable {
        /// A request that conforms to the spec: the response must conform too.
        case conforming
        /// A request that breaks the spec: the provider must answer 4xx. The reason says how.
        case mustReject(String)
    }

    public struct Parameter: Sendable, Hashable {
        public var name: String
        public var location: String
        public var value: SpecNode
        public var required: Bool
    }

    /// The input a breaking case breaks, which shrinking keeps.
    public enum BrokenInput: Sendable, Hashable {
        case parameter(location: String, name: String)
        case body
    }

    public var operation: VerifyOperationID
    public var expectation: Expectation
    public var broken: BrokenInput?
    public var parameters: [Parameter]
    /// The body and its media type, when one is sent.
    public var body: SpecNode?
    public var mediaType: String?
    /// Headers every request carries (`--header`), after the planned ones.
    public var extraHeaders: [VerifyHeader]

    /// The concrete request: path parameters filled in and percent-encoded, query and header
    /// parameters in spec order, cookies in one `Cookie` header, the body as JSON, URL-encoded form
    /// or multipart form (one part per property).
    public var request: VerifyRequest {
        var path = operation.pathTemplate
        var query: [VerifyHeader] = []
        var headers: [VerifyHeader] = []
        var cookies: [String] = []
        for parameter in parameters {
            let texts = Self.texts(parameter.value)
            switch parameter.location {
            case "path":
                path = path.replacingOccurrences(of: "{\(parameter.name)}", with: texts.joined(separator: ",").addingPercentEncoding(withAllowedCharacters: Self.pathSegment) ?? "")
            case "query": query += texts.map { VerifyHeader(parameter.name, $0) }
            case "header": headers.append(VerifyHeader(parameter.name, texts.joined(separator: ",")))
            case "cookie": cookies.append("\(parameter.name)=\(texts.joined(separator: ","))")
            default: break
            }
        }
        if !cookies.isEmpty { headers.append(VerifyHeader("Cookie", cookies.joined(separator: "; "))) }
        var data: Data?
        if let body, let mediaType {
            if Self.isMultipart(mediaType) {
                headers.append(VerifyHeader("Content-Type", "\(mediaType); boundary=\(Self.boundary)"))
                data = Data(Self.multipart(body).utf8)
            } else {
                headers.append(VerifyHeader("Content-Type", mediaType))
                data = Data((Self.isForm(mediaType) ? Self.form(body) : JSONNode.text(body)).utf8)
            }
        }
        headers.append(VerifyHeader("Accept", "application/json, */*;q=0.5"))
        return VerifyRequest(method: operation.method, pathTemplate: operation.pathTemplate, path: path, query: query, headers: headers + extraHeaders, body: data)
    }

    /// Smaller variants of this case: each optional parameter dropped, each body property dropped
    /// (a breaking case keeps what it breaks).
    public var smaller: [VerifyCase] {
        var variants: [VerifyCase] = []
        for (index, parameter) in parameters.enumerated() where !parameter.required && broken != .parameter(location: parameter.location, name: parameter.name) {
            var copy = self
            copy.parameters.remove(at: index)
            variants.append(copy)
        }
        if broken != .body, let object = body?.object, object.keys.count > 1 {
            for key in object.keys {
                var smaller = object
                smaller.keys.removeAll { $0 == key }
                smaller.entries[key] = nil
                var copy = self
                copy.body = SpecNode(.object(smaller))
                variants.append(copy)
            }
        }
        return variants
    }

    static func isJSON(_ mediaType: String) -> Bool {
        let type = mediaType.lowercased()
        return type == "application/json" || type.hasSuffix("+json") || type == "*/*"
    }

    static func isForm(_ mediaType: String) -> Bool {
        mediaType.lowercased() == "application/x-www-form-urlencoded"
    }

    static func isMultipart(_ mediaType: String) -> Bool {
        mediaType.lowercased() == "multipart/form-data"
    }

    /// The multipart boundary: fixed, so a plan is reproducible; no generated value contains it
    /// (values are JSON scalars or JSON text, which never hold a CRLF followed by `--`).
    static let boundary = "integrate-verify-7d1f0c"

    private static let pathSegment: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "/?#")
        return set
    }()

    private static let formValue: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._*")
        return set
    }()

    /// Scalars as their text, arrays as one text per item (exploded), objects as JSON.
    static func texts(_ value: SpecNode) -> [String] {
        if let items = value.array { return items.map { $0.scalarText ?? JSONNode.text($0) } }
        return [value.scalarText ?? JSONNode.text(value)]
    }

    /// One `form-data` part per property (an array: one part per item), CRLF line ends, RFC 7578.
    private static func multipart(_ body: SpecNode) -> String {
        var text = ""
        for pair in body.pairs {
            let name = pair.key.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
            let isObject = pair.node.object != nil
            for value in texts(pair.node) {
                text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n"
                if isObject { text += "Content-Type: application/json\r\n" }
                text += "\r\n\(value)\r\n"
            }
        }
        return text + "--\(boundary)--\r\n"
    }

    private static func form(_ body: SpecNode) -> String {
        body.pairs.flatMap { pair in
            texts(pair.node).map { "\(pair.key.addingPercentEncoding(withAllowedCharacters: formValue) ?? "")=\($0.addingPercentEncoding(withAllowedCharacters: formValue) ?? "")" }
        }.joined(separator: "&")
    }
}

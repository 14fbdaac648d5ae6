import Foundation
import IntegrateCore

/// Matches an actual request, response or message against a pact's expected one, following the
/// Pact specification: method case-insensitive, path exact, query values in order with no
/// unexpected parameters, header names case-insensitive and values compared item by item
/// (a content type with its parameters in any order), status equal, bodies by content type.
public struct PactMatcher: Sendable {
    public enum Kind: Sendable { case request, response, message }

    public var kind: Kind

    public init(kind: Kind) { self.kind = kind }

    public func match(expected: PactHTTPPart, actual: PactHTTPPart) -> [PactMismatch] {
        var result: [PactMismatch] = []
        if let method = expected.method, method.uppercased() != (actual.method ?? "").uppercased() {
            result.append(PactMismatch(path: "$.method", message: "expected method \(method) but received \(actual.method ?? "none")"))
        }
        if let path = expected.path { result += matchPath(path, actual.path ?? "", expected.rules) }
        if let query = expected.query { result += matchQuery(query, actual.query ?? [:], expected.rules) }
        result += matchHeaders(expected.headers, actual.headers, expected.rules)
        if let status = expected.status {
            if let group = expected.rules.best("status", ["$"]) {
                let node = SpecNode(.number(Double(actual.status ?? 0), raw: String(actual.status ?? 0)))
                for rule in group.rules { if let m = rule.check(expected: node, actual: node) { result.append(PactMismatch(path: "$.status", message: m)) } }
            } else if status != actual.status {
                result.append(PactMismatch(path: "$.status", message: "expected status \(status) but received \(actual.status.map(String.init) ?? "none")"))
            }
        }
        result += matchBody(expected, actual)
        return result
    }

    private func matchPath(_ expected: String, _ actual: String, _ rules: PactMatchingRules) -> [PactMismatch] {
        if let group = rules.best("path", ["$"]) {
            return group.rules.compactMap { $0.check(expected: SpecNode(.string(expected)), actual: SpecNode(.string(actual))) }.map { PactMismatch(path: "$.path", message: $0) }
        }
        return expected == actual ? [] : [PactMismatch(path: "$.path", message: "expected path `\(expected)` but received `\(actual)`")]
    }

    private func matchQuery(_ expected: [String: [String]], _ actual: [String: [String]], _ rules: PactMatchingRules) -> [PactMismatch] {
        var result: [PactMismatch] = []
        for (name, values) in expected.sorted(by: { $0.key < $1.key }) {
            guard let got = actual[name] else { result.append(PactMismatch(path: "$.query.\(name)", message: "expected query parameter `\(name)` but it was missing")); continue }
            if let group = rules.best("query", ["$", name]) {
                for value in got {
                    for rule in group.rules {
                        if let m = rule.check(expected: SpecNode(.string(values.first ?? "")), actual: SpecNode(.string(value))) { result.append(PactMismatch(path: "$.query.\(name)", message: m)) }
                    }
                }
            } else if values != got {
                result.append(PactMismatch(path: "$.query.\(name)", message: "expected \(values) but received \(got)"))
            }
        }
        for name in actual.keys.sorted() where expected[name] == nil {
            result.append(PactMismatch(path: "$.query.\(name)", message: "unexpected query parameter `\(name)`"))
        }
        return result
    }

    private func matchHeaders(_ expected: [(name: String, value: String)], _ actual: [(name: String, value: String)], _ rules: PactMatchingRules) -> [PactMismatch] {
        var result: [PactMismatch] = []
        for (name, value) in expected {
            let path = "$.header.\(name)"
            guard let got = actual.first(where: { $0.name.lowercased() == name.lowercased() })?.value else {
                result.append(PactMismatch(path: path, message: "expected header `\(name)` but it was missing"))
                continue
            }
            let group = (rules.categories["header"] ?? []).first { group in
                if case .field(let field) = group.path.tokens.last { return field.lowercased() == name.lowercased() }
                return false
            }
            if let group {
                for rule in group.rules {
                    if let m = rule.check(expected: SpecNode(.string(value)), actual: SpecNode(.string(got))) { result.append(PactMismatch(path: path, message: m)) }
                }
            } else if name.lowercased() == "content-type" || name.lowercased() == "accept" && value.contains(";") {
                if !PactMatcher.contentTypeMatches(expected: value, actual: got) {
                    result.append(PactMismatch(path: path, message: "expected `\(value)` but received `\(got)`"))
                }
            } else {
                let e = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                let a = got.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                if e != a { result.append(PactMismatch(path: path, message: "expected `\(value)` but received `\(got)`")) }
            }
        }
        return result
    }

    /// Media type equal ignoring case; every expected parameter present in the actual one (charset
    /// compared ignoring case), in any order.
    static func contentTypeMatches(expected: String, actual: String) -> Bool {
        func parse(_ text: String) -> (String, [String: String]) {
            let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            var parameters: [String: String] = [:]
            for part in parts.dropFirst() {
                let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                guard kv.count == 2 else { continue }
                let key = kv[0].lowercased()
                parameters[key] = key == "charset" ? kv[1].lowercased() : kv[1]
            }
            return ((parts.first ?? "").lowercased(), parameters)
        }
        let (eType, eParameters) = parse(expected)
        let (aType, aParameters) = parse(actual)
        return eType == aType && eParameters.allSatisfy { aParameters[$0.key] == $0.value }
    }

    private func matchBody(_ expected: PactHTTPPart, _ actual: PactHTTPPart) -> [PactMismatch] {
        switch (expected.body, actual.body) {
        case (.missing, _): return []
        case (.null, .missing), (.null, .null): return []
        case (.null, .present(let node, _)):
            if node.isNull || node.string == "" { return [] }
            return [PactMismatch(path: "$.body", message: "expected an empty body but received \(node.compactText)")]
        case (.present(let node, _), .missing), (.present(let node, _), .null):
            if node.string == "" { return [] }
            return [PactMismatch(path: "$.body", message: "expected a body but it was missing")]
        case (.present(let e, let eType), .present(let a, let aType)):
            var type = eType ?? aType
            if type == nil, let text = e.string, text.trimmingCharacters(in: .whitespaces).hasPrefix("<") { type = "application/xml" }
            if e.string == "", a.string == "" || a.isNull { return [] }
            if let type, PactMatcher.isXML(type), let et = e.string, let at = a.string {
                return PactXMLMatcher(rules: expected.rules, allowUnexpectedKeys: kind != .request).compare(expected: et, actual: at)
            }
            let allow = kind != .request
            if let et = e.string, let at = a.string, !(type.map(PactHTTPPart.isJSON) ?? false) {
                if let group = expected.rules.best("body", ["$"]) {
                    return group.rules.compactMap { $0.check(expected: SpecNode(.string(et)), actual: SpecNode(.string(at))) }.map { PactMismatch(path: "$", message: $0) }
                }
                return et == at ? [] : [PactMismatch(path: "$", message: "expected body `\(et)` but received `\(at)`")]
            }
            return PactBodyMatcher(rules: expected.rules, category: "body", allowUnexpectedKeys: allow).compare(e, a)
        }
    }

    static func isXML(_ type: String) -> Bool {
        let base = (type.split(separator: ";").first.map(String.init) ?? type).trimmingCharacters(in: .whitespaces).lowercased()
        return base == "application/xml" || base == "text/xml" || base.hasSuffix("+xml")
    }
}

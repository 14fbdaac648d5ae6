import Foundation
import IntegrateCore

/// One V2/V3/V4 matching rule as a pact file states it (`{"match": "regex", "regex": "\\d+"}`).
///
/// A bare `{"min": N}` is a type matcher with a minimum length, as the specification says.
public enum PactMatchingRule: Sendable, Equatable {
    case equality
    case type(min: Int?, max: Int?)
    case regex(String)
    case integer
    case decimal
    case number
    case null
    case boolean
    case include(String)
    case dateTime(kind: String, format: String?)
    case contentType(String)
    case values
    case notEmpty
    case semver
    case statusCode(String)
    /// The rules every key of a map must pass.
    case eachKey([PactMatchingRule])
    /// The rules every value of a map or item of a list must pass.
    case eachValue([PactMatchingRule])
    case arrayContains

    public init?(_ node: SpecNode) {
        let match = node["match"]?.string
        let min = node["min"]?.number.map { Int($0) }
        let max = node["max"]?.number.map { Int($0) }
        switch match {
        case nil:
            if let regex = node["regex"]?.string { self = .regex(regex) }
            else if min != nil || max != nil { self = .type(min: min, max: max) }
            else { return nil }
        case "equality": self = .equality
        case "type", "min", "max": self = .type(min: min, max: max)
        case "regex": self = .regex(node["regex"]?.string ?? "")
        case "integer": self = .integer
        case "decimal": self = .decimal
        case "number": self = .number
        case "null": self = .null
        case "boolean": self = .boolean
        case "include": self = .include(node["value"]?.scalarText ?? "")
        case "date", "time", "datetime", "timestamp":
            self = .dateTime(kind: match ?? "datetime", format: (node["format"] ?? node[match ?? ""])?.string)
        case "contentType": self = .contentType(node["value"]?.string ?? "")
        case "values": self = .values
        case "notEmpty": self = .notEmpty
        case "semver": self = .semver
        case "statusCode": self = .statusCode(node["status"]?.scalarText ?? "")
        case "eachKey": self = .eachKey((node["rules"]?.array ?? []).compactMap(PactMatchingRule.init))
        case "eachValue": self = .eachValue((node["rules"]?.array ?? []).compactMap(PactMatchingRule.init))
        case "arrayContains": self = .arrayContains
        default: return nil
        }
    }

    /// Checks `actual` against this rule, `expected` giving the example; `nil` when it matches.
    public func check(expected: SpecNode, actual: SpecNode) -> String? {
        switch self {
        case .equality:
            return expected.sameValue(as: actual) ? nil : "expected \(expected.compactText) but received \(actual.compactText)"
        case .type(let min, let max):
            guard PactMatchingRule.kind(expected) == PactMatchingRule.kind(actual) else {
                return "expected a \(PactMatchingRule.kind(expected)) but received \(PactMatchingRule.kind(actual)) \(actual.compactText)"
            }
            let count = actual.array?.count ?? actual.object?.keys.count
            if let count, let min, count < min { return "expected at least \(min) items but received \(count)" }
            if let count, let max, count > max { return "expected at most \(max) items but received \(count)" }
            return nil
        case .regex(let pattern):
            guard let text = actual.scalarText, actual.object == nil else { return "expected a value matching `\(pattern)` but received \(actual.compactText)" }
            return PactMatchingRule.fullMatch(pattern, text) ? nil : "expected `\(text)` to match `\(pattern)`"
        case .integer:
            if case .number(_, let raw) = actual.value, !raw.contains("."), !raw.lowercased().contains("e") { return nil }
            return "expected an integer but received \(actual.compactText)"
        case .decimal:
            if case .number(_, let raw) = actual.value, raw.contains(".") { return nil }
            return "expected a decimal number but received \(actual.compactText)"
        case .number:
            return actual.number != nil ? nil : "expected a number but received \(actual.compactText)"
        case .null:
            return actual.isNull ? nil : "expected null but received \(actual.compactText)"
        case .boolean:
            if actual.bool != nil || actual.string == "true" || actual.string == "false" { return nil }
            return "expected a boolean but received \(actual.compactText)"
        case .include(let part):
            return (actual.scalarText ?? actual.compactText).contains(part) ? nil : "expected a value including `\(part)` but received \(actual.compactText)"
        case .dateTime(let kind, let format):
            guard let text = actual.scalarText else { return "expected a \(kind) but received \(actual.compactText)" }
            return PactDateFormat.matches(text, kind: kind, format: format) ? nil : "expected a \(kind)\(format.map { " in format `\($0)`" } ?? "") but received `\(text)`"
        case .contentType(let type):
            return actual.isNull ? "expected content of type `\(type)` but it was missing" : nil
        case .values, .eachKey, .eachValue, .arrayContains:
            return nil  // applied structurally by the body matcher
        case .notEmpty:
            let empty = actual.isNull || actual.string == "" || actual.array?.isEmpty == true || actual.object?.keys.isEmpty == true
            return empty ? "expected a non-empty value" : nil
        case .semver:
            let pattern = #"\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?"#
            guard let text = actual.scalarText, PactMatchingRule.fullMatch(pattern, text) else { return "expected a semantic version but received \(actual.compactText)" }
            return nil
        case .statusCode(let status):
            guard let code = actual.number.map({ Int($0) }) else { return "expected a status code" }
            return PactMatchingRule.status(code, fits: status) ? nil : "expected a status of class `\(status)` but received \(code)"
        }
    }

    static func kind(_ node: SpecNode) -> String {
        switch node.value {
        case .object: return "map"
        case .array: return "list"
        case .string: return "string"
        case .number: return "number"
        case .bool: return "boolean"
        case .null: return "null"
        }
    }

    static func fullMatch(_ pattern: String, _ text: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$") else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `information`, `success`, `redirect`, `clientError`, `serverError`, `nonError`, `error`, or
    /// a list of codes.
    static func status(_ code: Int, fits status: String) -> Bool {
        switch status {
        case "information": return (100..<200).contains(code)
        case "success": return (200..<300).contains(code)
        case "redirect": return (300..<400).contains(code)
        case "clientError": return (400..<500).contains(code)
        case "serverError": return (500..<600).contains(code)
        case "nonError": return code < 400
        case "error": return code >= 400
        default: return status.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.contains(code)
        }
    }
}

import IntegrateCore
import Testing
@testable import IntegrateVerify

/// The V3/V4 matchers the specification's shared cases do not exercise, each with a value it
/// accepts and one it rejects, through the whole body matcher (rules read from a pact's JSON).
@Suite struct PactMatchingRuleTests {
    func json(_ text: String) throws -> SpecNode { try SpecNodeReader.read(text: text, file: "test.json") }

    func mismatches(rule: String, path: String = "$.v", expected: String, actual: String) throws -> [PactMismatch] {
        let rules = PactMatchingRules(try json(#"{"body": {"\#(path)": {"matchers": [\#(rule)]}}}"#))
        return PactBodyMatcher(rules: rules, allowUnexpectedKeys: true).compare(try json(expected), try json(actual))
    }

    @Test(arguments: [
        (#"{"match": "integer"}"#, #"{"v": 1}"#, #"{"v": 42}"#, #"{"v": 4.2}"#),
        (#"{"match": "decimal"}"#, #"{"v": 1.5}"#, #"{"v": 0.25}"#, #"{"v": 3}"#),
        (#"{"match": "number"}"#, #"{"v": 1}"#, #"{"v": 2.5}"#, #"{"v": "2"}"#),
        (#"{"match": "null"}"#, #"{"v": null}"#, #"{"v": null}"#, #"{"v": 0}"#),
        (#"{"match": "boolean"}"#, #"{"v": true}"#, #"{"v": false}"#, #"{"v": "yes"}"#),
        (#"{"match": "include", "value": "gator"}"#, #"{"v": "alligator"}"#, #"{"v": "gators"}"#, #"{"v": "crocodile"}"#),
        (#"{"match": "date", "format": "yyyy-MM-dd"}"#, #"{"v": "2026-12-03"}"#, #"{"v": "2020-02-29"}"#, #"{"v": "03/12/2026"}"#),
        (#"{"match": "time", "format": "HH:mm"}"#, #"{"v": "10:10"}"#, #"{"v": "23:59"}"#, #"{"v": "ten past"}"#),
        (#"{"match": "datetime"}"#, #"{"v": "2026-12-03T10:10:00Z"}"#, #"{"v": "2026-12-03T12:00:00+01:00"}"#, #"{"v": "2026-12-03"}"#),
        (#"{"match": "notEmpty"}"#, #"{"v": "x"}"#, #"{"v": [1]}"#, #"{"v": ""}"#),
        (#"{"match": "semver"}"#, #"{"v": "1.0.0"}"#, #"{"v": "2.13.0-beta.1"}"#, #"{"v": "2.13"}"#),
        (#"{"match": "regex", "regex": "\\d{3}"}"#, #"{"v": "123"}"#, #"{"v": "999"}"#, #"{"v": "1234"}"#),
        (#"{"match": "type", "min": 2, "max": 3}"#, #"{"v": [1, 2]}"#, #"{"v": [5, 6, 7]}"#, #"{"v": [5, 6, 7, 8]}"#),
    ])
    func acceptsAndRejects(rule: String, expected: String, accepted: String, rejected: String) throws {
        #expect(try mismatches(rule: rule, expected: expected, actual: accepted).isEmpty)
        #expect(try !mismatches(rule: rule, expected: expected, actual: rejected).isEmpty)
    }

    @Test func eachValueChecksEveryEntryAgainstTheExample() throws {
        let rule = #"{"match": "eachValue", "rules": [{"match": "type"}]}"#
        let rules = PactMatchingRules(try json(#"{"body": {"$.v": {"matchers": [\#(rule)]}, "$.v.*": {"matchers": [{"match": "type"}]}}}"#))
        let matcher = PactBodyMatcher(rules: rules, allowUnexpectedKeys: true)
        #expect(matcher.compare(try json(#"{"v": {"a": "x"}}"#), try json(#"{"v": {"b": "y", "c": "z"}}"#)).isEmpty)
        #expect(!matcher.compare(try json(#"{"v": {"a": "x"}}"#), try json(#"{"v": {"b": "y", "c": 3}}"#)).isEmpty)
    }

    @Test func eachKeyAndEachValueApplyTheirOwnRules() throws {
        let keys = #"{"match": "eachKey", "rules": [{"match": "regex", "regex": "[a-z]+"}]}"#
        #expect(try mismatches(rule: keys, expected: #"{"v": {"a": 1}}"#, actual: #"{"v": {"abc": 2, "x": 3}}"#).isEmpty)
        #expect(try !mismatches(rule: keys, expected: #"{"v": {"a": 1}}"#, actual: #"{"v": {"abc": 2, "X1": 3}}"#).isEmpty)
        let values = #"{"match": "eachValue", "rules": [{"match": "integer"}]}"#
        #expect(try mismatches(rule: values, expected: #"{"v": {"a": 1}}"#, actual: #"{"v": {"b": 2, "c": 3}}"#).isEmpty)
        #expect(try !mismatches(rule: values, expected: #"{"v": {"a": 1}}"#, actual: #"{"v": {"b": 2, "c": 3.5}}"#).isEmpty)
    }

    @Test func arrayContainsNeedsEveryVariantSomewhere() throws {
        let rule = #"{"match": "arrayContains"}"#
        #expect(try mismatches(rule: rule, expected: #"{"v": [1, 2]}"#, actual: #"{"v": [3, 2, 1]}"#).isEmpty)
        #expect(try !mismatches(rule: rule, expected: #"{"v": [1, 2]}"#, actual: #"{"v": [3, 1]}"#).isEmpty)
    }

    @Test func orCombinationNeedsOneRule() throws {
        let rules = PactMatchingRules(try json(#"{"body": {"$.v": {"combine": "OR", "matchers": [{"match": "integer"}, {"match": "null"}]}}}"#))
        let matcher = PactBodyMatcher(rules: rules, allowUnexpectedKeys: true)
        #expect(matcher.compare(try json(#"{"v": 1}"#), try json(#"{"v": null}"#)).isEmpty)
        #expect(!matcher.compare(try json(#"{"v": 1}"#), try json(#"{"v": "1"}"#)).isEmpty)
    }

    @Test func statusCodeRuleAcceptsAClass() throws {
        let expected = PactHTTPPart(try json(#"{"status": 200, "matchingRules": {"status": {"matchers": [{"match": "statusCode", "status": "success"}]}}}"#))
        #expect(PactMatcher(kind: .response).match(expected: expected, actual: PactHTTPPart(status: 204)).isEmpty)
        #expect(!PactMatcher(kind: .response).match(expected: expected, actual: PactHTTPPart(status: 404)).isEmpty)
    }

    @Test func mostSpecificPathWinsAndEqualityResetsCascading() throws {
        let rules = PactMatchingRules(try json(#"{"body": {"$.a": {"matchers": [{"match": "type"}]}, "$.a.id": {"matchers": [{"match": "equality"}]}}}"#))
        let matcher = PactBodyMatcher(rules: rules, allowUnexpectedKeys: true)
        #expect(matcher.compare(try json(#"{"a": {"id": 1, "n": "x"}}"#), try json(#"{"a": {"id": 1, "n": "y"}}"#)).isEmpty)
        #expect(!matcher.compare(try json(#"{"a": {"id": 1, "n": "x"}}"#), try json(#"{"a": {"id": 2, "n": "x"}}"#)).isEmpty)
    }
}

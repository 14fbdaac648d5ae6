import IntegrateCore

/// Compares an expected JSON body with an actual one under matching rules, as the Pact
/// specification describes: objects key by key (unexpected keys allowed only where
/// `allowUnexpectedKeys`), arrays item by item (never unexpected items without a rule), values by
/// equality unless a rule (cascading from a parent path) says otherwise.
public struct PactBodyMatcher: Sendable {
    public var rules: PactMatchingRules
    public var category: String
    public var allowUnexpectedKeys: Bool

    public init(rules: PactMatchingRules, category: String = "body", allowUnexpectedKeys: Bool) {
        self.rules = rules
        self.category = category
        self.allowUnexpectedKeys = allowUnexpectedKeys
    }

    public func compare(_ expected: SpecNode, _ actual: SpecNode, path: [String] = ["$"]) -> [PactMismatch] {
        switch (expected.value, actual.value) {
        case (.object(let e), .object(let a)): return compareObjects(e, a, expected, actual, path)
        case (.array(let e), .array(let a)): return compareArrays(e, a, expected, actual, path)
        case (.object, _), (.array, _):
            return [mismatch(path, "expected a \(PactMatchingRule.kind(expected)) but received \(PactMatchingRule.kind(actual)) \(actual.compactText)")]
        default: return compareValues(expected, actual, path)
        }
    }

    private func mismatch(_ path: [String], _ message: String) -> PactMismatch {
        PactMismatch(path: PactBodyMatcher.render(path), message: message)
    }

    static func render(_ path: [String]) -> String {
        path.dropFirst().reduce("$") { text, element in Int(element) != nil ? text + "[\(element)]" : text + "." + element }
    }

    private func apply(_ group: PactMatchingRules.Group, _ expected: SpecNode, _ actual: SpecNode, _ path: [String]) -> [PactMismatch] {
        let results = group.rules.map { $0.check(expected: expected, actual: actual) }
        if group.combineOr { return results.contains { $0 == nil } ? [] : results.compactMap { $0 }.prefix(1).map { mismatch(path, $0) } }
        return results.compactMap { $0 }.map { mismatch(path, $0) }
    }

    private func compareValues(_ expected: SpecNode, _ actual: SpecNode, _ path: [String]) -> [PactMismatch] {
        if let group = rules.best(category, path) { return apply(group, expected, actual, path) }
        return expected.sameValue(as: actual) ? [] : [mismatch(path, "expected \(expected.compactText) but received \(actual.compactText)")]
    }

    private func compareObjects(_ e: SpecObject, _ a: SpecObject, _ expected: SpecNode, _ actual: SpecNode, _ path: [String]) -> [PactMismatch] {
        if e.keys.isEmpty, !a.keys.isEmpty, !allowUnexpectedKeys {
            return [mismatch(path, "expected an empty map but received \(actual.compactText)")]
        }
        var result: [PactMismatch] = []
        let group = rules.best(category, path)
        if let group {
            result += apply(group, expected, actual, path)
            for rule in group.rules {
                if case .eachKey(let keyRules) = rule {
                    for key in a.keys {
                        result += keyRules.compactMap { $0.check(expected: SpecNode(.string(key)), actual: SpecNode(.string(key))) }.map { mismatch(path + [key], "key: " + $0) }
                    }
                }
                if case .eachValue(let valueRules) = rule, !valueRules.isEmpty {
                    for key in a.keys {
                        guard let value = a.entries[key] else { continue }
                        result += valueRules.compactMap { $0.check(expected: value, actual: value) }.map { mismatch(path + [key], $0) }
                    }
                }
            }
            if group.rules.contains(where: { if case .eachKey = $0 { return true } else { return false } }) {
                return result  // keys are checked by their rules; values by the rules of their paths
            }
            if group.rules.contains(where: { if case .eachValue = $0 { return true } else { return $0 == .values } }) {
                for key in a.keys {
                    guard let value = a.entries[key], let example = e.entries[key] ?? e.keys.first.flatMap({ e.entries[$0] }) else { continue }
                    result += compare(example, value, path: path + [key])
                }
                return result
            }
        }
        let wildcard = rules.categories[category]?.contains { $0.path.matchesExactly(path + ["*"]) && $0.path.tokens.last == .anyField } ?? false
        for key in e.keys where a.entries[key] == nil {
            result.append(mismatch(path + [key], "expected key `\(key)` but it was missing"))
        }
        if !allowUnexpectedKeys {
            for key in a.keys where e.entries[key] == nil && !wildcard {
                result.append(mismatch(path + [key], "unexpected key `\(key)`"))
            }
        }
        for key in e.keys {
            if let ev = e.entries[key], let av = a.entries[key] { result += compare(ev, av, path: path + [key]) }
        }
        if wildcard, let first = e.keys.first.flatMap({ e.entries[$0] }) {
            for key in a.keys where e.entries[key] == nil {
                if let av = a.entries[key] { result += compare(first, av, path: path + [key]) }
            }
        }
        return result
    }

    private func compareArrays(_ e: [SpecNode], _ a: [SpecNode], _ expected: SpecNode, _ actual: SpecNode, _ path: [String]) -> [PactMismatch] {
        var result: [PactMismatch] = []
        if let group = rules.best(category, path) {
            result += apply(group, expected, actual, path)
            guard let first = e.first else { return result }
            if group.rules.contains(.arrayContains) {
                // Variants without their own rules are compared by equality, as the specification says.
                let plain = PactBodyMatcher(rules: PactMatchingRules(), category: category, allowUnexpectedKeys: allowUnexpectedKeys)
                for (index, variant) in e.enumerated() where !a.contains(where: { plain.compare(variant, $0).isEmpty }) {
                    result.append(mismatch(path, "variant \(index) (\(variant.compactText)) was not found in the list"))
                }
                return result
            }
            for (index, item) in a.enumerated() {
                result += compare(index < e.count ? e[index] : first, item, path: path + [String(index)])
            }
            return result
        }
        if e.isEmpty, !a.isEmpty { return [mismatch(path, "expected an empty list but received \(actual.compactText)")] }
        for (index, item) in e.enumerated() {
            if index < a.count { result += compare(item, a[index], path: path + [String(index)]) }
            else { result.append(mismatch(path + [String(index)], "expected \(item.compactText) but it was missing")) }
        }
        if e.count != a.count { result.append(mismatch(path, "expected a list of \(e.count) items but received \(a.count)")) }
        return result
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import IntegrateCore

/// Compares XML bodies as the Pact specification does: elements by namespace and local name,
/// children grouped by name, attributes (not `xmlns` declarations) by qualified name, text
/// trimmed; rule paths name elements (`$.people.person`), attributes (`['@id']`) and `#text`.
struct PactXMLMatcher: Sendable {
    var rules: PactMatchingRules
    var allowUnexpectedKeys: Bool

    func compare(expected: String, actual: String) -> [PactMismatch] {
        guard let e = XMLTree.parse(expected) else { return [PactMismatch(path: "$", message: "the expected XML body does not parse")] }
        guard let a = XMLTree.parse(actual) else { return [PactMismatch(path: "$", message: "the actual XML body does not parse")] }
        return compareNode(["$"], e, a)
    }

    private func fail(_ path: [String], _ message: String) -> PactMismatch { PactMismatch(path: path.joined(separator: "."), message: message) }

    private func check(_ path: [String], _ expected: SpecNode, _ actual: SpecNode) -> [PactMismatch] {
        guard let group = rules.best("body", path) else { return [] }
        return group.rules.compactMap { $0.check(expected: expected, actual: actual) }.map { fail(path, $0) }
    }

    private func compareNode(_ path: [String], _ e: XMLTree, _ a: XMLTree) -> [PactMismatch] {
        let nodePath = path + [e.name]
        if let group = rules.best("body", nodePath) {
            // An element matches a type rule by being an element; value rules read its text.
            let found = group.rules.filter { if case .type = $0 { return false } else { return true } }
                .compactMap { $0.check(expected: SpecNode(.string(e.text)), actual: SpecNode(.string(a.text))) }.map { fail(nodePath, $0) }
            if !found.isEmpty { return found }
        } else if e.qualified != a.qualified {
            return [fail(nodePath, "expected element `\(e.qualified)` but received `\(a.qualified)`")]
        }
        return compareAttributes(nodePath, e, a) + compareChildren(nodePath, e, a) + compareText(nodePath, e, a)
    }

    private func compareText(_ path: [String], _ e: XMLTree, _ a: XMLTree) -> [PactMismatch] {
        let textPath = path + ["#text"]
        if rules.defined("body", textPath) { return check(textPath, SpecNode(.string(e.text)), SpecNode(.string(a.text))) }
        return e.text == a.text ? [] : [fail(textPath, "expected text `\(e.text)` but received `\(a.text)`")]
    }

    private func compareAttributes(_ path: [String], _ e: XMLTree, _ a: XMLTree) -> [PactMismatch] {
        if e.attributes.isEmpty, !a.attributes.isEmpty, !allowUnexpectedKeys {
            return [fail(path, "expected no attributes but received \(a.attributes.count)")]
        }
        var result: [PactMismatch] = []
        if e.attributes.count > a.attributes.count || (!allowUnexpectedKeys && e.attributes.count != a.attributes.count) {
            result.append(fail(path, "expected \(e.attributes.count) attributes but received \(a.attributes.count)"))
        }
        for (key, attribute) in e.attributes {
            let attributePath = path + ["@" + attribute.name]
            guard let got = a.attributes[key] else { result.append(fail(attributePath, "expected attribute `\(attribute.name)` but it was missing")); continue }
            if rules.defined("body", attributePath) { result += check(attributePath, SpecNode(.string(attribute.value)), SpecNode(.string(got.value))) }
            else if attribute.value != got.value { result.append(fail(attributePath, "expected `\(attribute.value)` but received `\(got.value)`")) }
        }
        return result
    }

    /// Whether a body rule addresses the children of `path` by index (`$.animals[*].alligator`,
    /// V4) rather than by name alone (`$.animals.alligator`, V3); both forms occur in pacts.
    private func indexesChildren(_ path: [String]) -> Bool {
        (rules.categories["body"] ?? []).contains { group in
            let tokens = group.path.tokens
            guard tokens.count > path.count, PactPath(tokens: Array(tokens.prefix(path.count))).weight(against: path) > 0 else { return false }
            switch tokens[path.count] {
            case .index, .anyIndex: return true
            default: return false
            }
        }
    }

    private func compareChildren(_ path: [String], _ e: XMLTree, _ a: XMLTree) -> [PactMismatch] {
        var result: [PactMismatch] = []
        if e.children.isEmpty, !a.children.isEmpty, !allowUnexpectedKeys {
            result.append(fail(path, "expected no child elements but received \(a.children.count)"))
        }
        var expectedGroups: [String: [XMLTree]] = [:]
        var order: [String] = []
        for child in e.children {
            if expectedGroups[child.qualified] == nil { order.append(child.qualified) }
            expectedGroups[child.qualified, default: []].append(child)
        }
        var actualGroups: [String: [XMLTree]] = [:]
        var actualOrder: [String] = []
        for child in a.children {
            if actualGroups[child.qualified] == nil { actualOrder.append(child.qualified) }
            actualGroups[child.qualified, default: []].append(child)
        }
        for key in actualOrder {
            let actualChildren = actualGroups[key] ?? []
            guard let expectedChildren = expectedGroups.removeValue(forKey: key), let first = expectedChildren.first else {
                let childPath = path + [actualChildren.first?.name ?? key]
                if !allowUnexpectedKeys || rules.defined("body", childPath) { result.append(fail(path, "unexpected child `<\(actualChildren.first?.name ?? key)/>`")) }
                continue
            }
            let childPath = path + [first.name]
            if rules.defined("body", childPath) {
                if let group = rules.best("body", childPath) {
                    for rule in group.rules {
                        if case .type(let min, let max) = rule {
                            if let min, actualChildren.count < min { result.append(fail(childPath, "expected at least \(min) `<\(first.name)/>` but received \(actualChildren.count)")) }
                            if let max, actualChildren.count > max { result.append(fail(childPath, "expected at most \(max) `<\(first.name)/>` but received \(actualChildren.count)")) }
                        }
                    }
                }
                // Each child is also reachable by its index under the parent (`$.animals[*].alligator`).
                for (index, child) in actualChildren.enumerated() {
                    result += compareNode(indexesChildren(path) ? path + [String(index)] : path, first, child)
                }
            } else {
                for index in 0..<max(expectedChildren.count, actualChildren.count) {
                    if index >= expectedChildren.count {
                        if !allowUnexpectedKeys { result.append(fail(childPath + [String(index)], "unexpected child `<\(first.name)/>`")) }
                    } else if index >= actualChildren.count {
                        result.append(fail(childPath + [String(index)], "expected child `<\(first.name)/>` but it was missing"))
                    } else {
                        result += compareNode(path, expectedChildren[index], actualChildren[index])
                    }
                }
            }
        }
        for key in order where expectedGroups[key] != nil {
            result.append(fail(path, "expected child `<\(expectedGroups[key]?.first?.name ?? key)/>` but it was missing"))
        }
        return result
    }
}

/// An XML element: qualified name `{namespace}local`, the name as written, attributes without
/// namespace declarations, element children, trimmed text.
final class XMLTree: @unchecked Sendable {
    // @unchecked: built once by the parser delegate on one thread, then only read.
    var name: String
    var qualified: String
    var attributes: [String: (name: String, value: String)] = [:]
    var children: [XMLTree] = []
    var text = ""

    init(name: String, qualified: String) {
        self.name = name
        self.qualified = qualified
    }

    static func parse(_ text: String) -> XMLTree? {
        guard let data = text.data(using: .utf8) else { return nil }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse() else { return nil }
        return builder.root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes: [String: String] = [:]) {
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            let node = XMLTree(name: local, qualified: "{\(namespaceURI ?? "")}\(local)")
            for (key, value) in attributes where key != "xmlns" && !key.hasPrefix("xmlns:") {
                let attrLocal = key.split(separator: ":").last.map(String.init) ?? key
                node.attributes[attrLocal] = (attrLocal, value)
            }
            stack.last?.children.append(node)
            if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            if let node = stack.popLast() { node.text = node.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }
        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { stack.last?.text += String(decoding: CDATABlock, as: UTF8.self) }
    }
}

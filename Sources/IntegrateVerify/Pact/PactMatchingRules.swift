import IntegrateCore

/// The matching rules of one interaction part, by category (`body`, `header`, `query`, `path`,
/// `status`, `metadata`), read from V2 flat keys (`$.body.x`) or V3/V4 groups
/// (`{"body": {"$.x": {"matchers": [...], "combine": "AND"}}}`).
public struct PactMatchingRules: Sendable {
    public struct Group: Sendable {
        public var path: PactPath
        public var rules: [PactMatchingRule]
        public var combineOr: Bool
    }

    public var categories: [String: [Group]]

    public init(categories: [String: [Group]] = [:]) { self.categories = categories }

    public init(_ node: SpecNode?) {
        var categories: [String: [Group]] = [:]
        for (key, value) in node?.pairs ?? [] {
            if key.hasPrefix("$.") {  // V2: $.body.a.b, $.headers.X, $.query.q, $.path
                let rest = key.dropFirst(2)
                let parts = rest.split(separator: ".", maxSplits: 1).map(String.init)
                var category = parts.first.map { String($0.prefix { $0 != "[" }) } ?? ""
                let remainder = String(rest.dropFirst(category.count))
                if category == "headers" { category = "header" }
                let path: PactPath
                if category == "body" { path = PactPath(parsing: "$" + remainder) }
                else { path = PactPath(parsing: String(remainder.drop { $0 == "." })) }
                if let rule = PactMatchingRule(value) { categories[category, default: []].append(Group(path: path, rules: [rule], combineOr: false)) }
                continue
            }
            // V4 messages name the body category `content`; V3 headers are sometimes `headers`.
            let category = key == "headers" ? "header" : key == "content" ? "body" : key
            if value["matchers"] != nil {  // a category with one group (V3 `path`, V4 `status`)
                categories[category, default: []].append(PactMatchingRules.group(PactPath(tokens: [.root]), value))
                continue
            }
            for (path, group) in value.pairs {
                let parsed = category == "body" || category == "metadata" && path.hasPrefix("$") ? PactPath(parsing: path) : PactPath(tokens: [.root, .field(path)])
                categories[category, default: []].append(PactMatchingRules.group(parsed, group))
            }
        }
        self.categories = categories
    }

    static func group(_ path: PactPath, _ node: SpecNode) -> Group {
        let rules = (node["matchers"]?.array ?? [node]).compactMap(PactMatchingRule.init)
        return Group(path: path, rules: rules, combineOr: node["combine"]?.string?.uppercased() == "OR")
    }

    /// The most specific group that applies to `path` (cascading from parents), if any.
    public func best(_ category: String, _ path: [String]) -> Group? {
        var best: (Group, Int)?
        for group in categories[category] ?? [] {
            let weight = group.path.weight(against: path)
            guard weight > 0 else { continue }
            let score = weight * group.path.tokens.count
            if best == nil || score > (best?.1 ?? 0) { best = (group, score) }
        }
        return best?.0
    }

    public func defined(_ category: String, _ path: [String]) -> Bool { best(category, path) != nil }
}

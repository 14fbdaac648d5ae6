/// A matching-rule path: the JSONPath subset Pact uses (`$.a.b`, `$['a b']`, `$.a[*]`, `$.a[0]`,
/// `$.a.*`), parsed once so rules can be weighed against the path of a value being compared.
public struct PactPath: Sendable, Equatable {
    public enum Token: Sendable, Equatable {
        case root
        case field(String)
        case index(Int)
        case anyField
        case anyIndex
    }

    public var tokens: [Token]

    public init(tokens: [Token]) { self.tokens = tokens }

    /// Parses `$.a['b c'][*].*`; a path without `$` (a header or query name) is one field.
    public init(parsing text: String) {
        var tokens: [Token] = [.root]
        var chars = Array(text)
        if chars.first == "$" { chars.removeFirst() } else {
            self.tokens = [.root, .field(text)]
            return
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." {
                i += 1
                var name = ""
                while i < chars.count, chars[i] != ".", chars[i] != "[" { name.append(chars[i]); i += 1 }
                tokens.append(name == "*" ? .anyField : (Int(name).map { _ in .field(name) } ?? .field(name)))
            } else if c == "[" {
                i += 1
                if i < chars.count, chars[i] == "'" || chars[i] == "\"" {
                    let quote = chars[i]
                    i += 1
                    var name = ""
                    while i < chars.count, chars[i] != quote { name.append(chars[i]); i += 1 }
                    i += 1  // quote
                    if i < chars.count, chars[i] == "]" { i += 1 }
                    tokens.append(.field(name))
                } else {
                    var inner = ""
                    while i < chars.count, chars[i] != "]" { inner.append(chars[i]); i += 1 }
                    i += 1
                    if inner == "*" { tokens.append(.anyIndex) } else if let n = Int(inner) { tokens.append(.index(n)) } else { tokens.append(.field(inner)) }
                }
            } else {
                var name = ""
                while i < chars.count, chars[i] != ".", chars[i] != "[" { name.append(chars[i]); i += 1 }
                tokens.append(.field(name))
            }
        }
        self.tokens = tokens
    }

    /// How well this rule path fits `path` (a concrete path of keys and indices as strings):
    /// 0 when it does not apply; otherwise a product of per-token weights (exact 2, wildcard 1)
    /// so that the most specific rule wins. A rule applies to a value and everything below it.
    public func weight(against path: [String]) -> Int {
        guard tokens.count <= path.count else { return 0 }
        var weight = 1
        for (token, element) in zip(tokens, path) {
            let w: Int
            switch token {
            case .root: w = element == "$" ? 2 : 0
            case .field(let name): w = name == element ? 2 : 0
            case .index(let n): w = String(n) == element ? 2 : 0
            case .anyField: w = 1
            case .anyIndex: w = Int(element) != nil ? 1 : 0
            }
            if w == 0 { return 0 }
            weight *= w
        }
        return weight
    }

    /// Whether this rule path names exactly `path` (no cascading).
    public func matchesExactly(_ path: [String]) -> Bool { tokens.count == path.count && weight(against: path) > 0 }
}

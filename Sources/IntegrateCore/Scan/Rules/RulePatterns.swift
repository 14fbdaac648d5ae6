/// Pattern pieces shared by the built-in rules, interpolated into their `pattern` strings.
enum RulePatterns {
    /// One quoted literal on one line: `"…"`, `'…'` or a back-quoted template.
    static let literal = #"(?:"[^"\n]*"|'[^'\n]*'|`[^`]*`)"#
    /// One call argument as written: literals, identifiers, `+`, member access, two levels of
    /// parentheses, one of braces and brackets; stops at the comma or bracket that ends it.
    static let argument = #"(?:"[^"\n]*"|'[^'\n]*'|`[^`]*`|\((?:[^()\n]|\([^()\n]*\))*\)|\{[^{}\n]*\}|\[[^\[\]\n]*\]|[^,()\[\]{}\n'"`;])+"#
    /// HTTP method names as route builders spell them.
    static let lowerMethod = "get|post|put|patch|delete|head|options"
    static let upperMethod = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS"
    static let titleMethod = "Get|Post|Put|Patch|Delete|Head|Options"
}

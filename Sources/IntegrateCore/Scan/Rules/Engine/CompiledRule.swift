import Foundation

/// A rule with its regular expression compiled once.
///
/// `@unchecked Sendable`: `NSRegularExpression` is immutable after creation and documented as safe
/// to use from several threads at once; nothing else here is mutable.
struct CompiledRule: @unchecked Sendable {
    let rule: Rule
    let regex: NSRegularExpression
    /// The named groups the pattern has (`url` is a second name for `target`, `stream` one for `topic`, `route` and `leadingRoute` ones for `path`, in alternations).
    let groups: Set<String>
    let prefixes: [NSRegularExpression]

    /// Compiles `rule.pattern`; throws the regular-expression error unchanged.
    init(_ rule: Rule) throws {
        self.rule = rule
        regex = try NSRegularExpression(pattern: rule.pattern, options: [.anchorsMatchLines])
        groups = Set(["method", "path", "target", "url", "topic", "stream", "system", "receiver", "action", "route", "leadingRoute"].filter { rule.pattern.contains("(?<\($0)>") })
        prefixes = try rule.prefixPatterns.map { try NSRegularExpression(pattern: $0, options: [.anchorsMatchLines]) }
    }
}

/// How a schema's type (and format) changed, oasdiff's classification.
public enum TypeChange: Sendable, Equatable {
    /// `integer` -> `number`, a type added to a type array, a wider format (`int32` -> `int64`).
    case generalized
    /// The reverse of generalized.
    case specialized
    /// From a plain `string` to another type without format: what a text consumer (header, XML,
    /// query) accepted still parses; request sides read it as a specialization.
    case compatible
    case changed

    /// `nil` when neither type nor format changed (or either side declares no type).
    public static func classify(_ base: Schema, _ revision: Schema) -> TypeChange? {
        let a = Set(base.types), b = Set(revision.types)
        if a.isEmpty || b.isEmpty { return nil }
        if a == b {
            guard base.format != revision.format else { return nil }
            return formatChange(base.format, revision.format)
        }
        if a == ["integer"] && b == ["number"] { return .generalized }
        if a == ["number"] && b == ["integer"] { return .specialized }
        if a.isSubset(of: b) { return .generalized }
        if b.isSubset(of: a) { return .specialized }
        if a == ["string"] && base.format == nil && revision.format == nil { return .compatible }
        return .changed
    }

    private static let widening: [String: Set<String>] = ["int32": ["int64"], "float": ["double"]]

    private static func formatChange(_ base: String?, _ revision: String?) -> TypeChange {
        guard let base else { return .specialized }
        guard let revision else { return .generalized }
        if widening[base]?.contains(revision) == true { return .generalized }
        if widening[revision]?.contains(base) == true { return .specialized }
        return .changed
    }

    /// `string/date-time`-style text for messages.
    public static func describe(_ schema: Schema) -> String {
        let base = schema.typeText.isEmpty ? "any" : schema.typeText
        return schema.format.map { "\(base)/\($0)" } ?? base
    }
}

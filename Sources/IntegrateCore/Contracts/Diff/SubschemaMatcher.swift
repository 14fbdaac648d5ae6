/// Pairs the subschemas of two `oneOf`/`anyOf`/`allOf` lists structurally.
///
/// Matched first by referenced component name, then by equal content, then the rest in order;
/// what is left over on either side was removed or added.
public enum SubschemaMatcher {
    public struct Result: Sendable {
        public var pairs: [(base: Schema, revision: Schema, index: Int)] = []
        public var removed: [(schema: Schema, index: Int)] = []
        public var added: [(schema: Schema, index: Int)] = []
    }

    public static func match(_ base: [Schema], _ revision: [Schema]) -> Result {
        var result = Result()
        var remainingBase = Array(base.indices)
        var remainingRevision = Array(revision.indices)
        func take(where matches: (Schema, Schema) -> Bool) {
            for b in remainingBase {
                if let rIndex = remainingRevision.firstIndex(where: { matches(base[b], revision[$0]) }) {
                    let r = remainingRevision.remove(at: rIndex)
                    remainingBase.removeAll { $0 == b }
                    result.pairs.append((base[b], revision[r], r))
                }
            }
        }
        take { a, b in a.refName != nil && a.refName == b.refName }
        take { a, b in a.refName == nil && b.refName == nil && a.node == b.node }
        while !remainingBase.isEmpty, !remainingRevision.isEmpty,
              base[remainingBase[0]].refName == nil || revision[remainingRevision[0]].refName == nil {
            let b = remainingBase.removeFirst()
            let r = remainingRevision.removeFirst()
            result.pairs.append((base[b], revision[r], r))
        }
        result.removed = remainingBase.map { (base[$0], $0) }
        result.added = remainingRevision.map { (revision[$0], $0) }
        return result
    }

    /// `subschema #2: Dog` style label for messages.
    public static func label(_ schema: Schema, index: Int) -> String {
        "subschema #\(index + 1)" + (schema.refName.map { ": \($0)" } ?? "")
    }
}

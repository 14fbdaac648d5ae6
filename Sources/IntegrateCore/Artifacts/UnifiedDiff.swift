/// A line diff in unified format (3 lines of context), as `--dry-run` prints it.
public enum UnifiedDiff {
    public static func render(old: String, new: String, oldName: String, newName: String) -> String {
        let a = old.isEmpty ? [] : TextLines(old).lines.map(\.content)
        let b = TextLines(new).lines.map(\.content)
        let ops = script(a, b)
        guard ops.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        let context = 3
        var index = 0
        while index < ops.count {
            guard let start = ops[index...].firstIndex(where: { $0.kind != .same }) else { break }
            var end = start
            var cursor = start
            while cursor < ops.count {
                if ops[cursor].kind != .same { end = cursor; cursor += 1; continue }
                let nextChange = ops[cursor...].firstIndex { $0.kind != .same }
                if let nextChange, nextChange - end <= context * 2 { cursor = nextChange; continue }
                break
            }
            let from = max(index, start - context)
            let to = min(ops.count, end + context + 1)
            let hunk = ops[from..<to]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1
            let newStart = (hunk.first?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
            for op in hunk {
                switch op.kind {
                case .same: out += " \(op.text)\n"
                case .delete: out += "-\(op.text)\n"
                case .insert: out += "+\(op.text)\n"
                }
            }
            index = to
        }
        return out
    }

    struct Op {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: String
        /// 0-based positions in old and new at this op.
        var oldLine: Int
        var newLine: Int
    }

    /// Edit script by longest common subsequence (common prefix and suffix trimmed first).
    static func script(_ a: [String], _ b: [String]) -> [Op] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)])
        let midB = Array(b[prefix..<(b.count - suffix)])
        var ops: [Op] = (0..<prefix).map { Op(kind: .same, text: a[$0], oldLine: $0, newLine: $0) }
        let n = midA.count, m = midB.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = midA[i] == midB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, midA[i] == midB[j] {
                ops.append(Op(kind: .same, text: midA[i], oldLine: prefix + i, newLine: prefix + j)); i += 1; j += 1
            } else if j < m, i == n || table[i][j + 1] >= table[i + 1][j] {
                ops.append(Op(kind: .insert, text: midB[j], oldLine: prefix + i, newLine: prefix + j)); j += 1
            } else {
                ops.append(Op(kind: .delete, text: midA[i], oldLine: prefix + i, newLine: prefix + j)); i += 1
            }
        }
        for k in 0..<suffix {
            ops.append(Op(kind: .same, text: a[a.count - suffix + k], oldLine: a.count - suffix + k, newLine: b.count - suffix + k))
        }
        return ops
    }
}

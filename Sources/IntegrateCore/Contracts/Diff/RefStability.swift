/// Remembers which referenced components are identical in both versions, together with every
/// component they reference, so the walker can skip them: identical subtrees cannot produce a
/// change. This keeps large specs with a few changes close to parse time.
///
/// Used by one diff run on one thread; it is a class only so the memo is shared by the walk.
final class RefStability {
    private let base: OpenAPIDocument
    private let revision: OpenAPIDocument
    private var memo: [String: Bool] = [:]

    init(base: OpenAPIDocument, revision: OpenAPIDocument) {
        self.base = base
        self.revision = revision
    }

    /// Whether the two schemas were reached through the same component and it is unchanged.
    func unchanged(_ a: Schema, _ b: Schema) -> Bool {
        guard let keyA = a.refKey, let keyB = b.refKey,
              let left = canonical(keyA, root: base.file), let right = canonical(keyB, root: revision.file), left == right else { return false }
        return stable(left)
    }

    /// `file#pointer` with the root file written as the empty file, so both versions compare.
    private func canonical(_ key: String, root: String) -> String? {
        guard let hash = key.firstIndex(of: "#") else { return nil }
        let file = String(key[..<hash])
        return (file == root ? "" : file) + key[hash...]
    }

    private func stable(_ key: String) -> Bool {
        if let known = memo[key] { return known }
        memo[key] = true  // a cycle back to this component does not make it unstable by itself
        let result = compute(key)
        memo[key] = result
        return result
    }

    private func compute(_ key: String) -> Bool {
        guard let hash = key.firstIndex(of: "#") else { return false }
        let file = String(key[..<hash])
        let pointer = String(key[key.index(after: hash)...])
        guard let baseRoot = base.resolver.documents[file.isEmpty ? base.file : file],
              let revisionRoot = revision.resolver.documents[file.isEmpty ? revision.file : file],
              let a = RefResolver.follow(pointer: pointer, in: baseRoot),
              let b = RefResolver.follow(pointer: pointer, in: revisionRoot), a == b else { return false }
        var ok = true
        SpecRefWalker.visit(a) { ref, _, _ in
            guard ok else { return }
            guard ref.hasPrefix("#") else { ok = false; return }
            ok = stable(file + ref)
        }
        return ok
    }
}

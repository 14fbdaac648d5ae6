/// Components (schemas, parameters, responses...) that nothing references.
struct UnusedComponentRule: LintRule {
    let id = "component-unused"
    let defaultSeverity = ChangeLevel.info
    let reason = "Unused components suggest drift between the spec and the implementation."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        var used = Set<String>()
        var pending: [SpecNode] = [document.root]
        var seen = Set<String>()
        while let node = pending.popLast() {
            SpecRefWalker.visit(node) { ref, _, _ in
                guard let hash = ref.firstIndex(of: "#"), ref[..<hash].isEmpty else { return }
                let pointer = String(ref[ref.index(after: hash)...])
                used.insert(pointer)
                if seen.insert(pointer).inserted, let target = RefResolver.follow(pointer: pointer, in: document.root) { pending.append(target) }
            }
        }
        let groups: [(String, SpecNode?)] = document.version == .swagger2
            ? [("/definitions", document.root["definitions"]), ("/parameters", document.root["parameters"]), ("/responses", document.root["responses"])]
            : ["schemas", "parameters", "responses", "requestBodies", "headers", "examples"].map { ("/components/\($0)", document.root["components"]?[$0]) }
        for (prefix, node) in groups {
            for (name, child) in node?.pairs ?? [] {
                let pointer = JSONPointer.append(prefix, name)
                if !used.contains(pointer) { report.add("\(pointer) is never referenced", line: child.line, pointer: pointer) }
            }
        }
    }
}

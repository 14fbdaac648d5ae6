/// A version in a server URL or in every path (`/v1`), so a v2 can live beside v1.
struct VersionedServerRule: LintRule {
    let id = "version-not-in-url"
    let defaultSeverity = ChangeLevel.info
    let reason = "A version segment (/v1) in the server URL or paths lets a breaking v2 run beside v1."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        let versioned = { (text: String) in RouteMatcher.segments(text).contains { Self.isVersion($0) } }
        if document.servers.contains(where: versioned) { return }
        if !document.operations.isEmpty && document.operations.allSatisfy({ versioned($0.path) }) { return }
        report.add("no version segment (like /v1) in the server URLs or paths", line: document.root["servers"]?.line ?? document.root["paths"]?.line, pointer: "/servers")
    }

    static func isVersion(_ segment: String) -> Bool {
        let lower = segment.lowercased()
        guard lower.hasPrefix("v"), lower.count > 1 else { return false }
        return lower.dropFirst().allSatisfy { $0.isNumber || $0 == "." }
    }
}

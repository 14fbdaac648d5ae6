/// Phase 2, Integration Implementation & Development: endpoints from configuration, secrets
/// kept out of committed files.
public struct ImplementationPhase: IntegrationPhase {
    public let number = 2
    public let title = "Integration Implementation & Development"

    public init() {}

    /// File names whose values are examples by convention, not real configuration.
    static let exampleMarkers = [".example", ".sample", ".template", ".dist", "example.", "sample."]

    /// Whether a config line gives `key` a value written in the file (`KEY=abc`, `KEY: abc`,
    /// `${KEY:-abc}`), rather than a reference to the environment (`${KEY}`) or a secret store.
    static func holdsLiteralValue(_ line: String, key: String) -> Bool {
        SecretValue.isCommitted(line: line, key: key)
    }

    public func run(_ context: PhaseContext) -> PhaseResult {
        let landscape = context.landscape
        var result = PhaseResult(phase: number)
        // The calls every phase counts as outbound calls (see `IntegrationFacts`).
        let outbound = context.facts.outboundCalls.map(\.point)
        let hardCoded = outbound.filter { point in
            guard let target = point.target?.trimmingCharacters(in: CharacterSet(charactersIn: "\"'` ")) else { return false }
            return target.hasPrefix("http://") || target.hasPrefix("https://")
        }
        let secrets = landscape.config.filter { $0.kind == .secret }
        let committedSecrets = secrets.filter { entry in
            let name = entry.evidence.path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
            guard !Self.exampleMarkers.contains(where: { name.contains($0) }) else { return false }
            if let valueInFile = entry.valueInFile { return valueInFile }
            let lines = context.sources.lines(entry.evidence.path)
            guard entry.evidence.line >= 1, entry.evidence.line <= lines.count else { return false }
            return Self.holdsLiteralValue(lines[entry.evidence.line - 1], key: entry.key)
        }
        var lines: [String] = []
        let endpoints = landscape.config.filter { $0.kind == .endpoint }
        if endpoints.isEmpty {
            lines.append(Markdown.nothingFound("no endpoint configuration keys (`*_URL`, `*_HOST`, `*_ADDR`, DSNs)"))
        } else {
            lines.append(Markdown.table(["Key", "Value", "Component", "Where"], endpoints.map {
                [Markdown.code($0.key), Markdown.code($0.value), $0.component ?? "—", Markdown.evidence([$0.evidence], limit: 1)]
            }))
        }
        lines.append("")
        if secrets.isEmpty {
            lines.append("No secret-like keys found in configuration.")
        } else {
            lines.append("Secret-like keys (values never shown):")
            lines += secrets.map { "- `\($0.key)` at \(Markdown.evidence([$0.evidence], limit: 1))" }
        }
        if !hardCoded.isEmpty {
            lines.append("")
            lines.append("Hard-coded URLs in calls (move them to configuration):")
            lines += hardCoded.map { "- \(Markdown.code($0.target)) in `\($0.component ?? "?")` (\(Markdown.evidence($0.evidence, limit: 1)))" }
        }
        result.sections = [Section(file: ArtifactFile.architecture, title: "Configuration and Secrets", markdown: lines.joined(separator: "\n"))]

        if outbound.isEmpty {
            result.evaluations["p2.config-endpoints"] = Evaluation(.notStarted, "no outbound calls found")
        } else if hardCoded.isEmpty {
            result.evaluations["p2.config-endpoints"] = Evaluation(.done, "all \(outbound.count) outbound calls take their endpoint from an expression or configuration")
        } else {
            result.evaluations["p2.config-endpoints"] = Evaluation(.inProgress, "\(hardCoded.count) calls use a hard-coded URL", evidence: hardCoded.flatMap(\.evidence))
        }
        let unreadConfig = UnreadFiles(context.diagnostics).configuration
        if !committedSecrets.isEmpty {
            result.evaluations["p2.secrets"] = Evaluation(.inProgress, "\(committedSecrets.count) secret keys in committed, non-example configuration", evidence: committedSecrets.map(\.evidence))
        } else if !unreadConfig.isEmpty {
            // A file that could not be parsed was not checked: no secret seen there is no evidence of none.
            result.evaluations["p2.secrets"] = Evaluation(.inProgress, "no secret value seen, but \(unreadConfig.named) could not be parsed, so its values were not checked", evidence: unreadConfig.locations)
        } else {
            result.evaluations["p2.secrets"] = Evaluation(.done, secrets.isEmpty ? "no secret keys in configuration" : "secret keys appear only in example files")
        }
        for point in hardCoded {
            result.findings.append(Finding(
                id: "implementation.hard-coded-url", severity: .warning, message: "call in `\(point.component ?? "?")` uses a hard-coded URL",
                consequence: "the endpoint cannot change per environment without a code change", fix: "read the base URL from configuration",
                evidence: point.evidence))
        }
        for entry in committedSecrets {
            result.findings.append(Finding(
                id: "implementation.committed-secret", severity: .warning, message: "secret key `\(entry.key)` is set in a committed file",
                consequence: "anyone with the repository has the credential", fix: "move it to a secret store or an untracked env file",
                evidence: [entry.evidence]))
        }
        return result
    }
}

import Foundation

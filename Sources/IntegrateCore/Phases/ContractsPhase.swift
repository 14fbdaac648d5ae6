/// Phase 1, API Design & Contract Definition: every contract with its provider and consumers,
/// drafts for routes no contract covers, and versioning.
public struct ContractsPhase: IntegrationPhase {
    public let number = 1
    public let title = "API Design & Contract Definition"
    static let file = ArtifactFile.contractsIndex

    public init() {}

    public func run(_ context: PhaseContext) -> PhaseResult {
        let landscape = context.landscape
        var result = PhaseResult(phase: number)
        let catalog = context.facts.catalog
        let contracts = catalog.apis.filter { !$0.draft }
        let drafts = catalog.apis.filter(\.draft)

        let index = catalog.files.first { $0.name == "README.md" }?.contents ?? ""
        let catalogText = contracts.isEmpty && drafts.isEmpty
            ? Markdown.nothingFound("no OpenAPI, Swagger, AsyncAPI, .proto, GraphQL SDL or Pact file, and no inbound route")
            : Self.dropTitle(index)
        let providers = providerComponents(landscape)
        let uncovered = providers.filter { provider in !contracts.contains { $0.provider == provider } }
        let uncoveredText: String
        if drafts.isEmpty {
            uncoveredText = providers.isEmpty ? Markdown.nothingFound("no component serves routes") : "_Every route is covered by a contract._"
        } else {
            uncoveredText = drafts.map { draft in
                let routes = draft.operations.map { "  - `\($0)`" }
                return (["- **\(draft.provider ?? "?")**: \(draft.operationCount) routes no contract covers; draft: [`\(draft.path)`](\(draft.path))"] + routes)
                    .joined(separator: "\n")
            }.joined(separator: "\n")
        }
        let unversioned = contracts.filter { $0.format != .pact && ($0.version ?? "").isEmpty }
        let versioning = contracts.isEmpty ? Markdown.nothingFound("no contract to check")
            : unversioned.isEmpty ? "_Every contract states a version: " + contracts.map { "`\($0.path)` \($0.version ?? "")" }.joined(separator: ", ") + "._"
            : unversioned.map { "- `\($0.path)` states no version" }.joined(separator: "\n")
        result.sections = [
            Section(file: Self.file, title: "Contracts", markdown: catalogText),
            Section(file: Self.file, title: "Routes Without a Contract", markdown: uncoveredText),
            Section(file: Self.file, title: "Versioning", markdown: versioning),
        ]
        for file in catalog.files where file.name != "README.md" {
            result.files["api-contracts/\(file.name)"] = file.contents
        }

        if providers.isEmpty && contracts.isEmpty {
            result.evaluations["p1.specs"] = Evaluation(.notStarted, "no provided API found")
        } else if uncovered.isEmpty && drafts.isEmpty {
            result.evaluations["p1.specs"] = Evaluation(.done, "every provider has a machine-readable contract")
        } else {
            let missing = Set(uncovered + drafts.compactMap(\.provider)).sorted()
            result.evaluations["p1.specs"] = Evaluation(contracts.isEmpty ? .notStarted : .inProgress, "no contract for \(missing.joined(separator: ", ")) (drafts written)")
        }
        result.evaluations["p1.versioning"] = contracts.isEmpty ? Evaluation(.notStarted, "no contract found")
            : unversioned.isEmpty ? Evaluation(.done, "all \(contracts.count) contracts carry a version")
            : Evaluation(.inProgress, "\(unversioned.count) contracts carry no version", evidence: unversioned.map { Evidence(path: $0.path, line: 1) })
        result.evaluations["p1.catalog"] = contracts.isEmpty ? Evaluation(.notStarted, "no contract to collect")
            : Evaluation(.done, "\(contracts.count) contracts indexed in api-contracts/README.md")
        let messaging = landscape.productionPoints.filter { $0.kind == .publish || $0.kind == .consume }
        let asyncSpecs = contracts.filter { $0.format == .asyncapi }
        if messaging.isEmpty {
            result.evaluations["p1.async-contracts"] = Evaluation(.done, "no messaging in use")
        } else {
            result.evaluations["p1.async-contracts"] = asyncSpecs.isEmpty
                ? Evaluation(.notStarted, "\(messaging.count) publish/consume points and no AsyncAPI document", evidence: messaging.flatMap(\.evidence))
                : Evaluation(.inProgress, "\(asyncSpecs.count) AsyncAPI documents for \(Set(messaging.compactMap(\.topic)).count) topics; check they cover every topic")
        }
        for draft in drafts {
            let component = draft.provider ?? "?"
            result.findings.append(Finding(
                id: "contracts.missing-spec", severity: .warning, message: "component `\(component)` serves \(draft.operationCount) routes without a contract",
                consequence: "consumers code against behaviour nobody wrote down; breaking changes go unnoticed",
                fix: "review and complete `api-contracts/\(draft.path)`, then keep it beside the code",
                evidence: landscape.productionPoints.filter { $0.component == draft.provider && $0.kind == .inboundHTTP }.flatMap(\.evidence)))
        }
        result.findings += catalog.diagnostics.map { diagnostic in
            Finding(id: "contracts.unreadable", severity: .warning, message: diagnostic.message,
                    evidence: diagnostic.path.map { [Evidence(path: $0, line: diagnostic.line ?? 1)] } ?? [])
        }
        return result
    }

    /// The index without its `# API contracts` title: the artifact has its own.
    static func dropTitle(_ markdown: String) -> String {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first?.hasPrefix("# ") == true { lines.removeFirst() }
        // Its own `##` headings sit under the artifact's `##` section: one level down.
        return lines.map { $0.hasPrefix("## ") ? "#" + $0 : String($0) }.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

import Foundation

/// Phase 5, Testing & Contract Validation: which integrations tests exercise, and whether
/// contracts are verified (from pact files, contract-testing dependencies and the last
/// `integrate verify --record`, see `LastVerification`).
public struct TestingPhase: IntegrationPhase {
    public let number = 5
    public let title = "Testing & Contract Validation"
    static let file = ArtifactFile.testingStrategy
    /// Dependencies that show contract testing in a manifest.
    static let contractTools = ["pact", "spring-cloud-contract", "schemathesis", "dredd", "specmatic", "prism"]

    public init() {}

    public func run(_ context: PhaseContext) -> PhaseResult {
        let landscape = context.landscape
        var result = PhaseResult(phase: number)
        let testPoints = landscape.points.filter { $0.scope == .test }
        let production = landscape.productionPoints.filter { $0.isOutbound }
        let testedTechnologies = Set(testPoints.map(\.technology))
        let untested = Set(production.map(\.technology)).subtracting(testedTechnologies).sorted()
        let coverage: String
        if production.isEmpty && testPoints.isEmpty {
            coverage = Markdown.nothingFound("no integration point in production code or tests")
        } else {
            var lines = testPoints.isEmpty ? ["No test, fixture or mock touches an integration point."]
                : [Markdown.table(["Test file", "Technology", "Kind", "Evidence"], testPoints.map {
                    [$0.evidence.first.map { "`\($0.path)`" } ?? "—", $0.technology, $0.kind.rawValue, Markdown.evidence($0.evidence, limit: 1)]
                })]
            if !untested.isEmpty {
                lines.append("")
                lines.append("Technologies used in production with no test touching them: " + untested.map { "`\($0)`" }.joined(separator: ", ") + ".")
            }
            coverage = lines.joined(separator: "\n")
        }
        let pacts = landscape.specs.filter { $0.format == .pact }
        let manifestHits = landscape.components.flatMap(\.manifests).compactMap { context.sources.find(Self.contractTools, in: $0) }
        var contractLines: [String] = pacts.map { "- Pact file `\($0.path)`" }
        contractLines += manifestHits.map { "- contract-testing dependency at \(Markdown.evidence([$0], limit: 1)): `\($0.snippet)`" }
        let verification = LastVerification(file: VerificationRecordFile.load(root: context.root), root: context.root)
        let contracts = contractLines.isEmpty
            ? "No contract test found: no Pact file and no contract-testing dependency (\(Self.contractTools.joined(separator: ", "))). Providers with a contract can be verified against it with `integrate contracts`."
            : contractLines.joined(separator: "\n")
        result.sections = [
            Section(file: Self.file, title: "Integration Test Coverage", markdown: coverage),
            Section(file: Self.file, title: "Tests per Integration", markdown: Self.perIntegration(IntegrationTestMap(landscape: landscape, sources: context.sources).rows)),
            Section(file: Self.file, title: "Contract Testing", markdown: contracts),
            Section(file: Self.file, title: "Last Verification", markdown: verification.markdown),
        ]
        if production.isEmpty {
            result.evaluations["p5.integration-tests"] = Evaluation(.notStarted, "no outbound integration to test")
        } else if testPoints.isEmpty {
            result.evaluations["p5.integration-tests"] = Evaluation(.notStarted, "no test touches an integration point")
        } else {
            result.evaluations["p5.integration-tests"] = untested.isEmpty
                ? Evaluation(.done, "every technology in use is exercised in tests", evidence: testPoints.flatMap(\.evidence))
                : Evaluation(.inProgress, "untested: \(untested.joined(separator: ", "))", evidence: testPoints.flatMap(\.evidence))
        }
        let contractEvidence = manifestHits + pacts.map { Evidence(path: $0.path, line: 1) }
        if var recorded = verification.evaluation {
            recorded.evidence += contractEvidence
            result.evaluations["p5.contract-tests"] = recorded
        } else {
            result.evaluations["p5.contract-tests"] = contractLines.isEmpty
                ? Evaluation(.notStarted, "no Pact file or contract-testing dependency, and no verify record")
                : Evaluation(.inProgress, "contract testing present but no verify record; check it runs in CI for every provider", evidence: contractEvidence)
        }
        return result
    }

    /// Each integration with the test files that exercise it, their kind and why they count; then
    /// the integrations no test exercises.
    static func perIntegration(_ rows: [IntegrationTestMap.Row]) -> String {
        guard !rows.isEmpty else { return Markdown.nothingFound("no integration between components or to external systems") }
        func name(_ edge: Edge) -> String { "\(edge.from) → \(edge.to) (\(edge.protocol)\(edge.topic.map { ", \($0)" } ?? ""))" }
        let tested = rows.filter { !$0.matches.isEmpty }
        let untested = rows.filter { $0.matches.isEmpty }
        var lines: [String] = []
        if tested.isEmpty {
            lines.append("No test exercises any of the \(rows.count) integrations.")
        } else {
            lines.append(Markdown.table(["Integration", "Test", "Kind", "Counted by"], tested.flatMap { row in
                row.matches.map { match in
                    let kinds = match.kinds.isEmpty ? "calls the client directly (no fake, container or contract seen)"
                        : match.kinds.map { "\($0.kind.rawValue) (\(Markdown.evidence([$0.evidence], limit: 1)))" }.joined(separator: ", ")
                    return [name(row.edge), Markdown.evidence([match.evidence], limit: 1), kinds, match.reasons.joined(separator: ", ")]
                }
            }))
        }
        if !untested.isEmpty {
            lines.append("")
            lines.append("Integrations no test exercises (\(untested.count) of \(rows.count)): " + untested.map { "`\(name($0.edge))`" }.joined(separator: ", ") + ".")
        }
        return lines.joined(separator: "\n")
    }
}

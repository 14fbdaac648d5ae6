import Foundation
import Testing
@testable import IntegrateCore

/// Phase 5 reads `.integrate/verify.json`: the "Last Verification" section and `p5.contract-tests`.
@Suite struct LastVerificationTests {
    static let spec = "openapi: 3.0.3\ninfo: {title: orders, version: '1'}\npaths:\n  /orders:\n    get:\n      responses:\n        '200': {description: ok}\n"

    /// A project with the spec and, if given, a record of a run over it.
    private func phase(record: (VerificationSource) -> VerificationRecord?, raw: String? = nil, editSpec: Bool = false) throws -> (PhaseResult, String) {
        let project = try TestProject(files: ["contracts/orders.yaml": Self.spec])
        let source = VerificationSource(path: "contracts/orders.yaml", contentHash: ContentHash.of(Self.spec))
        if let value = record(source) { try VerificationRecordFile.write(value, root: project.root) }
        if let raw { try project.write(VerificationRecord.relativePath, raw) }
        if editSpec { try project.write("contracts/orders.yaml", Self.spec + "  /refunds:\n    post:\n      responses:\n        '201': {description: made}\n") }
        let context = PhaseContext(root: project.root, landscape: Landscape(), principles: [], diagnostics: [], sources: SourceCache(root: project.root))
        let result = TestingPhase().run(context)
        let section = try #require(result.sections.first { $0.title == "Last Verification" }?.markdown)
        return (result, section)
    }

    private func record(_ source: VerificationSource, findings: [VerificationCheckCount] = [], covered: Int = 1, total: Int = 1,
                        requests: Int = 12, kind: VerificationKind = .openapi) -> VerificationRecord {
        VerificationRecord(date: "2026-12-04T02:30:00Z", kind: kind, sources: [source], providerHost: kind == .pactSpec ? nil : "127.0.0.1:8080",
                           requestsSent: requests, findings: findings, operationsCovered: covered, operationsTotal: total,
                           neverSeen: [VerificationNeverSeen(operation: "GET /orders", statuses: ["404"])])
    }

    @Test func aCleanFullRunOverTheCurrentSpecIsDone() throws {
        let (result, section) = try phase { record($0) }
        let evaluation = try #require(result.evaluations["p5.contract-tests"])
        #expect(evaluation.marker == .done)
        #expect(evaluation.reason.contains("127.0.0.1:8080"))
        #expect(evaluation.evidence.contains(Evidence(path: ".integrate/verify.json", line: 1)))
        #expect(section.contains("`integrate verify openapi` on 2026-12-04T02:30:00Z against `127.0.0.1:8080`."))
        #expect(section.contains("| Spec | `contracts/orders.yaml` |"))
        #expect(section.contains("| Requests sent | 12 |"))
        #expect(section.contains("| Operations covered | 1 of 1 |"))
        #expect(section.contains("| Findings | none |"))
        #expect(section.contains("| Documented responses never seen | `GET /orders`: 404 |"))
        #expect(!section.contains("Stale"))
    }

    @Test func findingsBlockTheItemWithTheirCount() throws {
        let findings = [VerificationCheckCount(check: VerificationCheckID("status-code"), count: 1), VerificationCheckCount(check: VerificationCheckID("server-error"), count: 2)]
        let (result, section) = try phase { record($0, findings: findings) }
        let evaluation = try #require(result.evaluations["p5.contract-tests"])
        #expect(evaluation.marker == .blocked)
        #expect(evaluation.reason.hasPrefix("3 findings in the last verify"))
        #expect(section.contains("| Findings | 2 `server-error`, 1 `status-code` |"), "sorted by check id")
    }

    @Test func aSpecChangedSinceTheRunMakesItStale() throws {
        let (result, section) = try phase(record: { record($0) }, editSpec: true)
        let evaluation = try #require(result.evaluations["p5.contract-tests"])
        #expect(evaluation.marker == .inProgress)
        #expect(evaluation.reason.hasPrefix("stale: spec changed since the last verify"))
        #expect(evaluation.reason.contains("`contracts/orders.yaml` changed"))
        #expect(section.contains("`contracts/orders.yaml` (changed since)"))
        #expect(section.contains("**Stale**"))
    }

    @Test func aStaleRunWithFindingsIsStaleNotBlocked() throws {
        let (result, _) = try phase(record: { record($0, findings: [VerificationCheckCount(check: VerificationCheckID("server-error"), count: 1)]) }, editSpec: true)
        let evaluation = try #require(result.evaluations["p5.contract-tests"])
        #expect(evaluation.marker == .inProgress)
        #expect(evaluation.reason.contains("(it had 1 finding)"))
    }

    @Test func aSpecGoneSinceTheRunMakesItStale() throws {
        let (result, _) = try phase { _ in record(VerificationSource(path: "contracts/gone.yaml", contentHash: ContentHash.of(Self.spec))) }
        let evaluation = try #require(result.evaluations["p5.contract-tests"])
        #expect(evaluation.marker == .inProgress)
        #expect(evaluation.reason.contains("`contracts/gone.yaml` no longer exists"))
    }

    @Test func partialCoverageIsNotDone() throws {
        let (result, section) = try phase { record($0, covered: 1, total: 3) }
        let evaluation = try #require(result.evaluations["p5.contract-tests"])
        #expect(evaluation.marker == .inProgress)
        #expect(evaluation.reason.contains("exercised 1 of 3 operations"))
        #expect(section.contains("| Operations covered | 1 of 3 |"))
    }

    @Test func anOfflinePactCheckIsNotAProviderVerification() throws {
        let (result, section) = try phase { record($0, requests: 0, kind: .pactSpec) }
        let evaluation = try #require(result.evaluations["p5.contract-tests"])
        #expect(evaluation.marker == .inProgress)
        #expect(evaluation.reason.contains("no running provider was verified"))
        #expect(section.contains("`integrate verify pact --spec` on 2026-12-04T02:30:00Z (offline, no provider)."))
    }

    @Test func aCorruptRecordIsReportedByName() throws {
        for (raw, reason) in [("{not json", "not a JSON object"), ("{\"version\": 1, \"date\": \"x\"}", "missing field"), ("{\"version\": 7}", "version 7")] {
            let (result, section) = try phase(record: { _ in nil }, raw: raw)
            let evaluation = try #require(result.evaluations["p5.contract-tests"])
            #expect(evaluation.marker == .inProgress, "\(raw)")
            #expect(evaluation.reason.contains("`.integrate/verify.json`"), "\(raw)")
            #expect(evaluation.reason.contains(reason), "\(raw): \(evaluation.reason)")
            #expect(section.hasPrefix("The verify record `.integrate/verify.json` cannot be read"), "\(raw)")
        }
    }

    @Test func noRecordLeavesTheItemToPactsAndDependencies() throws {
        let (result, section) = try phase { _ in nil }
        let evaluation = try #require(result.evaluations["p5.contract-tests"])
        #expect(evaluation.marker == .notStarted)
        #expect(section.hasPrefix("_Nothing found: no verify record"))
    }

    @Test func aRecordRoundTripsThroughItsFile() throws {
        let project = try TestProject()
        let value = record(VerificationSource(path: "a.yaml", contentHash: "0123"), findings: [VerificationCheckCount(check: VerificationCheckID("pact-body"), count: 1)])
        try VerificationRecordFile.write(value, root: project.root)
        #expect(VerificationRecordFile.load(root: project.root) == .recorded(value))
        #expect(try project.read(VerificationRecord.relativePath).contains("\"check\" : \"pact-body\""))
    }

    @Test func sourcesInsideTheProjectAreRecordedRelativeToIt() throws {
        let project = try TestProject(files: ["contracts/orders.yaml": Self.spec])
        let inside = try #require(VerificationSource.hashing("contracts/orders.yaml", workingDirectory: project.root, root: project.root))
        #expect(inside.path == "contracts/orders.yaml")
        #expect(inside.contentHash == ContentHash.of(Self.spec))
        let outside = try #require(VerificationSource.hashing(project.root.appendingPathComponent("contracts/orders.yaml").path, workingDirectory: project.root,
                                                             root: project.root.appendingPathComponent("contracts/sub")))
        #expect(outside.path.hasPrefix("/"))
        #expect(VerificationSource.hashing("missing.yaml", workingDirectory: project.root, root: project.root) == nil)
    }
}

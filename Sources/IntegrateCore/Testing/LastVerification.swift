import Foundation

/// Phase 5's reading of the verify record: the "Last verification" section of `testing-strategy.md`
/// and the marker the record supports for the contract-verification checklist item.
///
/// The rules, first match wins:
/// - no record: no judgement (the phase judges from pact files and dependencies alone);
/// - a record that cannot be read: `[~]`, naming the file and why;
/// - a spec or pact file changed or gone since the run: `[~]` stale;
/// - findings: `[!]` with their count;
/// - an offline `verify pact --spec`: `[~]`, the pacts fit the spec but no provider answered;
/// - not every operation exercised (or no request sent): `[~]` with the coverage;
/// - otherwise `[x]`.
struct LastVerification {
    let file: VerificationRecordFile
    let root: URL
    /// Why each recorded file no longer matches, by path (each file read and hashed once).
    private let changed: [String: String]

    init(file: VerificationRecordFile, root: URL) {
        self.file = file
        self.root = root
        guard case .recorded(let record) = file else { changed = [:]; return }
        changed = Dictionary(record.sources.compactMap { source in source.change(root: root).map { (source.path, $0) } },
                             uniquingKeysWith: { first, _ in first })
    }

    static let evidence = Evidence(path: VerificationRecord.relativePath, line: 1)

    /// The marker and reason the record supports; nil when there is no record.
    var evaluation: Evaluation? {
        switch file {
        case .absent:
            return nil
        case .unreadable(let path, let reason):
            return Evaluation(.inProgress, "cannot read the verify record `\(path)`: \(reason)")
        case .recorded(let record):
            return Self.judge(record, changes: changes(record))
        }
    }

    /// The reasons, in the record's order of files.
    private func changes(_ record: VerificationRecord) -> [String] { record.sources.compactMap { changed[$0.path] } }

    static func judge(_ record: VerificationRecord, changes: [String]) -> Evaluation {
        let evidence = [Self.evidence]
        let findings = record.findingCount
        if !changes.isEmpty {
            let outcome = findings == 0 ? "" : " (it had \(findings) finding\(findings == 1 ? "" : "s"))"
            return Evaluation(.inProgress, "stale: spec changed since the last verify on \(record.date)\(outcome): \(changes.joined(separator: ", "))", evidence: evidence)
        }
        if findings > 0 {
            return Evaluation(.blocked, "\(findings) finding\(findings == 1 ? "" : "s") in the last verify on \(record.date): \(findingSummary(record))", evidence: evidence)
        }
        if record.kind == .pactSpec {
            return Evaluation(.inProgress, "the pacts fit the provider's spec (\(record.date)), but no running provider was verified", evidence: evidence)
        }
        guard record.requestsSent > 0, record.operationsTotal > 0, record.operationsCovered == record.operationsTotal else {
            return Evaluation(.inProgress, "the last verify on \(record.date) exercised \(record.operationsCovered) of \(record.operationsTotal) operations with \(record.requestsSent) requests", evidence: evidence)
        }
        return Evaluation(.done, "verified against \(record.providerHost ?? "the provider") on \(record.date): \(record.requestsSent) requests, all \(record.operationsTotal) operations, no finding", evidence: evidence)
    }

    static func findingSummary(_ record: VerificationRecord) -> String {
        record.findings.map { "\($0.count) `\($0.check)`" }.joined(separator: ", ")
    }

    /// The section's Markdown: what the record says, or plainly that there is none.
    var markdown: String {
        switch file {
        case .absent:
            return Markdown.nothingFound("no verify record (`\(VerificationRecord.relativePath)`); `integrate verify openapi SPEC --url URL --record` or `integrate verify pact PACT... --url URL --record` keeps one and the next run reports it here")
        case .unreadable(let path, let reason):
            return "The verify record `\(path)` cannot be read: \(reason). Run `integrate verify ... --record` again to replace it."
        case .recorded(let record):
            let changes = changes(record)
            let command: String
            switch record.kind {
            case .openapi: command = "verify openapi"
            case .pact: command = "verify pact"
            case .pactSpec: command = "verify pact --spec"
            }
            let target = record.providerHost.map { " against `\($0)`" } ?? " (offline, no provider)"
            var lines = ["`integrate \(command)` on \(record.date)\(target).", ""]
            let sources = record.sources.map { source in
                "`\(source.path)`" + (changed[source.path] == nil ? "" : " (changed since)")
            }
            let neverSeen = record.neverSeen.map { "`\($0.operation)`: " + $0.statuses.joined(separator: ", ") }
            lines.append(Markdown.table(["What", "Last run"], [
                [record.kind == .openapi ? "Spec" : "Files", sources.isEmpty ? "—" : sources.joined(separator: ", ")],
                ["Requests sent", "\(record.requestsSent)"],
                ["Operations covered", "\(record.operationsCovered) of \(record.operationsTotal)"],
                ["Findings", record.findings.isEmpty ? "none" : Self.findingSummary(record)],
                ["Documented responses never seen", neverSeen.isEmpty ? "none" : neverSeen.joined(separator: "; ")],
            ]))
            if !changes.isEmpty {
                lines += ["", "**Stale**: \(changes.joined(separator: ", ")) since this run; run it again."]
            }
            return lines.joined(separator: "\n")
        }
    }
}

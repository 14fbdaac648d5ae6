/// Renders a run report for a terminal: what was there, what was done, what was found.
public enum RunReportText {
    public static func render(_ report: RunReport, verbose: Bool = false) -> String {
        var out: [String] = []
        let before = report.before
        if before.exists {
            let files = before.frameworkFiles.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value.rawValue))" }.joined(separator: ", ")
            out.append("Found .claude/integrations/: \(files)")
            if !before.artifactsPresent.isEmpty { out.append("  artifacts: \(before.artifactsPresent.joined(separator: ", "))") }
            if !before.markerCounts.isEmpty { out.append("  checklist: " + markerLine(before.markerCounts)) }
        } else {
            out.append("No .claude/integrations/ yet: setting it up.")
        }
        out.append("Framework source: \(report.source)")
        for action in report.frameworkFiles { out.append("  \(action.action.rawValue.padding(9)) \(action.file): \(action.detail)") }
        for note in report.notes { out.append("note: \(note)") }

        let landscape = report.landscape
        out.append("")
        out.append("Phase 0 landscape: \(landscape.components.count) components, \(landscape.productionPoints.count) integration points (+\(landscape.points.count - landscape.productionPoints.count) in tests), \(landscape.resources.count) stores/brokers/externals, \(landscape.edges.count) links, \(landscape.specs.count) contracts")
        for diagnostic in report.diagnostics { out.append("  \(diagnostic)") }
        if verbose {
            for skipped in report.skipped { out.append("  skipped \(skipped.path): \(skipped.reason)") }
        } else if !report.skipped.isEmpty {
            out.append("  \(report.skipped.count) paths skipped (--verbose lists them)")
        }
        for phase in report.phases {
            let evaluations = phase.evaluations.sorted { $0.key < $1.key }
            out.append("Phase \(phase.number) \(phase.title): " + evaluations.map { "\($0.value.marker.box) \($0.key)" }.joined(separator: "  "))
            for finding in phase.findings.sorted(by: { $0.severity > $1.severity }).prefix(verbose ? 1000 : 5) {
                let location = finding.evidence.first.map { "\($0.location): " } ?? ""
                out.append("  \(location)\(finding.severity.rawValue): \(finding.message)")
            }
            if !verbose && phase.findings.count > 5 { out.append("  … \(phase.findings.count - 5) more findings (--verbose)") }
        }
        for disagreement in report.disagreements {
            out.append("kept your \(disagreement.marker.box) on \(disagreement.item); evidence says \(disagreement.evaluated.box): \(disagreement.reason)")
        }
        out.append("")
        out.append("Checklist: " + markerLine(report.markerCounts))
        if report.dryRun {
            out.append(report.changedFiles.isEmpty ? "Dry run: nothing would change." : "Dry run: \(report.changedFiles.count) files would change:")
            if let diff = report.diff, !diff.isEmpty { out.append(diff) }
        } else {
            out.append(report.changedFiles.isEmpty ? "Nothing changed." : "Wrote \(report.changedFiles.count) files: " + report.changedFiles.joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }

    static func markerLine(_ counts: [String: Int]) -> String {
        Marker.allCases.map { "\($0.box) \(counts[$0.label] ?? 0) \($0.label)" }.joined(separator: " · ")
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}

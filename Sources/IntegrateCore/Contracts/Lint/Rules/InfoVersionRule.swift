/// `info.version` must be present: clients and changelogs need to name the contract version.
struct InfoVersionRule: LintRule {
    let id = "info-version-missing"
    let defaultSeverity = ChangeLevel.warning
    let reason = "Consumers and changelogs need a contract version (info.version)."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        guard (document.apiVersion ?? "").isEmpty else { return }
        report.add("info.version is missing or empty", line: document.root["info"]?.line ?? 1, pointer: "/info/version")
    }
}

/// Renders `docs/contracts.md` from the diff registry and the lint catalog, so the documented
/// ids, levels, messages and rules are always the ones the code uses (a test compares them).
public enum ContractsDocsRenderer {
    public static func render() -> String {
        var out = """
            # Contracts: diff and lint

            <!-- Generated from DiffRules, DiffMessages and LintRuleCatalog; \
            regenerate with `RECORD_SNAPSHOTS=1 swift test --filter ContractsDocs`. -->

            ## `integrate contracts diff BASE REVISION`

            Breaking-change detection between two versions of an OpenAPI 2.0, 3.0 or 3.1 spec (YAML or
            JSON), in the manner of oasdiff and with oasdiff's check ids and default levels.

            - `BASE`/`REVISION`: files, or `git:REV:path` for a version from git history.
            - `--base REV`: every spec of the project (`--project`, default `.`) against its version at `REV`.
            - `--format text|markdown|json|sarif` (markdown is a changelog), `--output FILE`.
            - `--fail-on error|warning`: exit 1 when a change reaches that level.
            - `--ignore FILE`: lines `METHOD /path check-id` suppress one finding (`*` matches any method or path).
            - `--levels FILE`: lines `check-id: error|warning|info|none` re-level (or drop) an id.
            - `--today yyyy-MM-dd`: the date sunset checks compare with (default: today, UTC).
            - Exit codes: 0 clean, 1 `--fail-on` triggered, 2 a spec could not be loaded or the arguments are wrong.
            - Inside a project each change lists the consumers (outbound HTTP calls in the landscape whose
              method and templated path match the changed operation) with `file:line`.

            Levels: **error** breaks clients, **warning** may break clients, **info** is compatible.
            Deprecation follows oasdiff: removing a `deprecated: true` operation or parameter is info,
            removing it before its `x-sunset` date is an error; `x-stability-level: draft|alpha` operations
            may be removed without notice. `oneOf`/`anyOf`/`allOf` subschemas are matched structurally
            (by referenced component, then by content), 3.1 type arrays and `const` are compared as types
            and one-value enums.


            """
        out += "### Change ids (\(DiffRules.all.count))\n\n| id | level | area | message |\n|---|---|---|---|\n"
        for rule in DiffRules.all {
            let message = (DiffMessages.templates[rule.id] ?? "").replacingPipes()
            out += "| `\(rule.id)` | \(rule.level.rawValue) | \(rule.area) | \(message) |\n"
        }
        out += """

            ## `integrate contracts lint [SPEC...]`

            Integration-readiness rules. Without `SPEC`, every OpenAPI/Swagger file under `--project`.
            `--config FILE` (YAML `rules: {rule-id: off|error|warning|info}`) disables or re-levels rules;
            `--format text|json|sarif`; `--fail-on error|warning|info` exits 1 when a finding reaches it;
            exit 2 when a spec or the config cannot be loaded.


            """
        out += "### Rules (\(LintRuleCatalog.all.count))\n\n| id | default | reason |\n|---|---|---|\n"
        for rule in LintRuleCatalog.all {
            out += "| `\(rule.id)` | \(rule.defaultSeverity.rawValue) | \(rule.reason.replacingPipes()) |\n"
        }
        out += """

            ## Measuring

            - `scripts/conformance-oasdiff [DIR]`: runs the diff on oasdiff's own test cases
              (`../shared/conformance/oasdiff` by default) and prints PASS/FAIL per case and the total.
            - `scripts/bench-contracts [--size-mb N]`: generates a spec pair of at least N MB (default 6)
              from CRUD-shaped operations and runs `integrate contracts bench BASE REVISION`, a benchmark
              aid that times, in one process, parsing both files with Yams' defaults against the full diff
              (load, model, checks), and prints the ratio and the peak resident memory.
            - Phase 1 collection (`ContractCatalog`) lists every spec with its provider and consumers and
              drafts `<component>.draft.openapi.yaml` (OpenAPI 3.1, `x-draft: true`) for uncovered routes.

            """
        return out
    }
}

private extension String {
    func replacingPipes() -> String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}

import Foundation

/// Renders `docs/rules.md` from rule values, so the docs are never written twice.
public enum RulesDocument {
    private static let sections: [(title: String, kinds: [Rule.Kind])] = [
        ("Inbound HTTP routes", [.inboundHTTP, .webhook]),
        ("Outbound HTTP calls", [.outboundHTTP]),
        ("gRPC", [.grpcServer, .grpcClient]),
        ("GraphQL", [.graphqlServer, .graphqlClient]),
        ("Messaging", [.publish, .consume]),
        ("Data stores and caches", [.database, .cache]),
        ("Third-party SaaS", [.saas]),
    ]

    public static func render(_ rules: [Rule] = RuleRegistry.builtIn) -> String {
        var lines = [
            "# Detector rules",
            "",
            "<!-- Generated from RuleRegistry.builtIn; re-record with `RECORD_SNAPSHOTS=1 swift test --filter RulesDoc`. -->",
            "",
            "`integrate scan` runs \(rules.count) built-in rules. Each rule runs only on files of its languages that contain one",
            "of its keywords; its pattern is matched with comments blanked out, and the match start is the reported",
            "position. Named groups fill `method`, `path`, `target` and `topic`; secrets in targets and snippets are",
            "replaced by `***`. Findings in test, fixture and example paths get `scope: test`. An inbound route whose",
            "path contains `webhook` is reported as a webhook. Fallback rules (connection strings) report only lines",
            "no other rule matched.",
            "",
        ]
        for section in sections {
            let members = rules.filter { section.kinds.contains($0.kind) }
            guard !members.isEmpty else { continue }
            lines += ["## \(section.title)", "", "| Rule | Finds | Technology | Direction | Languages | Keywords | Confidence |",
                      "|---|---|---|---|---|---|---|"]
            for rule in members {
                let languages = rule.languages.count == Language.allCases.count ? "all" : rule.languages.map(\.rawValue).joined(separator: ", ")
                let finds = rule.summary + (rule.note.map { " *Imprecise:* \($0)" } ?? "") + (rule.isFallback ? " *(fallback)*" : "")
                let cells = [
                    "`\(rule.id)`", finds, "`\(rule.technology)`", "\(rule.direction.rawValue), \(rule.mode.rawValue)", languages,
                    rule.keywords.map { "`\($0)`" }.joined(separator: " "), rule.confidence.rawValue,
                ]
                lines.append("| " + cells.map(cell).joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        lines += ["## Components, scope and edge strength", "",
                  "The structural scan (manifests, compose, Kubernetes) decides what a component is and how strongly an edge is backed:", "",
                  "| Rule | What it decides | Example | Imprecise |", "|---|---|---|---|"]
        for rule in StructuralRule.all {
            lines.append("| " + ["`\(rule.id)`", rule.summary, "`\(rule.example)`", rule.note ?? "—"].map(cell).joined(separator: " | ") + " |")
        }
        lines.append("")
        lines += [
            "## Your own rules",
            "",
            "Put YAML files in `.claude/integrations/rules/`: one rule mapping, a list, or `rules:` with a list.",
            "",
            "```yaml",
            "rules:",
            "  - id: acme.http.wrapper          # required, unique",
            "    kind: outboundHTTP             # required: " + Rule.Kind.allCases.map(\.rawValue).joined(separator: ", "),
            "    technology: acme-http          # required",
            "    languages: [python]            # required: " + Language.allCases.map(\.rawValue).joined(separator: ", "),
            "    keywords: [acme_http]          # required: literals, one must occur in the file",
            "    pattern: 'acme_http\\.(?<method>get|post)\\((?<target>[^,)]+)'   # required",
            "    direction: call                # default from kind: call, send or receive",
            "    mode: sync                     # sync (default) or async",
            "    protocol: http                 # default http for HTTP kinds, else the technology",
            "    method: GET                    # used when the pattern has no method group",
            "    confidence: medium             # low, medium (default), high",
            "    note: Only the first argument is read.",
            "    triggering: [\"↓acme_http.get(BASE + '/x')\"]   # run when loaded; ↓ marks where the finding must be",
            "    nonTriggering: [\"import acme_http\"]",
            "```",
            "",
            "A rule with a problem is reported as `path:line: error: rule 'id': ...` and skipped; the others run.",
            "A rule whose own examples fail still runs, with a warning naming the example.",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

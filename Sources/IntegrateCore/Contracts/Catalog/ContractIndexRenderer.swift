/// Renders `api-contracts/README.md`: one row per API (title, version, provider, operations,
/// servers, consumers), then the consumers of each API with their call sites.
public struct ContractIndexRenderer: Sendable {
    public init() {}

    public func render(_ apis: [ContractCatalog.API]) -> String {
        var out = "# API contracts\n\n"
        guard !apis.isEmpty else { return out + "No API specs or inbound HTTP routes were found.\n" }
        out += "| API | Version | Provider | Operations | Servers | Consumers | Spec |\n|---|---|---|---|---|---|---|\n"
        for api in apis {
            let consumers = Set(api.consumers.compactMap(\.component)).sorted()
            let title = (api.title ?? api.path) + (api.draft ? " **(draft)**" : "")
            out += "| \(cell(title)) | \(cell(api.version ?? "-")) | \(cell(api.provider ?? "-")) | \(api.operationCount) | "
            out += "\(cell(api.servers.isEmpty ? "-" : api.servers.joined(separator: ", "))) | \(cell(consumers.isEmpty ? "-" : consumers.joined(separator: ", "))) | `\(api.path)` |\n"
        }
        if apis.contains(where: \.draft) {
            out += "\nDrafts were generated from inbound routes that no spec covers: review and complete them.\n"
        }
        for api in apis where !api.consumers.isEmpty {
            out += "\n## \(api.title ?? api.path): consumers\n\n"
            for consumer in api.consumers {
                out += "- `\(consumer.component ?? "?")` calls `\(consumer.operation)` at `\(consumer.evidence)`\n"
            }
        }
        return out
    }

    private func cell(_ text: String) -> String {
        text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}

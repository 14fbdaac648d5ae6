/// The files the scan could not read or parse, from its diagnostics: what a phase cannot vouch
/// for. An item that depends on them is at most `[~]`, with the files named in its reason.
struct UnreadFiles: Sendable {
    /// One location per file (the first problem's line), in path order.
    let locations: [Evidence]

    init(_ diagnostics: [Diagnostic]) {
        var seen: Set<String> = []
        locations = diagnostics.filter { $0.severity != .note }.compactMap { diagnostic in
            guard let path = diagnostic.path, seen.insert(path).inserted else { return nil }
            return Evidence(path: path, line: diagnostic.line ?? 1)
        }.sorted { $0.path < $1.path }
    }

    private init(locations: [Evidence]) { self.locations = locations }

    /// Only configuration files (YAML, JSON, properties, dotenv): where settings and secrets live.
    var configuration: UnreadFiles {
        UnreadFiles(locations: locations.filter { Self.isConfiguration($0.path) })
    }

    var isEmpty: Bool { locations.isEmpty }

    /// `` `docker-compose.yml:4`, `app.json:1` `` (at most three, then a count).
    var named: String {
        let shown = locations.prefix(3).map { "`\($0.location)`" }.joined(separator: ", ")
        return locations.count > 3 ? "\(shown) and \(locations.count - 3) more" : shown
    }

    static func isConfiguration(_ path: String) -> Bool {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        return [".yml", ".yaml", ".json", ".properties", ".toml"].contains { name.hasSuffix($0) } || ConfigFileDetector.isEnvFile(name)
    }
}

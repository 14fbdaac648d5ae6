import Foundation

/// Remembers the last version of each OpenAPI contract in `.integrate/contracts/`, so the next
/// run can record in CHANGELOG.md how a contract changed, with oasdiff's ids and levels.
struct ContractHistory {
    struct Snapshot {
        var url: URL
        var text: String
        var previous: String?
    }

    /// Changelog lines per contract change, and the snapshots to write.
    var entries: [String] = []
    var snapshots: [Snapshot] = []
    /// What could not be read, for the run's notes: a contract whose history is not recorded
    /// this time, or a snapshot the history restarts from.
    var notes: [String] = []

    /// At most this many changes are listed per contract; the rest are counted.
    static let listed = 25

    init(root: URL, stateFolder: URL, specs: [APISpec], today: String) {
        for spec in specs where spec.format == .openapi || spec.format == .swagger {
            let text: String
            do {
                text = try TextFile.read(root.appendingPathComponent(spec.path), displayPath: spec.path)
            } catch {
                notes.append("\(error): the contract's history is not recorded this time")
                continue
            }
            let url = stateFolder.appendingPathComponent("contracts").appendingPathComponent(spec.path)
            let previous: String?
            do {
                previous = try TextFile.readIfExists(url)
            } catch {
                notes.append("\(error): the last recorded version of `\(spec.path)` cannot be read; its history restarts from this version")
                previous = nil
            }
            snapshots.append(Snapshot(url: url, text: text, previous: previous))
            guard let previous, previous != text else { continue }
            do {
                let loader = SpecLoader()
                let base = try loader.load(text: previous, name: spec.path)
                let revision = try loader.load(text: text, name: spec.path)
                let changes = ContractDiffer(options: DiffOptions(today: today)).diff(base: base, revision: revision)
                    .sorted { ($0.level, $0.operation, $0.id) > ($1.level, $1.operation, $1.id) }
                guard !changes.isEmpty else { continue }
                let errors = changes.filter { $0.level == .error }.count
                let warnings = changes.filter { $0.level == .warning }.count
                entries.append("contract `\(spec.path)`: \(changes.count) changes (\(errors) breaking, \(warnings) possibly breaking)")
                entries += changes.prefix(Self.listed).map { "contract `\(spec.path)`: \($0.level.oasdiffName) `\($0.id)` \($0.operation): \($0.message)" }
                if changes.count > Self.listed { entries.append("contract `\(spec.path)`: … \(changes.count - Self.listed) more (`integrate contracts diff`)") }
            } catch {
                entries.append("contract `\(spec.path)` changed; it could not be compared: \(error)")
            }
        }
    }
}

import Foundation
import Testing
@testable import IntegrateCore

/// The artifacts generated for `Examples/storefront` are committed as golden files
/// (`Examples/storefront/.claude/integrations/`). A run on a fresh copy must reproduce them
/// byte for byte. `RECORD_SNAPSHOTS=1 swift test --filter StorefrontGolden` re-records them and
/// then fails, so a recording is never silent.
@Suite struct StorefrontGoldenTests {
    static let example = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/storefront")
    static let golden = example.appendingPathComponent(".claude/integrations")

    @Test func aFreshRunReproducesTheCommittedArtifacts() throws {
        let copy = try StorefrontCopy()
        let report = try IntegrationRun(options: copy.options()).execute()
        #expect(report.landscape.components.count >= 6)
        let generated = try Self.files(under: copy.root.appendingPathComponent(".claude/integrations"))
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.removeItem(at: Self.golden)
            for (path, data) in generated {
                let url = Self.golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            Issue.record("recorded \(generated.count) golden files under Examples/storefront/.claude/integrations; run again without RECORD_SNAPSHOTS")
            return
        }
        let expected = try Self.files(under: Self.golden)
        #expect(generated.keys.sorted() == expected.keys.sorted())
        for (path, data) in generated.sorted(by: { $0.key < $1.key }) {
            guard let want = expected[path] else { continue }
            if data != want {
                let diff = UnifiedDiff.render(
                    old: String(decoding: want, as: UTF8.self), new: String(decoding: data, as: UTF8.self),
                    oldName: "golden/\(path)", newName: "generated/\(path)")
                Issue.record("\(path) differs from the golden file:\n\(diff.prefix(4000))")
            }
        }
    }

    @Test func theRepositorysCopyIsNeverModified() throws {
        let before = try Self.files(under: Self.example)
        let copy = try StorefrontCopy()
        _ = try IntegrationRun(options: copy.options()).execute()
        #expect(try Self.files(under: Self.example) == before)
    }

    /// Relative path -> bytes of every regular file below `folder`.
    static func files(under folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        let prefix = folder.standardizedFileURL.path + "/"
        while let url = enumerator.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            result[path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path] = try Data(contentsOf: url)
        }
        return result
    }
}

/// A temporary copy of the example without its generated folder, as a new user's project.
final class StorefrontCopy {
    let root: URL
    let home: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("integrate-storefront-\(UUID().uuidString)")
        root = base.appendingPathComponent("storefront")
        home = base.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: StorefrontGoldenTests.example, to: root)
        try? FileManager.default.removeItem(at: root.appendingPathComponent(".claude"))
    }

    deinit {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }

    func options() -> RunOptions {
        RunOptions(projectRoot: root, environment: [:], home: home, today: "2026-11-28")
    }
}

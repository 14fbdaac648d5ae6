import Foundation

/// Locates `Tests/Fixtures/contracts` from this source file, so tests run from any directory.
enum ContractFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/contracts")

    static func cases(_ folder: String) -> [String] {
        let dir = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// `base.yaml` or `base.json` (whichever exists) in a case folder.
    static func file(_ folder: String, _ name: String, _ stem: String) -> String {
        let dir = root.appendingPathComponent(folder).appendingPathComponent(name)
        for ext in ["yaml", "yml", "json"] {
            let path = dir.appendingPathComponent("\(stem).\(ext)").path
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return dir.appendingPathComponent("\(stem).yaml").path
    }
}

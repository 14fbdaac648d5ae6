import Foundation
@testable import IntegrateCore

/// A throwaway project folder for one test, removed when the value is released.
final class TestProject {
    let root: URL
    let home: URL

    init(files: [String: String] = [:]) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("integrate-tests-\(UUID().uuidString)")
        root = base.appendingPathComponent("project")
        home = base.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        for (path, content) in files { try write(path, content) }
    }

    deinit {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }

    func write(_ path: String, _ content: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// Options isolated from the machine: no real home, no environment templates, a fixed date.
    func options(templates: String? = nil, phases: [Int]? = nil, dryRun: Bool = false, restore: Bool = false, today: String = "2026-11-28", output: URL? = nil) -> RunOptions {
        RunOptions(projectRoot: root, templatesDirectory: templates, environment: [:], home: home, outputFolder: output, phases: phases,
                   dryRun: dryRun, restoreDeletedBlocks: restore, today: today)
    }

    @discardableResult
    func run(templates: String? = nil, phases: [Int]? = nil, dryRun: Bool = false, restore: Bool = false, today: String = "2026-11-28") throws -> RunReport {
        try IntegrationRun(options: options(templates: templates, phases: phases, dryRun: dryRun, restore: restore, today: today)).execute()
    }

    /// Every file below the project with its bytes and modification date.
    func snapshot() throws -> [String: (Data, Date)] {
        var result: [String: (Data, Date)] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey, .isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            let values = try url.resourceValues(forKeys: [.contentModificationDateKey, .isRegularFileKey])
            guard values.isRegularFile == true else { continue }
            result[url.path] = (try Data(contentsOf: url), values.contentModificationDate ?? .distantPast)
        }
        return result
    }

    /// A small but real multi-service project: enough for every phase to have something to say.
    static func sample() throws -> TestProject {
        try TestProject(files: [
            "orders/requirements.txt": "fastapi==0.110\nhttpx==0.27\n",
            "orders/app.py": "import httpx\n\ndef pay():\n    return httpx.post(PAYMENTS_URL + '/charge', timeout=2)\n",
            "web/package.json": "{\"name\": \"web\", \"dependencies\": {\"axios\": \"1.0.0\"}}\n",
            "web/index.js": "const axios = require('axios')\naxios.get(process.env.ORDERS_URL + '/orders')\n",
        ])
    }
}

/// The repository's `Tests/Fixtures` folder.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func text(_ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }
}

import Foundation
import Testing

/// Runs Debian's `promtool` and `prometheus-blackbox-exporter` when installed. Absent binaries
/// skip a test with a message outside CI; with `CI` set, absence is a failure.
enum PrometheusTools {
    static let searchPath = ["/usr/bin", "/usr/local/bin", "/bin"]

    static func path(_ name: String) -> String? {
        searchPath.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The binary, or nil after recording why (an issue in CI, a note elsewhere).
    static func require(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        if let found = path(name) { return found }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("`\(name)` is not installed; CI must install Debian's prometheus and prometheus-blackbox-exporter", sourceLocation: sourceLocation)
        } else {
            print("skipped: `\(name)` is not installed (apt-get install prometheus prometheus-blackbox-exporter); set CI=1 to make this a failure")
        }
        return nil
    }

    /// Runs a tool to completion (bounded by `timeout` seconds); returns status and output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in folder: URL? = nil, timeout: TimeInterval = 60) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("integrate-tool-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer {
            try? handle.close()
            try? FileManager.default.removeItem(at: output)
        }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return (process.terminationStatus, text)
    }

    /// Writes `files` (path → content) under a fresh folder and returns it.
    static func write(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("integrate-monitoring-\(UUID().uuidString)")
        for (path, content) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return folder
    }

    /// `promtool check rules`, `test rules`, `check config` and the exporter's config check on
    /// generated files; records an issue for each failure.
    static func checkAll(_ files: [String: String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try write(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        if let promtool = require("promtool", sourceLocation: sourceLocation) {
            let prometheus = folder.appendingPathComponent("monitoring/prometheus")
            for arguments in [["check", "rules", "integration-rules.yml"], ["test", "rules", "integration-rules.test.yml"], ["check", "config", "scrape-probes.yml"]] {
                let result = try run(promtool, arguments, in: prometheus)
                #expect(result.status == 0, "promtool \(arguments.joined(separator: " ")):\n\(result.output)", sourceLocation: sourceLocation)
            }
        }
        if let exporter = require("prometheus-blackbox-exporter", sourceLocation: sourceLocation) {
            let config = folder.appendingPathComponent("monitoring/blackbox/blackbox.yml").path
            let result = try run(exporter, ["--config.check", "--config.file=\(config)"])
            #expect(result.status == 0, "blackbox config check:\n\(result.output)", sourceLocation: sourceLocation)
        }
    }
}

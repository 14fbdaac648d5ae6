import Foundation
import Testing

/// The built `integrate` executable, run as a separate process (kills and races need real ones).
struct BuiltTool {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    let url: URL

    /// Next to the test bundle (`.build/<config>/`), where `swift build --build-tests` puts it.
    static func locate() throws -> BuiltTool {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("integrate"),
            Bundle.main.bundleURL.appendingPathComponent("integrate"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("integrate"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/integrate"),
        ]
        let found = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "the integrate executable was not built")
        return BuiltTool(url: found)
    }

    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["INTEGRATE_TEMPLATES"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    static func finish(_ started: (Process, Pipe, Pipe)) -> Outcome {
        let (process, output, errors) = started
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        Self.finish(try start(arguments, environment: environment))
    }
}

/// Every file under a folder, path -> bytes.
func snapshot(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
    while let relative = walker.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let url = folder.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[relative] = FileManager.default.contents(atPath: url.path)
        }
    }
    return files
}

/// A small project written inline: two services, one calling the other.
func faultProject(version: Int) -> [String: String] {
    var files = [
        "orders/package.json": "{\"name\": \"orders\", \"dependencies\": {\"express\": \"4\"}}\n",
        "orders/server.js": "const app = require('express')();\napp.get('/orders', (req, res) => res.json([]));\napp.listen(8080);\n",
        "web/package.json": "{\"name\": \"web\", \"dependencies\": {\"axios\": \"1\"}}\n",
        "web/client.js": "const axios = require('axios');\naxios.get('http://orders:8080/orders');\n",
    ]
    if version > 1 {
        files["orders/server.js"]! += "app.post('/orders', (req, res) => res.status(201).end());\napp.get('/health', (req, res) => res.end());\n"
        files["web/client.js"]! += "axios.post('http://orders:8080/orders', {});\nconst redis = require('redis').createClient({url: 'redis://cache:6379'});\n"
        files["web/package.json"] = "{\"name\": \"web\", \"dependencies\": {\"axios\": \"1\", \"redis\": \"4\"}}\n"
    }
    return files
}

func write(_ files: [String: String], under root: URL) throws {
    for (path, content) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
    }
}

func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("integrate-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

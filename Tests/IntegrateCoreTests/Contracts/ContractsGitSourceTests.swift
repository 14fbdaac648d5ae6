import Foundation
import Testing
@testable import IntegrateCore

/// `git:REV:path` inputs and `--base REV` (every spec of the project against a revision).
@Suite struct ContractsGitSourceTests {
    static let v1 = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /orders:
            get: {responses: {'200': {description: ok}}}
          /orders/{id}:
            delete: {responses: {'204': {description: ok}}}
        """

    func git(_ dir: URL, _ args: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", dir.path, "-c", "user.email=t@example.com", "-c", "user.name=t", "-c", "commit.gpgsign=false"] + args
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(args)")
    }

    @Test func diffsAgainstAGitRevision() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("contracts-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("api"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("api/openapi.yaml")
        try Self.v1.write(to: file, atomically: true, encoding: .utf8)
        try git(dir, "init", "-q")
        try git(dir, "add", "-A")
        try git(dir, "commit", "-qm", "v1")
        try Self.v1.components(separatedBy: "  /orders/{id}:")[0].write(to: file, atomically: true, encoding: .utf8)

        let single = try ContractDiffRun().run(base: .git(revision: "HEAD", path: "api/openapi.yaml", repository: dir.path), revision: .file(file.path))
        #expect(single.changes.map(\.id) == ["api-path-removed-without-deprecation"])
        #expect(single.base == "git:HEAD:api/openapi.yaml")

        let project = try ContractDiffRun().runProject(root: dir, revision: "HEAD")
        #expect(project.count == 1 && project[0].changes.map(\.id) == ["api-path-removed-without-deprecation"])

        try FileManager.default.removeItem(at: file)
        let deleted = try ContractDiffRun().runProject(root: dir, revision: "HEAD")
        #expect(deleted.count == 1 && deleted[0].changes.map(\.id).sorted() == ["api-path-removed-without-deprecation", "api-path-removed-without-deprecation"])

        #expect(throws: SpecLoadError.self) {
            try ContractDiffRun().run(base: .git(revision: "HEAD", path: "missing.yaml", repository: dir.path), revision: .file(file.path))
        }
        #expect(SpecSource.parse("git:main~1:api/openapi.yaml") == .git(revision: "main~1", path: "api/openapi.yaml", repository: "."))
    }
}

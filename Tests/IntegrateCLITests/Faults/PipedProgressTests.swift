import Foundation
import Testing

/// A scan of a tree large enough for progress, and a diff of a spec large enough for it, with
/// standard error piped: no progress line, no carriage return, no escape sequence.
@Suite("Progress: nothing when piped", .serialized)
struct PipedProgressTests {
    @Test func largeScanAndLargeDiffPrintNoProgressWhenPiped() throws {
        let tool = try BuiltTool.locate()
        let base = try temporaryFolder("progress")
        defer { try? FileManager.default.removeItem(at: base) }
        var files = faultProject(version: 1)
        for index in 0..<2_100 { files["web/src/m\(index).js"] = "export const v\(index) = \(index);\n" }
        try write(files, under: base)
        var paths = ""
        for index in 0..<320 { paths += "  /r\(index):\n    get:\n      responses:\n        '200': {description: ok}\n" }
        let spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n" + paths
        try write(["a.yaml": spec, "b.yaml": spec.replacingOccurrences(of: "/r0:", with: "/renamed:")], under: base)
        let outcomes = [
            try tool.run(["scan", base.path]),
            try tool.run(["contracts", "diff", base.appendingPathComponent("a.yaml").path, base.appendingPathComponent("b.yaml").path, "--no-consumers"]),
        ]
        for outcome in outcomes {
            #expect(outcome.status == 0 || outcome.status == 1, "\(outcome.errors)")
            #expect(!outcome.errors.contains("\r") && !outcome.errors.contains("\u{1B}") && !outcome.errors.contains("integrate: scanning"), "\(outcome.errors.prefix(200))")
            #expect(!outcome.output.contains("\u{1B}[K"))
        }
    }
}

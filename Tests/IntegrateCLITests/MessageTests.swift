import Foundation
import Testing

/// What the tool says when a user gives it the wrong thing: each message names the real problem.
@Suite("Messages", .serialized)
struct MessageTests {
    let spec = "openapi: 3.0.3\ninfo: {title: Orders, version: '1'}\npaths:\n  /orders:\n    get:\n      responses:\n        '200': {description: ok}\n"

    @Test func statusOfAFileSaysItIsNotAFolder() throws {
        let base = try temporaryFolder("status-file")
        defer { try? FileManager.default.removeItem(at: base) }
        let file = base.appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: file)
        let outcome = try BuiltTool.locate().run(["status", file.path])
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("is a file; give the project's folder"), "\(outcome.errors)")
        #expect(!outcome.errors.contains("run `integrate"))
    }

    @Test(arguments: [["run"], ["status"], ["scan"], ["export", "mermaid-c4"]])
    func aNegativeMaxFileSizeMustBePositive(command: [String]) throws {
        let outcome = try BuiltTool.locate().run(command + ["--max-file-size", "-5", "."])
        #expect(outcome.status == 64)
        #expect(outcome.errors.contains("--max-file-size must be a positive number of bytes"), "\(outcome.errors)")
        #expect(!outcome.errors.contains("Missing value"))
    }

    @Test func phaseHelpAndErrorGiveTheSameRange() throws {
        let tool = try BuiltTool.locate()
        let help = try tool.run(["run", "--help"]).output.replacingOccurrences(of: "\n", with: " ")
        let error = try tool.run(["run", "--phase", "8", "."]).errors
        #expect(help.contains("(0-7;"), "\(help)")
        #expect(error.contains("phases are 0-7"), "\(error)")
    }

    @Test(arguments: [
        (["contracts", "lint", "--fail-on", "fatal", "x.yaml"], "fatal"),
        (["contracts", "diff", "--fail-on", "warn-ish", "a.yaml", "b.yaml"], "warn-ish"),
        (["contracts", "lint", "--format", "html", "x.yaml"], "html"),
        (["contracts", "diff", "--format", "pdf", "a.yaml", "b.yaml"], "pdf"),
    ])
    func aWrongContractsOptionIsAUsageErrorNamingTheValidValues(arguments: [String], value: String) throws {
        let outcome = try BuiltTool.locate().run(arguments)
        #expect(outcome.status == 64, "\(outcome.errors)")
        #expect(outcome.errors.contains("'\(value)'"), "\(outcome.errors)")
        #expect(outcome.errors.contains("sarif") || outcome.errors.contains("warning"), "\(outcome.errors)")
    }

    @Test func diffWithBothSpecsAndABaseRevisionIsAUsageError() throws {
        let outcome = try BuiltTool.locate().run(["contracts", "diff", "a.yaml", "b.yaml", "--base", "HEAD~1"])
        #expect(outcome.status == 64)
        #expect(outcome.errors.contains("give BASE and REVISION specs, or --base REV (not both)"), "\(outcome.errors)")
    }

    @Test func lintReportsAnUnreadableSpecAndLintsTheRest() throws {
        let base = try temporaryFolder("lint")
        defer { try? FileManager.default.removeItem(at: base) }
        try write(["a-broken.yaml": "openapi: 3.0.3\npaths: [\n", "b-orders.yaml": spec, "c-bad.json": "{\"openapi\": \"3.0.3\"\n"], under: base)
        let files = ["a-broken.yaml", "b-orders.yaml", "c-bad.json"].map { base.appendingPathComponent($0).path }
        let outcome = try BuiltTool.locate().run(["contracts", "lint"] + files)
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("a-broken.yaml") && outcome.errors.contains("c-bad.json"), "\(outcome.errors)")
        #expect(outcome.output.contains("b-orders.yaml"), "the readable spec was not linted: \(outcome.output)")
        #expect(outcome.output.contains("1 spec(s) linted") && outcome.output.contains("2 of 3 specs could not be read"))
    }
}

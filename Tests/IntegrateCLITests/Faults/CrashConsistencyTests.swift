import Foundation
import Testing

/// Kills the tool at every point of its write (the `INTEGRATE_TEST_CRASH_AFTER_RENAMES` hook),
/// then runs it again: every file is its old or new version, the next run finishes the write,
/// no temp file, plan or lock is left, and a person's text is byte-identical.
@Suite("Faults: a kill during the write", .serialized)
struct CrashConsistencyTests {
    let personNote = "\n## Our notes\n\nKeep this paragraph exactly: tabs\tand trailing spaces   \n"

    @Test func everyKillPointLeavesOldOrNewAndTheNextRunCompletes() throws {
        let tool = try BuiltTool.locate()
        let base = try temporaryFolder("crash")
        defer { try? FileManager.default.removeItem(at: base) }
        // The old state: a first run, a person's paragraph in an artifact, then the project changes.
        let template = base.appendingPathComponent("template")
        try write(faultProject(version: 1), under: template)
        #expect(try tool.run([template.path]).status == 0)
        let architecture = template.appendingPathComponent(".claude/integrations/integration-architecture.md")
        let handle = try FileHandle(forWritingTo: architecture)
        handle.seekToEndOfFile()
        handle.write(Data(personNote.utf8))
        try handle.close()
        try write(faultProject(version: 2), under: template)
        let old = snapshot(template.appendingPathComponent(".claude"))

        // The new state, from an uninterrupted run on a copy.
        let reference = base.appendingPathComponent("reference")
        try FileManager.default.copyItem(at: template, to: reference)
        #expect(try tool.run([reference.path]).status == 0)
        let new = snapshot(reference.appendingPathComponent(".claude"))
        let changed = new.keys.filter { old[$0] != new[$0] }.count
        #expect(changed >= 5)

        for killPoint in 0...changed {
            let project = base.appendingPathComponent("kill-\(killPoint)")
            try FileManager.default.copyItem(at: template, to: project)
            let killed = try tool.run([project.path], environment: ["INTEGRATE_TEST_CRASH_AFTER_RENAMES": "\(killPoint)"])
            #expect(killed.status == 9, "kill point \(killPoint)")
            let claude = project.appendingPathComponent(".claude")
            for (path, bytes) in snapshot(claude) where !path.contains(".integrate-tmp-") && !path.hasSuffix(".integrate/lock") && !path.hasSuffix("transaction.json") {
                #expect(bytes == old[path] || bytes == new[path], "kill point \(killPoint): \(path) is neither the old nor the new version")
            }

            let rerun = try tool.run([project.path])
            #expect(rerun.status == 0, "kill point \(killPoint): \(rerun.errors)")
            #expect(rerun.output.contains("broke a stale lock"), "kill point \(killPoint)")
            #expect(!rerun.output.contains("edited by hand"), "kill point \(killPoint)")
            let after = snapshot(claude)
            #expect(after == new, "kill point \(killPoint): files differ from the uninterrupted run: \(Set(after.keys).symmetricDifference(new.keys).sorted()) \(after.keys.filter { after[$0] != new[$0] }.sorted())")
            let text = try String(contentsOf: claude.appendingPathComponent("integrations/integration-architecture.md"), encoding: .utf8)
            #expect(text.hasSuffix(personNote))
            try? FileManager.default.removeItem(at: project)
        }
    }
}

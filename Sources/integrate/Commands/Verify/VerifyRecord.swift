import Foundation
import IntegrateCore
import IntegrateVerify

/// The record of a verify run that `--record` keeps in the project.
enum VerifyRecord {
    /// Writes the report to `PROJECT/.integrate/verify.json` (atomically).
    static func write(_ report: VerifyReport, project: String) throws {
        let folder = URL(fileURLWithPath: project).appendingPathComponent(".integrate")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(StableJSON.encode(report).utf8).write(to: folder.appendingPathComponent("verify.json"), options: .atomic)
        } catch {
            throw CommandExit.usage("cannot record the run in \(folder.path)/verify.json: \(error.localizedDescription)")
        }
    }
}

import Foundation

/// Writes a run's files as one recoverable transaction:
///
/// 1. **Stage**: every new content goes to a temp file beside its target (`.NAME.integrate-tmp-PID`).
/// 2. **Plan**: the list of (staged, target) pairs is recorded in `<state>/transaction.json`.
/// 3. **Rename**: each staged file replaces its target (one atomic `rename` each).
/// 4. **Clear**: the plan is removed.
///
/// A run killed at any point leaves either staged files and no plan (nothing was replaced: the
/// next run removes the orphans) or a plan whose staged files are complete (the next run
/// finishes the renames). Either way every file is its old or its new version, never a mix of
/// two runs, and `recover` brings the folder to one consistent state before anything is read.
public enum WriteTransaction {
    public static let planName = "transaction.json"
    static let tempMarker = ".integrate-tmp-"
    /// Test hook: `INTEGRATE_TEST_CRASH_AFTER_RENAMES=N` ends the process right after the N-th
    /// rename (`0`: once the plan is recorded), as a kill would (no cleanup, lock file left behind).
    public static let crashHookVariable = "INTEGRATE_TEST_CRASH_AFTER_RENAMES"

    struct Step: Codable, Equatable {
        var staged: String
        var target: String
    }

    /// Stages, records, renames and clears; a failure before the first rename leaves nothing changed.
    public static func commit(_ changes: [ChangeSet.Change], stateFolder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) throws(IntegrateError) {
        let manager = FileManager.default
        var steps: [Step] = []
        func discardStaged() { for step in steps { try? manager.removeItem(atPath: step.staged) } }
        // State last: a reader that sees the new state sees every file it describes.
        func isState(_ change: ChangeSet.Change) -> Int { change.path.hasPrefix(stateFolder.path + "/") ? 1 : 0 }
        let ordered = changes.sorted { (isState($0), $0.path) < (isState($1), $1.path) }
        for change in ordered {
            let folder = (change.path as NSString).deletingLastPathComponent
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                discardStaged()
                throw IntegrateError(.output, "cannot create folder (read-only or permission denied); nothing was changed", path: folder)
            }
            let staged = folder + "/." + (change.path as NSString).lastPathComponent + tempMarker + "\(getpid())"
            guard manager.createFile(atPath: staged, contents: Data(change.new.utf8)) else {
                discardStaged()
                throw IntegrateError(.output, "cannot write (read-only folder or permission denied); nothing was changed", path: change.displayPath)
            }
            if let attributes = try? manager.attributesOfItem(atPath: change.path), let mode = attributes[FileAttributeKey.posixPermissions] {
                try? manager.setAttributes([FileAttributeKey.posixPermissions: mode], ofItemAtPath: staged)
            }
            steps.append(Step(staged: staged, target: change.path))
        }
        let plan = stateFolder.appendingPathComponent(planName)
        do {
            try writeAtomically(StableJSON.encode(steps), to: plan)
        } catch {
            discardStaged()
            throw IntegrateError(.output, "cannot record the write plan; nothing was changed", path: plan.path)
        }
        let crashAfter = environment[crashHookVariable].flatMap(Int.init)
        if crashAfter == 0 { _exit(9) }
        for (index, step) in steps.enumerated() {
            if rename(step.staged, step.target) != 0 {
                // The plan stays: the next run finishes the renames that remain.
                throw IntegrateError(.output, "cannot replace file: \(String(cString: strerror(errno))); the next run completes the write", path: step.target)
            }
            if let crashAfter, index + 1 >= crashAfter { _exit(9) }
        }
        unlink(plan.path)
    }

    /// Finishes an interrupted transaction and removes orphan temp files under `folders`;
    /// returns what it did, for the report. Runs under the lock, before anything is read.
    public static func recover(stateFolder: URL, folders: [URL]) throws(IntegrateError) -> [String] {
        var notes: [String] = []
        let plan = stateFolder.appendingPathComponent(planName)
        if FileManager.default.fileExists(atPath: plan.path) {
            let text = try TextFile.read(plan)
            let steps: [Step]
            do {
                steps = try YAMLLoader.decodeJSON([Step].self, from: text, file: plan.path)
            } catch {
                // A plan is written whole (temp + rename), so this is someone else's file.
                throw IntegrateError(.input, "unreadable write plan (\(error.message)); delete it to continue", path: plan.path, line: error.line)
            }
            var completed = 0
            for step in steps where FileManager.default.fileExists(atPath: step.staged) {
                guard rename(step.staged, step.target) == 0 else {
                    throw IntegrateError(.output, "cannot complete the interrupted write: \(String(cString: strerror(errno)))", path: step.target)
                }
                completed += 1
            }
            unlink(plan.path)
            notes.append("completed the write an interrupted run left unfinished (\(completed) of \(steps.count) files remained)")
        }
        var orphans = 0
        for folder in folders {
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                guard name.hasPrefix("."), name.contains(tempMarker) else { continue }
                if unlink(folder.appendingPathComponent(relative).path) == 0 { orphans += 1 }
            }
        }
        if orphans > 0 { notes.append("removed \(orphans) temp file\(orphans == 1 ? "" : "s") left by an interrupted run") }
        return notes
    }

    private static func writeAtomically(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let staged = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + tempMarker + "\(getpid())")
        guard FileManager.default.createFile(atPath: staged.path, contents: Data(text.utf8)) else {
            throw IntegrateError(.output, "cannot write", path: staged.path)
        }
        guard rename(staged.path, url.path) == 0 else {
            unlink(staged.path)
            throw IntegrateError(.output, "cannot write", path: url.path)
        }
    }
}

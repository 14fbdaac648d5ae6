import Foundation

/// An exclusive lock on a project's state folder, held for the whole run, so two runs never
/// read and write the same folder at once.
///
/// The lock is `flock` on `<state>/lock`, which the kernel releases when the holder dies, so a
/// killed run can never block the next one. The file holds the holder's pid and start time:
/// content found by a run that gets the lock was left by a run that ended without releasing
/// it (killed, or its pid long gone), and `staleNote` says so.
public final class RunLock: Sendable {
    public let path: String
    /// Set when the lock file was left by a run that did not end cleanly.
    public let staleNote: String?
    private let descriptor: Int32
    /// Folders this lock created, removed again on release when still empty.
    private let created: [String]

    public init(folder: URL) throws(IntegrateError) {
        path = folder.appendingPathComponent("lock").path
        var missing: [String] = []
        var probe = folder.standardizedFileURL
        while !FileManager.default.fileExists(atPath: probe.path), probe.pathComponents.count > 1 {
            missing.append(probe.path)
            probe = probe.deletingLastPathComponent()
        }
        created = missing
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw IntegrateError(.output, "cannot create the state folder (read-only or permission denied)", path: folder.path)
        }
        var attempt = 0
        while true {
            attempt += 1
            let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw IntegrateError(.output, "cannot create lock file: \(String(cString: strerror(errno)))", path: path)
            }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let holder = Self.contents(fd)
                close(fd)
                let who = Holder(parsing: holder).map { "pid \($0.pid), started \($0.started)" } ?? "another process"
                throw IntegrateError(.output, "another integrate run (\(who)) is writing this project; nothing was read or written; try again when it ends", path: path)
            }
            // The path may have been unlinked by the previous holder between our open and flock:
            // then we hold a lock nobody else can see; start over on the current file.
            var opened = stat(), current = stat()
            if fstat(fd, &opened) != 0 || stat(path, &current) != 0 || opened.st_ino != current.st_ino || opened.st_dev != current.st_dev {
                close(fd)
                if attempt < 20 { continue }
                throw IntegrateError(.output, "cannot take the lock (it keeps changing)", path: path)
            }
            let previous = Self.contents(fd).trimmingCharacters(in: .whitespacesAndNewlines)
            staleNote = previous.isEmpty ? nil : Holder(parsing: previous).map {
                "broke a stale lock left by an interrupted run (pid \($0.pid), started \($0.started), no longer running)"
            } ?? "broke a stale lock left by an interrupted run"
            let mine = "\(getpid()) \(Holder.timestamp())\n"
            _ = ftruncate(fd, 0)
            _ = mine.withCString { pwrite(fd, $0, strlen($0), 0) }
            descriptor = fd
            return
        }
    }

    /// Removes the lock file and releases the lock (the file goes first, so a run waiting on
    /// this inode re-checks the path and starts over).
    public func release() {
        unlink(path)
        close(descriptor)
        for folder in created { rmdir(folder) }  // innermost first; fails harmlessly when not empty
    }

    private static func contents(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = pread(fd, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
    }

    /// `pid timestamp`, as written in the lock file.
    private struct Holder {
        var pid: Int32
        var started: String

        init?(parsing text: String) {
            let parts = text.split(separator: " ", maxSplits: 1)
            guard let first = parts.first, let pid = Int32(first.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
            self.pid = pid
            started = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespacesAndNewlines) : "at an unknown time"
        }

        static func timestamp() -> String {
            let formatter = ISO8601DateFormatter()
            return formatter.string(from: Date())
        }
    }
}

import Foundation

/// An exclusive lock file, so two runs never write the same folder at once. A lock left by a
/// process that no longer exists is taken over.
public final class RunLock: Sendable {
    public let path: String

    public init(folder: URL) throws {
        path = folder.appendingPathComponent("lock").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw IntegrateError(.output, "cannot create the state folder (read-only or permission denied)", path: folder.path)
        }
        for _ in 0..<2 {
            let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o644)
            if descriptor >= 0 {
                let pid = "\(getpid())\n"
                _ = pid.withCString { write(descriptor, $0, strlen($0)) }
                close(descriptor)
                return
            }
            guard errno == EEXIST else {
                throw IntegrateError(.output, "cannot create lock file: \(String(cString: strerror(errno)))", path: path)
            }
            let holder = (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if let holder, holder != getpid(), kill(holder, 0) == 0 {
                throw IntegrateError(.output, "another integrate run (pid \(holder)) is writing this folder; try again when it ends", path: path)
            }
            unlink(path)
        }
        throw IntegrateError(.output, "cannot take the lock", path: path)
    }

    public func release() {
        unlink(path)
    }
}

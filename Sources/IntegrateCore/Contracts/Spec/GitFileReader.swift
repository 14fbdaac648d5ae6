import Foundation

/// Reads one file as it was at a git revision (`git show REV:path`), for `git:REV:path` inputs.
public struct GitFileReader: Sendable {
    public var repository: String

    public init(repository: String) { self.repository = repository }

    public func read(revision: String, path: String) throws -> String {
        let spec = "\(revision):\(path.hasPrefix("./") ? String(path.dropFirst(2)) : path)"
        let output = try run(["-C", repository, "show", spec])
        guard output.status == 0 else {
            throw SpecLoadError(file: "git:\(spec)", message: "git cannot read it: \(output.error.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return output.text
    }

    /// Files tracked at a revision (for `--base REV`).
    public func listFiles(revision: String) throws -> [String] {
        let output = try run(["-C", repository, "ls-tree", "-r", "--name-only", revision])
        guard output.status == 0 else {
            throw SpecLoadError(file: repository, message: "git cannot list revision \(revision): \(output.error.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return output.text.split(separator: "\n").map(String.init)
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, text: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw SpecLoadError(file: repository, message: "cannot run git: \(error)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errorData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}

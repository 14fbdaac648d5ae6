import Foundation
import IntegrateCore
import IntegrateVerify

/// The record of a verify run that `--record` keeps in the project, for Phase 5 to read
/// (`VerificationRecord`, in IntegrateCore).
enum VerifyRecord {
    /// Writes the run's summary to `PROJECT/.integrate/verify.json` (atomically). `files` are the spec or
    /// pact files as given on the command line; each is hashed so a later run can tell it changed.
    static func write(_ report: VerifyReport, kind: VerificationKind, files: [String], providerURL: String?, project: String, date: Date = Date()) throws {
        let root = URL(fileURLWithPath: project)
        let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var sources: [VerificationSource] = []
        for file in files {
            guard !file.hasPrefix("git:") else {
                throw CommandExit.usage("--record needs spec files, not \(file): a later run compares the file's content with the recorded one")
            }
            guard let source = VerificationSource.hashing(file, workingDirectory: workingDirectory, root: root) else {
                throw CommandExit.usage("cannot read \(file) to record its content hash")
            }
            sources.append(source)
        }
        let record = report.record(kind: kind, sources: sources, providerHost: providerURL.flatMap(Self.host), date: date)
        do {
            try VerificationRecordFile.write(record, root: root)
        } catch {
            throw CommandExit.usage("cannot record the run in \(root.appendingPathComponent(VerificationRecord.relativePath).path): \(error.localizedDescription)")
        }
    }

    /// The spec file and every file its `$ref`s reached, so that a change in any of them makes the
    /// record stale.
    static func files(of document: OpenAPIDocument, spec: String) -> [String] {
        [spec] + document.resolver.documents.keys.filter { $0 != document.resolver.rootFile && $0 != spec }.sorted()
    }

    /// `host[:port]` of a URL: no scheme, credentials, path or query go in the record.
    static func host(_ url: String) -> String? {
        guard let parts = URLComponents(string: url), let host = parts.host, !host.isEmpty else { return nil }
        return host + (parts.port.map { ":\($0)" } ?? "")
    }
}

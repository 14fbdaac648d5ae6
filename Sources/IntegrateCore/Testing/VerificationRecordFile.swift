import Foundation

/// What a project's `.integrate/verify.json` holds: nothing, a record, or a file that cannot be read
/// (which is reported, never taken for a first run).
public enum VerificationRecordFile: Sendable, Hashable {
    case absent
    case unreadable(path: String, reason: String)
    case recorded(VerificationRecord)

    /// Reads `ROOT/.integrate/verify.json`.
    public static func load(root: URL) -> VerificationRecordFile {
        let url = root.appendingPathComponent(VerificationRecord.relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { return .absent }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            return .unreadable(path: VerificationRecord.relativePath, reason: error.localizedDescription)
        }
        return decode(data)
    }

    /// Decodes a record's bytes; a version this build does not know is unreadable, not guessed at.
    public static func decode(_ data: Data) -> VerificationRecordFile {
        struct Version: Decodable { var version: Int? }
        guard let version = try? JSONDecoder().decode(Version.self, from: data) else {
            return .unreadable(path: VerificationRecord.relativePath, reason: "not a JSON object")
        }
        guard version.version == VerificationRecord.currentVersion else {
            let found = version.version.map { "version \($0)" } ?? "no version"
            return .unreadable(path: VerificationRecord.relativePath,
                               reason: "\(found), this build reads version \(VerificationRecord.currentVersion); run `integrate verify ... --record` again")
        }
        do { return .recorded(try JSONDecoder().decode(VerificationRecord.self, from: data)) } catch let DecodingError.keyNotFound(key, _) {
            return .unreadable(path: VerificationRecord.relativePath, reason: "missing field `\(key.stringValue)`")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context), let DecodingError.dataCorrupted(context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return .unreadable(path: VerificationRecord.relativePath, reason: "field `\(field)`: \(context.debugDescription)")
        } catch {
            return .unreadable(path: VerificationRecord.relativePath, reason: "\(error)")
        }
    }

    /// Writes `record` to `ROOT/.integrate/verify.json` atomically, as stable JSON.
    public static func write(_ record: VerificationRecord, root: URL) throws {
        let url = root.appendingPathComponent(VerificationRecord.relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(try StableJSON.encoded(record).utf8).write(to: url, options: .atomic)
    }
}

extension VerificationSource {
    /// The source's path resolved against the project root.
    public func url(root: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
    }

    /// Whether the file still has the recorded content: `nil` when it does, else why not.
    public func change(root: URL) -> String? {
        guard let text = try? String(contentsOf: url(root: root), encoding: .utf8) else { return "`\(path)` no longer exists or cannot be read" }
        return ContentHash.of(text) == contentHash ? nil : "`\(path)` changed"
    }

    /// A source for `file` (given relative to `workingDirectory` or absolute), its path made relative
    /// to `root` when inside it; nil when the file cannot be read.
    public static func hashing(_ file: String, workingDirectory: URL, root: URL) -> VerificationSource? {
        let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : workingDirectory.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let absolute = url.standardizedFileURL.resolvingSymlinksInPath().path
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let path = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
        return VerificationSource(path: path, contentHash: ContentHash.of(text))
    }
}

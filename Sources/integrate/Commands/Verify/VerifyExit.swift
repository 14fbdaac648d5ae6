import ArgumentParser
import Foundation
import IntegrateCore
import IntegrateVerify

/// Exit code 2 and output helpers shared by the verify subcommands.
enum VerifyExit {
    static func badInput(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data((message.hasPrefix("error:") ? message : "error: \(message)").utf8 + [0x0A]))
        return ExitCode(2)
    }

    static func write(_ text: String, to output: String?) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
            throw badInput("cannot write \(output): \(error.localizedDescription)")
        }
    }

    /// Writes the report to `PROJECT/.integrate/verify.json` (atomically).
    static func record(_ report: VerifyReport, project: String) throws {
        let folder = URL(fileURLWithPath: project).appendingPathComponent(".integrate")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(StableJSON.encode(report).utf8).write(to: folder.appendingPathComponent("verify.json"), options: .atomic)
        } catch {
            throw badInput("cannot record the run in \(folder.path)/verify.json: \(error.localizedDescription)")
        }
    }
}

/// The project's components that call each operation of the verified API.
struct ConsumerLookup: Sendable {
    var callers: @Sendable (VerifyOperationID) -> [String]

    static let none = ConsumerLookup { _ in [] }

    /// Scans `project` once; an unreadable project gives no consumers and a note on standard error.
    static func scan(project: String, spec: String, document: OpenAPIDocument) -> ConsumerLookup {
        let root = URL(fileURLWithPath: project).standardizedFileURL
        let landscape: Landscape
        do { landscape = try ProjectScanner().scan(root: root).landscape } catch {
            FileHandle.standardError.write(Data("note: no consumers: the project at \(project) could not be scanned: \(error)\n".utf8))
            return .none
        }
        let specURL = URL(fileURLWithPath: spec).standardizedFileURL.path
        let relative = specURL.hasPrefix(root.path + "/") ? String(specURL.dropFirst(root.path.count + 1)) : nil
        let provider = ConsumerImpact.provider(specPath: relative, servers: document.servers, in: landscape)
        let calls = landscape.points.filter { $0.kind == .outboundHTTP && $0.path != nil && $0.scope == .production }
        return ConsumerLookup { operation in
            let found = ConsumerImpact.callers(method: operation.method, path: operation.pathTemplate, calls: calls, provider: provider, landscape: landscape)
            return Array(Set(found.compactMap(\.component))).sorted()
        }
    }
}

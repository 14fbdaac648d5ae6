import ArgumentParser
import Foundation
import IntegrateCore

/// Exit code 2 and output shared by the contracts and verify subcommands: 0 clean, 1 findings
/// (`--fail-on` reached), 2 a spec, pact or provider could not be used.
enum CommandExit {
    static func usage(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(2)
    }

    static func loadFailure(_ error: any Error) -> ExitCode {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        return ExitCode(2)
    }

    static func write(_ text: String, to output: String?) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
            throw usage("cannot write \(output): \(error.localizedDescription)")
        }
    }

    static func readFile(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw usage("cannot read \(path)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether any finding reaches the `--fail-on` threshold.
    static func triggered(_ levels: [ChangeLevel], failOn: ChangeLevel?) -> Bool {
        guard let failOn else { return false }
        return levels.contains { $0 >= failOn }
    }
}

import ArgumentParser
import IntegrateCore

/// `--fail-on error|warning|info` (also oasdiff's `err`/`warn`): checked by the argument parser,
/// so a wrong value exits 64 with the valid values, like every other option.
extension ChangeLevel: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
    public static var allValueStrings: [String] { ["error", "warning", "info"] }
}

/// `contracts lint --format`.
enum LintOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif
}

/// `contracts diff --format` (`md` is accepted for `markdown`).
enum DiffOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, sarif

    init?(argument: String) {
        self.init(rawValue: argument == "md" ? "markdown" : argument)
    }
}

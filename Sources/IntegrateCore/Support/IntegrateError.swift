/// A fatal error of a run: a one-line, location-first message and the exit code it maps to.
///
/// Recoverable problems are `Diagnostic`s instead; these stop the run before anything is written.
public struct IntegrateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Exit codes documented in the README.
    public enum Code: Int32, Sendable {
        /// Bad arguments or an input that is not what it must be (no such folder, a file).
        case usage = 2
        /// A framework or project file could not be read or parsed.
        case input = 3
        /// The output could not be written (read-only folder, another run holds the lock).
        case output = 4
    }

    public var code: Code
    public var message: String
    public var path: String?
    public var line: Int?

    public init(_ code: Code, _ message: String, path: String? = nil, line: Int? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.line = line
    }

    public var description: String {
        guard let path else { return "error: \(message)" }
        if let line { return "\(path):\(line): error: \(message)" }
        return "\(path): error: \(message)"
    }
}

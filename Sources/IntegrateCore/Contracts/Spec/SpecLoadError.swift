/// A spec that could not be read or parsed; `description` is compiler style (`file:line:col: error: ...`).
public struct SpecLoadError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int = 1, column: Int = 1, message: String) {
        self.file = file
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

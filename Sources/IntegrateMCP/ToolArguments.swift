import Foundation
import IntegrateCore
import MCP

/// The arguments of one tool call, read with the checks a command line would make; relative
/// paths are taken from the server's project folder (where Claude Code started it).
public struct ToolArguments: Sendable {
    public var values: [String: Value]
    public var root: URL

    public init(_ values: [String: Value]?, root: URL) {
        self.values = values ?? [:]
        self.root = root
    }

    public func string(_ name: String) throws(IntegrateError) -> String? {
        guard let value = values[name], value != .null else { return nil }
        guard let text = value.stringValue else { throw IntegrateError(.usage, "argument `\(name)` must be a string") }
        return text
    }

    public func bool(_ name: String, default fallback: Bool) throws(IntegrateError) -> Bool {
        guard let value = values[name], value != .null else { return fallback }
        guard let flag = value.boolValue else { throw IntegrateError(.usage, "argument `\(name)` must be true or false") }
        return flag
    }

    public func integers(_ name: String) throws(IntegrateError) -> [Int]? {
        guard let value = values[name], value != .null else { return nil }
        guard let list = value.arrayValue else { throw IntegrateError(.usage, "argument `\(name)` must be a list of numbers") }
        var numbers: [Int] = []
        for item in list {
            guard let number = item.intValue else { throw IntegrateError(.usage, "argument `\(name)` must be a list of numbers") }
            numbers.append(number)
        }
        return numbers
    }

    /// A whole number in `range` (`fallback` when absent); outside it is a usage error.
    public func bounded(_ name: String, default fallback: Int, within range: ClosedRange<Int>) throws(IntegrateError) -> Int {
        guard let value = values[name], value != .null else { return fallback }
        guard let number = value.intValue, range.contains(number) else {
            throw IntegrateError(.usage, "argument `\(name)` must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// Seconds above 0 and at most `limit` (`fallback` when absent); whole or fractional.
    public func seconds(_ name: String, default fallback: Double, atMost limit: Double) throws(IntegrateError) -> Double {
        guard let value = values[name], value != .null else { return fallback }
        guard let seconds = value.doubleValue ?? value.intValue.map(Double.init), seconds > 0, seconds <= limit else {
            throw IntegrateError(.usage, "argument `\(name)` must be a number of seconds above 0 and at most \(Int(limit))")
        }
        return seconds
    }

    /// `name` as a path: absolute as given, relative from the server's folder.
    public func path(_ name: String) throws(IntegrateError) -> String? {
        guard let text = try string(name) else { return nil }
        return resolve(text)
    }

    func resolve(_ text: String) -> String {
        text.hasPrefix("/") ? text : root.appendingPathComponent(text).standardizedFileURL.path
    }

    /// The project folder named by `path` (default: the server's folder); must exist and be a folder.
    public func project() throws(IntegrateError) -> URL {
        let given = try string("path") ?? "."
        let path = resolve(given)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw IntegrateError(.usage, "no such folder", path: given) }
        guard isDirectory.boolValue else { throw IntegrateError(.usage, "is a file; give the project's folder", path: given) }
        return URL(fileURLWithPath: path)
    }
}

import Foundation

/// Keeps the `integrations` entry of `.claude/PROJECT_CONFIG.yaml` current by editing only the
/// values of `status`, `started`, `completed` and `artifacts` (and the framework's name in
/// `completion.frameworks_completed` when that is a list). Comments, order and every other key
/// stay byte for byte. The file is never created.
public struct ProjectConfigUpdater: Sendable {
    public enum Status: String, Sendable { case pending, active, completed }

    public var status: Status
    public var today: String
    public var artifacts: [String]

    public init(status: Status, today: String, artifacts: [String]) {
        self.status = status
        self.today = today
        self.artifacts = artifacts
    }

    /// The updated text, or `nil` when the file has no `integrations` framework entry.
    public func update(_ text: String, path: String) throws -> String? {
        do throws(YAMLLoadError) {
            try YAMLLoader.validate(text, file: path)
        } catch {
            throw IntegrateError(.input, error.message, path: path, line: error.line)
        }
        var document = TextLines(text)
        var lines = document.lines.map(\.content)
        guard let nameLine = lines.firstIndex(where: { $0.firstMatch(of: #/^\s*(-\s+)?name:\s*["']?integrations["']?\s*(#.*)?$/#) != nil }),
              let nameColumn = lines[nameLine].range(of: "name:").map({ lines[nameLine].distance(from: lines[nameLine].startIndex, to: $0.lowerBound) })
        else { return nil }
        // The entry runs while lines are blank, comments, or indented at least to the key column.
        var end = nameLine + 1
        while end < lines.count {
            let line = lines[end]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let indent = line.prefix { $0 == " " }.count
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") && indent < nameColumn { break }
            if indent == nameColumn - 2 && trimmed.hasPrefix("- ") { break }
            end += 1
        }
        let keyIndent = String(repeating: " ", count: nameColumn)
        func keyLine(_ key: String) -> Int? {
            (nameLine..<end).first { index in
                index == nameLine ? false : lines[index].hasPrefix(keyIndent + key + ":")
            }
        }
        func setValue(_ key: String, _ value: String) {
            if let index = keyLine(key) {
                let line = lines[index]
                var comment = ""
                if let hash = line.range(of: " #") {
                    var start = hash.lowerBound
                    while start > line.startIndex, line[line.index(before: start)] == " " { start = line.index(before: start) }
                    comment = String(line[start...])
                }
                lines[index] = keyIndent + key + ": " + value + comment
            } else {
                lines.insert(keyIndent + key + ": " + value, at: end)
                end += 1
            }
        }
        func currentValue(_ key: String) -> String? {
            guard let index = keyLine(key) else { return nil }
            var value = String(lines[index].dropFirst(keyIndent.count + key.count + 1))
            if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
            value = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return ["", "null", "~"].contains(value) ? nil : value
        }
        setValue("status", status.rawValue)
        if currentValue("started") == nil { setValue("started", "\"\(today)\"") }
        if status == .completed {
            if currentValue("completed") == nil { setValue("completed", "\"\(today)\"") }
        } else if keyLine("completed") != nil, currentValue("completed") != nil {
            setValue("completed", "null")
        }
        if let index = keyLine("artifacts") {
            // Drop a block list under the key; the new value is written inline.
            var next = index + 1
            while next < end, lines[next].trimmingCharacters(in: .whitespaces).hasPrefix("- "),
                  lines[next].prefix(while: { $0 == " " }).count >= nameColumn {
                lines.remove(at: next)
                end -= 1
                next = index + 1
            }
        }
        setValue("artifacts", "[" + artifacts.map { "\"\($0)\"" }.joined(separator: ", ") + "]")
        lines = updateCompletedList(lines)
        // Same line count: keep every line's own terminator. Otherwise rebuild with the file's.
        if lines.count == document.lines.count {
            for index in lines.indices { document.lines[index].content = lines[index] }
            return document.text
        }
        let terminator = document.dominantTerminator
        let last = document.lines.last?.terminator ?? terminator
        return lines.enumerated().map { $0.element + ($0.offset == lines.count - 1 ? last : terminator) }.joined()
    }

    /// Adds or removes `integrations` in an inline `frameworks_completed: [..]` list.
    func updateCompletedList(_ lines: [String]) -> [String] {
        var lines = lines
        guard let index = lines.firstIndex(where: { $0.firstMatch(of: #/^\s*frameworks_completed:\s*\[.*\]/#) != nil }),
              let open = lines[index].firstIndex(of: "["), let close = lines[index].lastIndex(of: "]") else { return lines }
        let inside = lines[index][lines[index].index(after: open)..<close]
        var items = inside.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let present = items.contains { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) == "integrations" }
        if status == .completed && !present { items.append("\"integrations\"") }
        if status != .completed && present { items.removeAll { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) == "integrations" } }
        lines[index] = String(lines[index][..<open]) + "[" + items.joined(separator: ", ") + "]" + String(lines[index][lines[index].index(after: close)...])
        return lines
    }
}

/// Source languages the scanner understands, detected from file names.
public enum Language: String, Codable, Sendable, CaseIterable {
    case swift, python, javascript, typescript, go, java, kotlin, csharp, ruby, php

    /// The language of a file by its extension, or `nil` for non-source files.
    public static func detect(path: String) -> Language? {
        guard let dot = path.lastIndex(of: "."), dot != path.startIndex else { return nil }
        if let slash = path.lastIndex(of: "/"), slash > dot { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "swift": return .swift
        case "py", "pyi": return .python
        case "js", "mjs", "cjs", "jsx": return .javascript
        case "ts", "mts", "cts", "tsx": return .typescript
        case "go": return .go
        case "java": return .java
        case "kt", "kts": return .kotlin
        case "cs": return .csharp
        case "rb": return .ruby
        case "php": return .php
        default: return nil
        }
    }

    /// The marker that starts a line comment.
    public var lineComment: String {
        switch self {
        case .python, .ruby: "#"
        default: "//"
        }
    }
}

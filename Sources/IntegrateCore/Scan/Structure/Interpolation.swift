import Foundation

/// Compose-style variable interpolation: `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
/// `${VAR:?message}`, `$VAR`, and `$$` for a literal dollar.
struct Interpolation {
    /// Values from `.env`, looked up first.
    var environment: [String: String]
    /// Values from `.env.example`, used when `.env` has none.
    var defaults: [String: String]

    func apply(_ text: String) -> String {
        guard text.contains("$") else { return text }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "$" else { output.append(character); index = text.index(after: index); continue }
            let next = text.index(after: index)
            guard next < text.endIndex else { output.append("$"); break }
            if text[next] == "$" { output.append("$"); index = text.index(after: next); continue }
            if text[next] == "{", let close = text[next...].firstIndex(of: "}") {
                output += expand(String(text[text.index(after: next)..<close]))
                index = text.index(after: close)
                continue
            }
            var end = next
            while end < text.endIndex, text[end].isLetter || text[end].isNumber || text[end] == "_" { end = text.index(after: end) }
            if end == next { output.append("$"); index = next; continue }
            output += lookup(String(text[next..<end])) ?? ""
            index = end
        }
        return output
    }

    private func lookup(_ name: String) -> String? { environment[name] ?? defaults[name] }

    private func expand(_ body: String) -> String {
        let nameEnd = body.firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? body.endIndex
        let name = String(body[..<nameEnd])
        let value = lookup(name)
        let rest = body[nameEnd...]
        for operation in [":-", "-", ":+", "+", ":?", "?"] where rest.hasPrefix(operation) {
            let fallback = String(rest.dropFirst(operation.count))
            switch operation {
            case ":-": return (value?.isEmpty ?? true) ? apply(fallback) : value ?? ""
            case "-": return value ?? apply(fallback)
            case ":+": return (value?.isEmpty ?? true) ? "" : apply(fallback)
            case "+": return value == nil ? "" : apply(fallback)
            default: return value ?? ""
            }
        }
        return value ?? ""
    }
}

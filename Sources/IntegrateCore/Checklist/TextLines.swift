/// A text split into lines that keep their own terminators, so joining them gives back the
/// original bytes exactly (CRLF, a missing final newline, trailing spaces and all).
public struct TextLines: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public var content: String
        /// `"\n"`, `"\r\n"`, `"\r"` or `""` for a last line without one.
        public var terminator: String
    }

    public var lines: [Line]

    public init(_ text: String) {
        var lines: [Line] = []
        var current = ""
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if scalar == "\n" {
                lines.append(Line(content: current, terminator: "\n"))
                current = ""
            } else if scalar == "\r" {
                if let next = iterator.next() {
                    if next == "\n" {
                        lines.append(Line(content: current, terminator: "\r\n"))
                    } else {
                        lines.append(Line(content: current, terminator: "\r"))
                        pending = next
                    }
                } else {
                    lines.append(Line(content: current, terminator: "\r"))
                }
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(Line(content: current, terminator: "")) }
        self.lines = lines
    }

    /// The line terminator most of the text uses (`\n` for an empty text).
    public var dominantTerminator: String {
        let crlf = lines.filter { $0.terminator == "\r\n" }.count
        let lf = lines.filter { $0.terminator == "\n" }.count
        return crlf > lf ? "\r\n" : "\n"
    }

    public var text: String { lines.map { $0.content + $0.terminator }.joined() }
}

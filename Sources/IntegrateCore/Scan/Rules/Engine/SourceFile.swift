/// One file as the source pass reads it: its bytes, and what the passes derive from them (the
/// decoded text, its positions, the comment-blanked text, the test scope, the same-file
/// bindings), each computed at most once and only when a pass asks for it.
///
/// The rule engine, the route-mount reader and the setup rules all read the same file; before,
/// each decoded and blanked it again. Lives on one worker thread for one file (not `Sendable`).
final class SourceFile {
    let bytes: [UInt8]
    let path: String
    /// The comment syntax the blanked text uses; `nil` keeps comments (an unknown file type).
    let syntax: CommentBlanker.Syntax?

    /// - Parameter syntax: for a source file its language's (`CommentBlanker.Syntax.of`).
    init(bytes: [UInt8], path: String, syntax: CommentBlanker.Syntax?) {
        self.bytes = bytes
        self.path = path
        self.syntax = syntax
    }

    /// The text, invalid UTF-8 replaced (so the blanker sees valid UTF-8 and keeps offsets).
    private(set) lazy var text: String = String(decoding: bytes, as: UTF8.self)

    /// The text as UTF-16 units with line starts, for positions and snippets.
    private(set) lazy var source: SourceText = SourceText(units: Array(text.utf16))

    /// The text with comments blanked (see `CommentBlanker`); the text itself without a syntax.
    private(set) lazy var searched: String = syntax.map {
        String(decoding: CommentBlanker.blank(Array(text.utf8), syntax: $0), as: UTF8.self)
    } ?? text

    /// Whether the path is test code.
    private(set) lazy var scope: IntegrationPoint.Scope = TestScope.of(path: path)

    /// The names bound in the blanked text (read once for the points' targets and the exports).
    private(set) lazy var bindings: TargetBindings = TargetBindings(text: searched)
}

/// What installing the framework did to one file (or the slash command): the Framework stage's
/// output, which the run report shows.
public struct FrameworkFileAction: Sendable, Codable, Equatable {
    public enum Action: String, Sendable, Codable { case installed, updated, unchanged, kept, merged }
    public var file: String
    public var action: Action
    public var detail: String
}

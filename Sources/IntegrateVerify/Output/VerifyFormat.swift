/// The output formats of `integrate verify`.
public enum VerifyFormat: String, Sendable, CaseIterable {
    case text, json, junit, sarif
}

/// One difference between what a pact expects and what was observed, with the pact path
/// (`$.body.animals[0].name`, `$.header.Accept`) it was found at.
public struct PactMismatch: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

import Foundation

/// What the provider answered to a `VerifyRequest`.
public struct VerifyResponse: Sendable, Hashable {
    public var status: Int
    /// Response headers in the order received; names keep the provider's case.
    public var headers: [VerifyHeader]
    public var body: Data

    public init(status: Int, headers: [VerifyHeader] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The media type of the body without parameters, lower-cased (`application/json`), if any.
    public var mediaType: String? {
        header("Content-Type").map { $0.split(separator: ";", maxSplits: 1)[0].trimmingCharacters(in: .whitespaces).lowercased() }
    }
}

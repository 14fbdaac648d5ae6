/// Values that have a credential's shape but are plainly not one: the vendors' documented
/// examples and filler such as `xxxx…` or `0000…`.
enum SecretDummies {
    private static let words = ["EXAMPLE", "DUMMY", "FAKE", "SAMPLE", "PLACEHOLDER", "XXXXXX", "YOUR"]

    /// Whether `value` (a matched key) is an example or filler rather than a key.
    static func isDummy(_ value: String) -> Bool {
        let upper = value.uppercased()
        if words.contains(where: upper.contains) { return true }
        // A generated key has many distinct characters; `sk_live_000000000000000000000000` does not.
        let body = value.drop { $0 != "_" && $0 != "-" }.filter { $0.isLetter || $0.isNumber }
        let sample = body.isEmpty ? Substring(value) : Substring(body)
        return Set(sample).count < 8
    }
}

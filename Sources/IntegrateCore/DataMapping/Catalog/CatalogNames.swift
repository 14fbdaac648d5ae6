/// Name helpers shared by the catalog, the copy finder and the payload matcher.
enum CatalogNames {
    /// `contracts/inventory.proto` -> `inventory`; `a/order_created.schema.json` -> `order_created`.
    static func baseName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.split(separator: ".").first.map(String.init) ?? file
    }

    /// Lowercase letters and digits only: `order.created`, `OrderCreated`, `order_created` and
    /// `customer-id`/`customerId` compare equal.
    static func normalized(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") })
    }

    /// Suffixes a type in code adds to the name of the message it holds.
    static let typeSuffixes = ["event", "message", "payload", "dto", "body", "response", "request", "model", "data"]

    /// The normalized name with one such suffix removed (`OrderCreatedEvent` -> `ordercreated`).
    static func core(_ name: String) -> String {
        let plain = normalized(name)
        for suffix in typeSuffixes where plain.hasSuffix(suffix) && plain.count > suffix.count + 2 {
            return String(plain.dropLast(suffix.count))
        }
        return plain
    }
}

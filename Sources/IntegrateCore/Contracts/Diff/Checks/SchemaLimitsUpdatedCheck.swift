/// Numeric, length and item-count limits on the request side: tightening breaks clients.
struct SchemaLimitsUpdatedCheck: SchemaCheck {
    /// id stem and the limit's value in a schema.
    private static let limits: [(String, @Sendable (Schema) -> Double?)] = [
        ("max", { $0.maximum }), ("min", { $0.minimum }),
        ("exclusive-max", { $0.exclusiveMaximum }), ("exclusive-min", { $0.exclusiveMinimum }),
        ("max-length", { $0.maxLength }), ("min-length", { $0.minLength }),
        ("max-items", { $0.maxItems }), ("min-items", { $0.minItems }),
    ]

    func check(_ pair: SchemaPair, into sink: inout ChangeSink) {
        guard pair.site.isRequest else { return }
        for (stem, value) in Self.limits {
            let old = value(pair.base), new = value(pair.revision)
            switch (old, new) {
            case (let a?, let b?) where a != b:
                let increased = b > a
                pair.emit("\(stem)-\(increased ? "increased" : "decreased")", [Self.text(a), Self.text(b)], into: &sink)
            case (nil, let b?):
                pair.emit("\(stem)-set", ["", Self.text(b)], into: &sink)
            default: break
            }
        }
    }

    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

extension Schema {
    var maxLength: Double? { number("maxLength") }
    var minLength: Double? { number("minLength") }
    var maxItems: Double? { number("maxItems") }
    var minItems: Double? { number("minItems") }
}

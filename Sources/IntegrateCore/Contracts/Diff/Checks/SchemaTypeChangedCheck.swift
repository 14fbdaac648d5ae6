import Foundation

/// Type or format changes, classified as oasdiff does (changed, generalized, specialized,
/// compatible) and judged from the side that must accept the value.
struct SchemaTypeChangedCheck: SchemaCheck {
    func check(_ pair: SchemaPair, into sink: inout ChangeSink) {
        guard let change = TypeChange.classify(pair.base, pair.revision) else { return }
        let values = [TypeChange.describe(pair.base), TypeChange.describe(pair.revision)]
        guard let suffix = suffix(change, pair) else { return }
        let preferred = "\(pair.family)-\(suffix)"
        pair.emit(DiffRules.byId[preferred] != nil ? suffix : "type-changed", values, into: &sink)
    }

    private func suffix(_ change: TypeChange, _ pair: SchemaPair) -> String? {
        switch pair.site {
        case .responseHeader:
            switch change {
            case .generalized: return "type-generalized"
            case .specialized: return "type-specialized"
            case .compatible: return "type-compatible"
            case .changed: return "type-changed"
            }
        case .responseBody(_, let mediaType):
            // JSON is strongly typed: a client that parsed a string breaks on a number, boolean
            // or array (oasdiff's `check_types.go`); only a text body may read any value as a string.
            if change == .compatible { return Self.isJSON(mediaType) ? "type-changed" : nil }
            return change == .specialized ? nil : "type-changed"
        case .requestParameter:
            switch change {
            case .generalized: return "type-generalized"
            case .specialized, .compatible: return "type-specialized"
            case .changed: return "type-changed"
            }
        case .requestBody:
            switch change {
            case .generalized: return "type-generalized"
            case .specialized: return "type-specialized"
            case .compatible, .changed: return "type-changed"
            }
        }
    }

    /// `application/json` and the `+json` family (`application/problem+json`, vendor types).
    static func isJSON(_ mediaType: String) -> Bool {
        let essence = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return essence == "application/json" || essence.hasSuffix("+json")
    }
}

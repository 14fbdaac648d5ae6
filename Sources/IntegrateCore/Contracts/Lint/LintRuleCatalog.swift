/// Every lint rule, in documentation order.
public enum LintRuleCatalog {
    public static let all: [any LintRule] = [
        InfoVersionRule(), VersionedServerRule(), OperationIdUniqueRule(), OperationIdMissingRule(),
        ErrorResponsesRule(), ErrorResponseSchemaRule(), ErrorShapeConsistentRule(), ProblemDetailsRule(),
        SecuritySchemeDefinedRule(), SecurityAppliedRule(), CollectionPaginationRule(), ExampleValidRule(),
        DeprecatedSunsetRule(), RefResolvedRule(), UnusedComponentRule(), PathParameterDeclaredRule(),
    ]

    public static let byId: [String: any LintRule] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
}

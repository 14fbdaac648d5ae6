/// Every check the diff runs, by kind. Add a check here and its ids to `DiffRules`/`DiffMessages`.
public enum DiffCheckCatalog {
    public static let documentChecks: [any DocumentCheck] = [GlobalSecurityUpdatedCheck(), WebhookUpdatedCheck()]

    public static let operationChecks: [any OperationCheck] = [
        APIRemovedCheck(), APIAddedCheck(), APIDeprecationCheck(), APISunsetChangedCheck(),
        APIOperationIdUpdatedCheck(), APITagUpdatedCheck(), APISecurityUpdatedCheck(),
        RequestParameterAddedCheck(), RequestParameterRemovedCheck(), RequestParameterRequiredCheck(),
        RequestBodyUpdatedCheck(), ResponseStatusUpdatedCheck(), ResponseMediaTypeUpdatedCheck(),
        ResponseHeaderUpdatedCheck(),
    ]

    public static let schemaChecks: [any SchemaCheck] = [
        SchemaTypeChangedCheck(), SchemaEnumUpdatedCheck(), SchemaNullableUpdatedCheck(),
        SchemaPatternUpdatedCheck(), SchemaLimitsUpdatedCheck(), SchemaDefaultUpdatedCheck(),
        SchemaCompositionUpdatedCheck(), RequestPropertyUpdatedCheck(), ResponsePropertyUpdatedCheck(),
    ]
}

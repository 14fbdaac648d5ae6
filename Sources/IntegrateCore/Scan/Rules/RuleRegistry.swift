/// Every built-in rule, in the order the docs list them. A rule file that is not listed here
/// does not run; the registry test fails on duplicate ids and rules without examples.
public enum RuleRegistry {
    public static let builtIn: [Rule] =
        SwiftRouteRules.all + JavaScriptRouteRules.all + PythonRouteRules.all + JVMRouteRules.all
        + DotNetRouteRules.all + GoRouteRules.all + RubyPHPKotlinRouteRules.all
        + SwiftHTTPClientRules.all + PythonHTTPClientRules.all + JavaScriptHTTPClientRules.all + GoHTTPClientRules.all
        + JVMHTTPClientRules.all + DotNetHTTPClientRules.all + RubyPHPHTTPClientRules.all + DiscoveryClientRules.all
        + IdentityProviderRules.all
        + GRPCServerRules.all + GRPCClientRules.all + GraphQLRules.all
        + KafkaRules.all + RabbitMQRules.all + SQSRules.all + NATSRules.all + PubSubRules.all + CeleryRules.all + RedisQueueRules.all
        + EventBusRules.all
        + SQLDatabaseRules.all + DocumentStoreRules.all + CacheRules.all + CloudStorageRules.all + ConnectionStringRules.all
        + SaaSRules.all + NamedConnectionRules.all + CloudSDKRules.all + AWSRequestRules.all + ObjectStorageRules.all
}

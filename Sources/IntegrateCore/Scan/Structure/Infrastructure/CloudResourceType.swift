/// What an infrastructure-as-code resource type is in the landscape: a cloud function (a
/// component), a store, broker, API or identity resource (a node of its own), or nothing we draw
/// (roles, log groups, networking).
struct CloudResourceType: Sendable, Hashable {
    enum Role: Sendable, Hashable { case function, resource }

    var role: Role
    /// System name used in resource ids and edge protocols (`dynamodb`, `aws.sqs`).
    var system: String
    var kind: Resource.Kind
    /// Properties that hold the physical name, when the template sets one.
    var nameProperties: [String]

    /// The edge protocol for a link to this resource.
    var `protocol`: String {
        switch system {
        case "aws.apigateway", "aws.lambda.url", "aws.elb", "gcp.apigateway", "azure.apim": "http"
        case "aws.appsync": "graphql"
        default: system
        }
    }

    /// Whether messages reach or leave it asynchronously (queues, topics, buses, streams, buckets' events).
    var isAsync: Bool { kind == .broker }

    private static func resource(_ system: String, _ kind: Resource.Kind, _ names: [String] = []) -> Self {
        Self(role: .resource, system: system, kind: kind, nameProperties: names)
    }

    private static let function = Self(role: .function, system: "aws.lambda", kind: .externalAPI, nameProperties: ["FunctionName"])

    /// CloudFormation and SAM types (`AWS::DynamoDB::Table`).
    static let cloudFormation: [String: Self] = [
        "AWS::Serverless::Function": function,
        "AWS::Lambda::Function": function,
        "AWS::DynamoDB::Table": resource("dynamodb", .database, ["TableName"]),
        "AWS::DynamoDB::GlobalTable": resource("dynamodb", .database, ["TableName"]),
        "AWS::Serverless::SimpleTable": resource("dynamodb", .database, ["TableName"]),
        "AWS::S3::Bucket": resource("aws.s3", .objectStorage, ["BucketName"]),
        "AWS::SQS::Queue": resource("aws.sqs", .broker, ["QueueName"]),
        "AWS::SNS::Topic": resource("aws.sns", .broker, ["TopicName"]),
        "AWS::Events::EventBus": resource("aws.eventbridge", .broker, ["Name"]),
        "AWS::Kinesis::Stream": resource("aws.kinesis", .broker, ["Name"]),
        "AWS::Serverless::Api": resource("aws.apigateway", .externalAPI, ["Name"]),
        "AWS::Serverless::HttpApi": resource("aws.apigateway", .externalAPI, ["Name"]),
        "AWS::ApiGateway::RestApi": resource("aws.apigateway", .externalAPI, ["Name"]),
        "AWS::ApiGatewayV2::Api": resource("aws.apigateway", .externalAPI, ["Name"]),
        "AWS::AppSync::GraphQLApi": resource("aws.appsync", .externalAPI, ["Name"]),
        "AWS::Cognito::UserPool": resource("aws.cognito", .saas, ["UserPoolName"]),
        "AWS::SecretsManager::Secret": resource("aws.secretsmanager", .saas, ["Name"]),
        "AWS::RDS::DBInstance": resource("postgresql", .database, ["DBInstanceIdentifier"]),
        "AWS::RDS::DBCluster": resource("postgresql", .database, ["DBClusterIdentifier"]),
        "AWS::ElastiCache::CacheCluster": resource("redis", .cache, ["ClusterName"]),
        "AWS::ElastiCache::ReplicationGroup": resource("redis", .cache, ["ReplicationGroupId"]),
        "AWS::StepFunctions::StateMachine": resource("aws.stepfunctions", .externalAPI, ["StateMachineName"]),
        "AWS::Serverless::StateMachine": resource("aws.stepfunctions", .externalAPI, ["Name"]),
        "AWS::ElasticLoadBalancingV2::LoadBalancer": resource("aws.elb", .externalAPI, ["Name"]),
    ]

    /// Terraform types of the AWS, Google and Azure providers (`aws_dynamodb_table`).
    static let terraform: [String: Self] = [
        "aws_lambda_function": function,
        "google_cloudfunctions_function": Self(role: .function, system: "gcp.functions", kind: .externalAPI, nameProperties: ["name"]),
        "google_cloudfunctions2_function": Self(role: .function, system: "gcp.functions", kind: .externalAPI, nameProperties: ["name"]),
        "google_cloud_run_service": Self(role: .function, system: "gcp.run", kind: .externalAPI, nameProperties: ["name"]),
        "azurerm_function_app": Self(role: .function, system: "azure.functions", kind: .externalAPI, nameProperties: ["name"]),
        "azurerm_linux_function_app": Self(role: .function, system: "azure.functions", kind: .externalAPI, nameProperties: ["name"]),
        "aws_dynamodb_table": resource("dynamodb", .database, ["name"]),
        "aws_s3_bucket": resource("aws.s3", .objectStorage, ["bucket"]),
        "aws_sqs_queue": resource("aws.sqs", .broker, ["name"]),
        "aws_sns_topic": resource("aws.sns", .broker, ["name"]),
        "aws_cloudwatch_event_bus": resource("aws.eventbridge", .broker, ["name"]),
        "aws_kinesis_stream": resource("aws.kinesis", .broker, ["name"]),
        "aws_api_gateway_rest_api": resource("aws.apigateway", .externalAPI, ["name"]),
        "aws_apigatewayv2_api": resource("aws.apigateway", .externalAPI, ["name"]),
        "aws_secretsmanager_secret": resource("aws.secretsmanager", .saas, ["name"]),
        "aws_db_instance": resource("postgresql", .database, ["identifier"]),
        "aws_rds_cluster": resource("postgresql", .database, ["cluster_identifier"]),
        "aws_elasticache_cluster": resource("redis", .cache, ["cluster_id"]),
        "google_storage_bucket": resource("gcp.storage", .objectStorage, ["name"]),
        "google_pubsub_topic": resource("gcp.pubsub", .broker, ["name"]),
        "google_firestore_database": resource("gcp.firestore", .database, ["name"]),
        "google_sql_database_instance": resource("postgresql", .database, ["name"]),
        "azurerm_storage_account": resource("azure.storage", .objectStorage, ["name"]),
        "azurerm_servicebus_queue": resource("azure.servicebus", .broker, ["name"]),
        "azurerm_servicebus_topic": resource("azure.servicebus", .broker, ["name"]),
        "azurerm_cosmosdb_account": resource("azure.cosmosdb", .database, ["name"]),
    ]

    /// A database engine named by an RDS `Engine` / Terraform `engine` value.
    static func databaseSystem(engine: String) -> String {
        let engine = engine.lowercased()
        if engine.contains("mysql") || engine.contains("mariadb") { return "mysql" }
        if engine.contains("sqlserver") { return "mssql" }
        if engine.contains("oracle") { return "oracle" }
        return "postgresql"
    }
}

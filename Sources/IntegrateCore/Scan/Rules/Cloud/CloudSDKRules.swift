/// Cloud SDK calls on a named resource: an AWS function invoke, a DynamoDB table, an S3 bucket,
/// an SNS topic, an EventBridge bus, a secret (boto3, AWS SDK for JavaScript v3, Soto and
/// aws-sdk-swift). The resource's name, usually an env variable an infrastructure template sets,
/// is the target, so each call is an edge to its own resource; an SDK client with no resource
/// named (`s3.listBuckets()`) is an edge to the service itself.
enum CloudSDKRules {
    static let all = [
        pythonTable, pythonBucket, pythonInvoke, pythonEvents, pythonTopic, pythonSecret,
        jsInvoke, jsEvents, jsTopic, jsTable,
    ] + sotoClients + swiftSDKClients

    private static let argument = RulePatterns.argument

    private static func call(
        _ id: String, _ summary: String, kind: Rule.Kind, technology: String, _ languages: [Language], _ keywords: [String],
        _ pattern: String, _ triggering: String, _ nonTriggering: String
    ) -> Rule {
        let publish = kind == .publish
        return Rule(id: id, summary: summary, kind: kind, technology: technology, protocol: technology, mode: publish ? .async : .sync,
                    direction: publish ? .send : .call, languages: languages, keywords: keywords, pattern: pattern,
                    triggering: [triggering], nonTriggering: [nonTriggering])
    }

    static let pythonTable = call(
        "python.aws.dynamodb-table", "A boto3 DynamoDB `Table` by name.", kind: .database, technology: "dynamodb", [.python], ["dynamodb"],
        #"\.Table\(\s*(?<target>"# + argument + ")",
        "table = boto3.resource(\"dynamodb\")↓.Table(os.environ[\"TABLE_NAME\"])", "dynamodb = boto3.resource(\"dynamodb\")")

    static let pythonBucket = call(
        "python.aws.s3-object", "A boto3 S3 object call on a named bucket.", kind: .database, technology: "aws.s3", [.python], ["Bucket="],
        #"\.(?:put_object|get_object|head_object|delete_object|upload_file|upload_fileobj|download_file|list_objects_v2|generate_presigned_url)\(\s*(?:[^()]*?\bBucket\s*=\s*)(?<target>"# + argument + ")",
        "s3↓.put_object(Bucket=os.environ[\"BUCKET\"], Key=key, Body=data)", "s3 = boto3.client(\"s3\")")

    static let pythonInvoke = call(
        "python.aws.lambda-invoke", "A boto3 Lambda invoke of a function by name.", kind: .outboundHTTP, technology: "aws.lambda", [.python],
        ["FunctionName"], #"\.invoke(?:_async)?\(\s*FunctionName\s*=\s*(?<target>"# + argument + ")",
        "lambda_client↓.invoke(FunctionName=os.environ[\"WORKER\"], Payload=body)", "lambda_client = boto3.client(\"lambda\")")

    static let pythonEvents = call(
        "python.aws.eventbridge-put", "A boto3 EventBridge `put_events`.", kind: .publish, technology: "aws.eventbridge", [.python], ["put_events"],
        #"\.put_events\("#, "events↓.put_events(Entries=entries)", "events = boto3.client(\"events\")")

    static let pythonTopic = call(
        "python.aws.sns-publish", "A boto3 SNS publish to a topic.", kind: .publish, technology: "aws.sns", [.python], ["TopicArn"],
        #"\.publish\(\s*(?:[^()]*?\bTopicArn\s*=\s*)(?<target>"# + argument + ")",
        "sns↓.publish(TopicArn=TOPIC_ARN, Message=body)", "sns = boto3.client(\"sns\")")

    static let pythonSecret = call(
        "python.aws.secret", "A boto3 Secrets Manager read of a named secret.", kind: .saas, technology: "aws.secretsmanager", [.python],
        ["get_secret_value"], #"\.get_secret_value\(\s*SecretId\s*=\s*(?<target>"# + argument + ")",
        "secrets↓.get_secret_value(SecretId=os.environ[\"DB_SECRET\"])", "secrets = boto3.client(\"secretsmanager\")")

    static let jsInvoke = call(
        "js.aws.lambda-invoke", "An AWS SDK v3 `InvokeCommand` of a function by name.", kind: .outboundHTTP, technology: "aws.lambda",
        [.javascript, .typescript], ["InvokeCommand"], #"\bnew\s+InvokeCommand\(\s*\{[^}]*?FunctionName:\s*(?<target>"# + argument + ")",
        "await client.send(↓new InvokeCommand({ FunctionName: process.env.WORKER, Payload: body }))",
        "import { InvokeCommand } from '@aws-sdk/client-lambda'")

    static let jsEvents = call(
        "js.aws.eventbridge-put", "An AWS SDK v3 `PutEventsCommand`.", kind: .publish, technology: "aws.eventbridge", [.javascript, .typescript],
        ["PutEventsCommand"], #"\bnew\s+PutEventsCommand\("#,
        "await events.send(↓new PutEventsCommand({ Entries: entries }))", "import { PutEventsCommand } from '@aws-sdk/client-eventbridge'")

    static let jsTopic = call(
        "js.aws.sns-publish", "An AWS SDK v3 SNS `PublishCommand` to a topic.", kind: .publish, technology: "aws.sns", [.javascript, .typescript],
        ["PublishCommand"], #"\bnew\s+PublishCommand\(\s*\{[^}]*?TopicArn:\s*(?<target>"# + argument + ")",
        "await sns.send(↓new PublishCommand({ TopicArn: process.env.TOPIC_ARN, Message: body }))",
        "import { PublishCommand } from '@aws-sdk/client-sns'")

    static let jsTable = call(
        "js.aws.dynamodb-table", "An AWS SDK DynamoDB command or DocumentClient call on a named table.", kind: .database, technology: "dynamodb",
        [.javascript, .typescript], ["TableName"], #"\b(?:new\s+(?:Get|Put|Update|Delete|Query|Scan)(?:Item)?Command\(|\.(?:get|put|update|delete|query|scan)\()\s*\{[^}]*?TableName:\s*(?<target>"# + argument + ")",
        "await ddb.send(↓new PutItemCommand({ TableName: process.env.TABLE_NAME, Item: item }))", "const ddb = new DynamoDBClient({})")

    /// Service names as the Swift SDKs spell them, with the technology of each.
    static let swiftServices: [(name: String, technology: String, kind: Rule.Kind)] = [
        ("S3", "aws.s3", .database), ("DynamoDB", "dynamodb", .database), ("SQS", "aws.sqs", .broker), ("SNS", "aws.sns", .broker),
        ("Lambda", "aws.lambda", .outboundHTTP), ("SecretsManager", "aws.secretsmanager", .saas), ("EventBridge", "aws.eventbridge", .broker),
    ]

    /// Soto: `S3(client: client, region: …)`.
    static let sotoClients = swiftServices.map { service in
        call("swift.aws.soto.\(service.name.lowercased())", "A Soto \(service.name) client.", kind: service.kind, technology: service.technology,
             [.swift], ["\(service.name)(client:"], #"\b"# + service.name + #"\(\s*client:"#,
             "let service = ↓\(service.name)(client: client, region: .useast1)", "let client = AWSClient()")
    }

    /// aws-sdk-swift: `S3Client()`, `S3Client(config:)`, `S3Client(region:)`.
    static let swiftSDKClients = swiftServices.map { service in
        call("swift.aws.sdk.\(service.name.lowercased())", "An aws-sdk-swift \(service.name) client.", kind: service.kind,
             technology: service.technology, [.swift], ["\(service.name)Client("],
             #"\b"# + service.name + #"Client\((?:\s*\)|\s*config:|\s*region:)"#,
             "let client = try await ↓\(service.name)Client()", "let config = try await \(service.name)Client.\(service.name)ClientConfiguration()")
    }
}

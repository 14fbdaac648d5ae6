/// AWS SDK calls on a named resource in the typed-request SDKs: Java v2 request builders
/// (`PutItemRequest.builder().tableName(t)`), Go v2 input structs (`&dynamodb.PutItemInput{TableName:
/// aws.String(t)}`) and .NET request initializers (`new PutItemRequest { TableName = t }`). Each SDK
/// spells the resource's field the same way for every operation of a service, so one rule per
/// service and language names the resource whatever the operation; the name, usually an env
/// variable an infrastructure template sets, is the target.
enum AWSRequestRules {
    /// One AWS service as the three SDKs spell its resource field and package.
    struct Service: Sendable {
        /// Short name in rule ids (`dynamodb`).
        let id: String
        let summaryName: String
        let technology: String
        let kind: Rule.Kind
        /// Java v2 builder setter (`tableName`) and package (`software.amazon.awssdk.services.dynamodb`).
        let javaField: String
        let javaPackage: String
        /// Go v2 struct field (`TableName`) and package name (`dynamodb`).
        let goField: String
        let goPackage: String
        /// .NET initializer property (`TableName`) and namespace (`Amazon.DynamoDBv2`).
        let dotnetField: String
        let dotnetNamespace: String
        /// An operation used in the examples (`PutItem`).
        let operation: String
    }

    static let services: [Service] = [
        Service(id: "dynamodb", summaryName: "DynamoDB table", technology: "dynamodb", kind: .database,
                javaField: "tableName", javaPackage: "software.amazon.awssdk.services.dynamodb",
                goField: "TableName", goPackage: "dynamodb", dotnetField: "TableName", dotnetNamespace: "Amazon.DynamoDBv2",
                operation: "PutItem"),
        Service(id: "s3", summaryName: "S3 bucket", technology: "aws.s3", kind: .database,
                javaField: "bucket", javaPackage: "software.amazon.awssdk.services.s3",
                goField: "Bucket", goPackage: "s3", dotnetField: "BucketName", dotnetNamespace: "Amazon.S3",
                operation: "PutObject"),
        Service(id: "sns", summaryName: "SNS topic", technology: "aws.sns", kind: .publish,
                javaField: "topicArn", javaPackage: "software.amazon.awssdk.services.sns",
                goField: "TopicArn", goPackage: "sns", dotnetField: "TopicArn", dotnetNamespace: "Amazon.SimpleNotificationService",
                operation: "Publish"),
        Service(id: "lambda", summaryName: "Lambda function", technology: "aws.lambda", kind: .outboundHTTP,
                javaField: "functionName", javaPackage: "software.amazon.awssdk.services.lambda",
                goField: "FunctionName", goPackage: "lambda", dotnetField: "FunctionName", dotnetNamespace: "Amazon.Lambda",
                operation: "Invoke"),
        Service(id: "secretsmanager", summaryName: "Secrets Manager secret", technology: "aws.secretsmanager", kind: .saas,
                javaField: "secretId", javaPackage: "software.amazon.awssdk.services.secretsmanager",
                goField: "SecretId", goPackage: "secretsmanager", dotnetField: "SecretId", dotnetNamespace: "Amazon.SecretsManager",
                operation: "GetSecretValue"),
    ]

    static let all = services.flatMap { [java($0), go($0), dotnet($0)] }

    private static let argument = RulePatterns.argument

    private static func rule(
        _ service: Service, _ id: String, _ summary: String, _ languages: [Language], _ keywords: [String], _ pattern: String,
        _ triggering: String, _ nonTriggering: String
    ) -> Rule {
        let publish = service.kind == .publish
        return Rule(id: id, summary: summary, kind: service.kind, technology: service.technology, protocol: service.technology,
                    mode: publish ? .async : .sync, direction: publish ? .send : .call, languages: languages, keywords: keywords,
                    pattern: pattern, triggering: [triggering], nonTriggering: [nonTriggering])
    }

    /// `XxxRequest.builder()….tableName(t)`, the chain possibly over a few lines.
    static func java(_ service: Service) -> Rule {
        rule(service, "java.aws.\(service.id)", "An AWS SDK for Java v2 request on a named \(service.summaryName).", [.java, .kotlin],
             [service.javaPackage],
             #"\b\w+Request\.builder\(\)[^;]{0,300}?\."# + service.javaField + #"\(\s*(?<target>"# + argument + ")",
             "import \(service.javaPackage).model.*;\nvar request = ↓\(service.operation)Request.builder()\n    .\(service.javaField)(System.getenv(\"NAME\"))\n    .build();",
             "import \(service.javaPackage).model.*;\nvar request = \(service.operation)Request.builder().build();")
    }

    /// `&dynamodb.PutItemInput{ TableName: aws.String(t) }`.
    static func go(_ service: Service) -> Rule {
        rule(service, "go.aws.\(service.id)", "An AWS SDK for Go v2 input on a named \(service.summaryName).", [.go],
             ["github.com/aws/aws-sdk-go-v2/service/\(service.goPackage)"],
             #"\b"# + service.goPackage + #"\.\w+Input\s*\{[^}]*?\b"# + service.goField + #":\s*(?:aws\.String\(\s*)?(?<target>"# + argument + ")",
             "import \"github.com/aws/aws-sdk-go-v2/service/\(service.goPackage)\"\nout, err := client.\(service.operation)(ctx, &↓\(service.goPackage).\(service.operation)Input{\n\t\(service.goField): aws.String(os.Getenv(\"NAME\")),\n})",
             "import \"github.com/aws/aws-sdk-go-v2/service/\(service.goPackage)\"\nclient := \(service.goPackage).NewFromConfig(cfg)")
    }

    /// `new PutItemRequest { TableName = t }`.
    static func dotnet(_ service: Service) -> Rule {
        rule(service, "csharp.aws.\(service.id)", "An AWS SDK for .NET request on a named \(service.summaryName).", [.csharp],
             [service.dotnetNamespace],
             #"\bnew\s+\w+Request\s*(?:\(\s*\))?\s*\{[^}]*?\b"# + service.dotnetField + #"\s*=\s*(?<target>"# + argument + ")",
             "using \(service.dotnetNamespace).Model;\nvar request = ↓new \(service.operation)Request\n{\n    \(service.dotnetField) = Environment.GetEnvironmentVariable(\"NAME\"),\n};",
             "using \(service.dotnetNamespace).Model;\nvar request = new \(service.operation)Request();")
    }
}

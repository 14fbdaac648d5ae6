import Foundation
import Testing
@testable import IntegrateCore

/// AWS SDK typed requests (Java v2 builders, Go v2 inputs, .NET initializers) name their
/// resource: one SAM stack with two tables, a bucket, a topic and a secret, and one function per
/// language, each reading the resource name from the env var the template sets.
@Suite("Scan rules: AWS typed requests name their resource")
struct ScanAWSRequestRuleTests {
    static let template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
          Audit:
            Type: AWS::DynamoDB::Table
          Uploads:
            Type: AWS::S3::Bucket
          Shipped:
            Type: AWS::SNS::Topic
          ApiKey:
            Type: AWS::SecretsManager::Secret
          GoFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: go-fn/
              Environment:
                Variables:
                  ORDERS_TABLE: !Ref Orders
                  UPLOADS_BUCKET: !Ref Uploads
          JavaFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: java-fn/
              Environment:
                Variables:
                  AUDIT_TABLE: !Ref Audit
                  SHIPPED_TOPIC: !Ref Shipped
          DotnetFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: dotnet-fn/
              Environment:
                Variables:
                  ORDERS_TABLE: !Ref Orders
                  API_KEY_SECRET: !Ref ApiKey
        """

    static let files: [String: String] = [
        "template.yaml": template,
        "go-fn/go.mod": "module example.com/gofn\n\nrequire github.com/aws/aws-sdk-go-v2 v1.30.0\n",
        "go-fn/main.go": """
            package main

            import (
            \t"github.com/aws/aws-sdk-go-v2/aws"
            \t"github.com/aws/aws-sdk-go-v2/service/dynamodb"
            \t"github.com/aws/aws-sdk-go-v2/service/s3"
            )

            func handle(ctx context.Context, db *dynamodb.Client, store *s3.Client) error {
            \t_, err := db.PutItem(ctx, &dynamodb.PutItemInput{
            \t\tTableName: aws.String(os.Getenv("ORDERS_TABLE")),
            \t\tItem:      item,
            \t})
            \t_, err = store.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(os.Getenv("UPLOADS_BUCKET")), Key: aws.String(key)})
            \treturn err
            }
            """,
        "java-fn/pom.xml": "<project><artifactId>java-fn</artifactId></project>\n",
        "java-fn/src/main/java/fn/Handler.java": """
            package fn;

            import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
            import software.amazon.awssdk.services.sns.model.PublishRequest;

            public class Handler {
                void handle() {
                    dynamo.putItem(PutItemRequest.builder()
                        .tableName(System.getenv("AUDIT_TABLE"))
                        .item(item)
                        .build());
                    sns.publish(PublishRequest.builder().topicArn(System.getenv("SHIPPED_TOPIC")).message(body).build());
                }
            }
            """,
        "dotnet-fn/Fn.csproj": "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>\n",
        "dotnet-fn/Function.cs": """
            using Amazon.DynamoDBv2.Model;
            using Amazon.SecretsManager.Model;

            public class Function {
                public async Task Handle() {
                    await db.PutItemAsync(new PutItemRequest
                    {
                        TableName = Environment.GetEnvironmentVariable("ORDERS_TABLE"),
                        Item = item,
                    });
                    var key = await secrets.GetSecretValueAsync(new GetSecretValueRequest { SecretId = Environment.GetEnvironmentVariable("API_KEY_SECRET") });
                }
            }
            """,
    ]

    static func component(_ landscape: Landscape, _ path: String) throws -> String {
        try #require(landscape.components.first { $0.path == path }).id
    }

    static func targets(_ landscape: Landscape, from: String) -> Set<String> {
        Set(landscape.edges.filter { $0.from == from }.map(\.to))
    }

    @Test("Go v2 inputs reach the named table and bucket, not the other table")
    func goInputs() throws {
        let landscape = try scannedLandscape(Self.files)
        let targets = Self.targets(landscape, from: try Self.component(landscape, "go-fn"))
        #expect(targets.contains("dynamodb:Orders"))
        #expect(targets.contains("aws.s3:Uploads"))
        #expect(!targets.contains("dynamodb:Audit"))
    }

    @Test("Java v2 builders reach the named table and topic, over a multi-line chain")
    func javaBuilders() throws {
        let landscape = try scannedLandscape(Self.files)
        let targets = Self.targets(landscape, from: try Self.component(landscape, "java-fn"))
        #expect(targets.contains("dynamodb:Audit"))
        #expect(targets.contains("aws.sns:Shipped"))
        #expect(!targets.contains("dynamodb:Orders"))
    }

    @Test(".NET initializers reach the named table and secret")
    func dotnetInitializers() throws {
        let landscape = try scannedLandscape(Self.files)
        let targets = Self.targets(landscape, from: try Self.component(landscape, "dotnet-fn"))
        #expect(targets.contains("dynamodb:Orders"))
        #expect(targets.contains("aws.secretsmanager:ApiKey"))
        #expect(!targets.contains("dynamodb:Audit"))
    }

    @Test("a request of another namespace, or with no resource set, names nothing")
    func negatives() throws {
        let scanner = SourceScanner(rules: AWSRequestRules.all)
        let unrelated = "using System.Net.Http;\nvar request = new PutItemRequest { TableName = \"orders\" };"
        #expect(scanner.scan(text: unrelated, path: "x/Other.cs", language: .csharp).isEmpty)
        let unnamed = "import \"github.com/aws/aws-sdk-go-v2/service/s3\"\nout, _ := c.ListBuckets(ctx, &s3.ListBucketsInput{})"
        #expect(scanner.scan(text: unnamed, path: "x/main.go", language: .go).isEmpty)
    }
}

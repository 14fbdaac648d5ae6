/// AWS data services: DynamoDB tables and S3 buckets.
enum CloudStorageRules {
    static let all = [dynamoDB, s3]

    static let dynamoDB = StoreRule.make(
        "aws.db.dynamodb", "A DynamoDB client (boto3, AWS SDKs for JS, Go, Java, .NET).", technology: "dynamodb",
        [.python, .javascript, .typescript, .go, .java, .kotlin, .csharp], ["dynamodb", "DynamoDB", "DynamoDb"],
        #"\bboto3\.(?:client|resource)\(\s*['"]dynamodb['"]|\bnew\s+(?:DynamoDBClient|AmazonDynamoDBClient)\(|\bdynamodb\.NewFromConfig\(|\bDynamoDb(?:Async)?Client\.(?:builder|create)\("#,
        ["table = ↓boto3.resource(\"dynamodb\").Table(TABLE)"], ["import boto3\ns3 = boto3.client(\"s3\")"])

    static let s3 = StoreRule.make(
        "aws.storage.s3", "An S3 client (boto3, AWS SDKs for JS, Go, Java, .NET).", technology: "aws.s3",
        [.python, .javascript, .typescript, .go, .java, .kotlin, .csharp], ["boto3", "S3Client", "s3.NewFromConfig", "AmazonS3", "S3AsyncClient"],
        #"\bboto3\.(?:client|resource)\(\s*['"]s3['"]|\bnew\s+(?:S3Client|AmazonS3Client)\(|\bs3\.NewFromConfig\(|\bS3(?:Async)?Client\.(?:builder|create)\("#,
        ["s3 = ↓boto3.client(\"s3\")"], ["table = boto3.resource(\"dynamodb\")"])
}

/// Cloud services an SDK call can name without naming one of their resources
/// (`s3.listBuckets()`): the landscape draws the call to the service itself.
enum CloudService {
    private static let kinds: [String: Resource.Kind] = [
        "aws.s3": .objectStorage, "dynamodb": .database, "aws.sqs": .broker, "aws.sns": .broker, "aws.eventbridge": .broker,
        "aws.lambda": .externalAPI, "aws.secretsmanager": .saas, "gcp.storage": .objectStorage, "azure.storage": .objectStorage,
    ]

    /// The service-level resource for a point's technology, when it is a cloud service.
    static func resource(technology: String) -> Resource? {
        kinds[technology].map { Resource(id: technology, kind: $0, system: technology, name: technology) }
    }
}

/// Google Cloud Storage and Azure Blob Storage calls on a named bucket or container (Python,
/// JavaScript/TypeScript, Go, .NET). The bucket's name, usually an env variable that
/// infrastructure (`google_storage_bucket`, an Azure storage container) sets, is the target, so
/// each call is an edge to its own bucket; a name that resolves to nothing is an edge to the
/// storage service itself.
enum ObjectStorageRules {
    static let all = [pythonGCS, jsGCS, goGCS, csharpBlob, pythonBlob, jsBlob]

    private static let argument = RulePatterns.argument

    private static func bucket(
        _ id: String, _ summary: String, technology: String, _ languages: [Language], _ keywords: [String], _ pattern: String,
        _ triggering: String, _ nonTriggering: String
    ) -> Rule {
        Rule(id: id, summary: summary, kind: .database, technology: technology, protocol: technology, direction: .call,
             languages: languages, keywords: keywords, pattern: pattern, triggering: [triggering], nonTriggering: [nonTriggering])
    }

    static let pythonGCS = bucket(
        "python.gcp.storage-bucket", "A google-cloud-storage bucket by name.", technology: "gcp.storage", [.python], ["google.cloud"],
        #"\.(?:bucket|get_bucket|lookup_bucket)\(\s*(?:bucket_name\s*=\s*)?(?<target>"# + argument + ")",
        "from google.cloud import storage\nblob = client↓.bucket(os.environ[\"UPLOADS_BUCKET\"]).blob(name)",
        "from google.cloud import storage\nclient = storage.Client()")
    static let jsGCS = bucket(
        "js.gcp.storage-bucket", "A @google-cloud/storage bucket by name.", technology: "gcp.storage", [.javascript, .typescript],
        ["@google-cloud/storage"], #"\.bucket\(\s*(?<target>"# + argument + ")",
        "const { Storage } = require('@google-cloud/storage')\nconst file = storage↓.bucket(process.env.UPLOADS).file(name)",
        "const { Storage } = require('@google-cloud/storage')\nconst storage = new Storage()")
    static let goGCS = bucket(
        "go.gcp.storage-bucket", "A cloud.google.com/go/storage bucket handle by name.", technology: "gcp.storage", [.go],
        ["cloud.google.com/go/storage"], #"\.Bucket\(\s*(?<target>"# + argument + ")",
        "import \"cloud.google.com/go/storage\"\nw := client↓.Bucket(bucketName).Object(name).NewWriter(ctx)",
        "import \"cloud.google.com/go/storage\"\nclient, err := storage.NewClient(ctx)")
    static let csharpBlob = bucket(
        "csharp.azure.blob-container", "An Azure.Storage.Blobs container client by name.", technology: "azure.storage", [.csharp],
        ["Azure.Storage.Blobs"], #"\.GetBlobContainerClient\(\s*(?<target>"# + argument + ")",
        "using Azure.Storage.Blobs;\nvar container = service↓.GetBlobContainerClient(configuration[\"Storage:Container\"]);",
        "using Azure.Storage.Blobs;\nvar service = new BlobServiceClient(connectionString);")
    static let pythonBlob = bucket(
        "python.azure.blob-container", "An azure-storage-blob container client by name.", technology: "azure.storage", [.python],
        ["azure.storage.blob"], #"\.get_container_client\(\s*(?:container\s*=\s*)?(?<target>"# + argument + ")",
        "from azure.storage.blob import BlobServiceClient\ncontainer = service↓.get_container_client(os.environ[\"CONTAINER\"])",
        "from azure.storage.blob import BlobServiceClient\nservice = BlobServiceClient.from_connection_string(conn)")
    static let jsBlob = bucket(
        "js.azure.blob-container", "An @azure/storage-blob container client by name.", technology: "azure.storage", [.javascript, .typescript],
        ["@azure/storage-blob"], #"\.getContainerClient\(\s*(?<target>"# + argument + ")",
        "const { BlobServiceClient } = require('@azure/storage-blob')\nconst container = service↓.getContainerClient(process.env.CONTAINER)",
        "const { BlobServiceClient } = require('@azure/storage-blob')\nconst service = BlobServiceClient.fromConnectionString(conn)")
}

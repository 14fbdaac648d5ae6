import Foundation
import Testing
@testable import IntegrateCore

/// GCS and Azure Blob calls on a named bucket reach that bucket; an unnamed one adds no coarse
/// edge next to it; the same method name without the SDK is nothing.
@Suite("Scan: GCP and Azure object storage")
struct ScanObjectStorageRuleTests {
    @Test("a named bucket is an edge to that bucket, not to its sibling or the service")
    func namedBuckets() throws {
        let landscape = try scannedLandscape([
            "infra/main.tf": """
                resource "google_storage_bucket" "media" {
                  name = "media-uploads"
                }
                resource "google_storage_bucket" "audit" {
                  name = "audit-logs"
                }
                """,
            "media/Dockerfile": "FROM python:3.12\n",
            "media/requirements.txt": "google-cloud-storage\n",
            "media/store.py": """
                import os
                from google.cloud import storage
                client = storage.Client()
                def save(name, data):
                    client.bucket("media-uploads").blob(name).upload_from_string(data)
                def scratch(name):
                    return client.bucket(os.environ["SCRATCH_BUCKET"]).blob(name)
                """,
            "media/cache.py": """
                class Shelf:
                    def bucket(self, name): return name
                shelf = Shelf()
                shelf.bucket("audit-logs")
                """,
        ])
        let media = try #require(landscape.components.first { $0.path == "media" }).id
        let edge = try #require(landscape.edges.first { $0.from == media && $0.to == "gcp.storage:media-uploads" })
        #expect(edge.strength == .call && edge.evidence.first?.path == "media/store.py" && edge.evidence.first?.line == 5)
        #expect(!landscape.edges.contains { $0.to == "gcp.storage:audit-logs" })
        #expect(!landscape.edges.contains { $0.from == media && $0.to == "gcp.storage" })
    }
}

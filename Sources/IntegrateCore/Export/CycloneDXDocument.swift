/// The part of the CycloneDX 1.6 JSON model the export writes: metadata, services and
/// dependencies. Field names are CycloneDX's; optional fields left `nil` are not written.
struct CycloneDXDocument: Encodable, Sendable {
    struct Tool: Encodable, Sendable {
        var type = "application"
        var name: String
        var version: String
    }

    struct Tools: Encodable, Sendable {
        var components: [Tool]
    }

    struct MetadataComponent: Encodable, Sendable {
        var type = "application"
        var bomRef: String
        var name: String
        var description: String

        enum CodingKeys: String, CodingKey {
            case type, name, description
            case bomRef = "bom-ref"
        }
    }

    struct Metadata: Encodable, Sendable {
        var tools: Tools
        var component: MetadataComponent
    }

    struct Property: Encodable, Sendable {
        var name: String
        var value: String
    }

    /// One `data` entry: the direction relative to the service and what kind of data moves.
    struct DataFlow: Encodable, Sendable, Hashable {
        /// `inbound`, `outbound`, `bi-directional` or `unknown`.
        var flow: String
        var classification: String
    }

    struct Service: Encodable, Sendable {
        var bomRef: String
        var group: String?
        var name: String
        var description: String
        var endpoints: [String]?
        var authenticated: Bool?
        var crossesTrustBoundary: Bool
        var data: [DataFlow]?
        var properties: [Property]?

        enum CodingKeys: String, CodingKey {
            case group, name, description, endpoints, authenticated, data, properties
            case bomRef = "bom-ref"
            case crossesTrustBoundary = "x-trust-boundary"
        }
    }

    struct Dependency: Encodable, Sendable {
        var ref: String
        var dependsOn: [String]
    }

    var schema = "http://cyclonedx.org/schema/bom-1.6.schema.json"
    var bomFormat = "CycloneDX"
    var specVersion = "1.6"
    var serialNumber: String
    var version = 1
    var metadata: Metadata
    var services: [Service]
    var dependencies: [Dependency]

    enum CodingKeys: String, CodingKey {
        case bomFormat, specVersion, serialNumber, version, metadata, services, dependencies
        case schema = "$schema"
    }
}

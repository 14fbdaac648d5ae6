import Foundation

/// Host → port facts from the project's configuration (`ORDERS_URL=http://orders:8000`,
/// `INVENTORY_GRPC_ADDR=inventory:50051`), each with the config line that shows it.
struct ServiceAddressBook: Sendable {
    struct Address: Sendable, Hashable {
        var host: String
        var port: Int
        /// `http`, `https`, `grpc`, `redis`, … (from the URL scheme, or `grpc` when the config key says so).
        var scheme: String?
        var evidence: Evidence
    }

    private(set) var addresses: [Address] = []

    init(config: [ConfigEntry]) {
        for entry in config {
            guard let value = entry.value else { continue }
            let keyScheme = entry.key.lowercased().contains("grpc") ? "grpc" : nil
            for match in value.matches(of: #/(?:(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://)?(?:[^@/\s]*@)?(?<host>[A-Za-z0-9_][A-Za-z0-9_.\-]*):(?<port>\d{1,5})/#) {
                guard let port = Int(match.output.port), port > 0, port < 65536 else { continue }
                let host = String(match.output.host).lowercased()
                let scheme = match.output.scheme.map { String($0).lowercased() } ?? keyScheme
                addresses.append(Address(host: host, port: port, scheme: scheme, evidence: entry.evidence))
            }
        }
    }

    /// The first port seen for `host` whose scheme is one of `schemes` (any scheme for an empty
    /// list; a scheme-less entry counts for any).
    func port(of host: String, schemes: [String]) -> Address? {
        let lowered = host.lowercased()
        let candidates = addresses.filter { $0.host == lowered }
        if schemes.isEmpty { return candidates.first }
        return candidates.first { $0.scheme.map(schemes.contains) ?? false }
            ?? candidates.first { $0.scheme == nil }
    }
}

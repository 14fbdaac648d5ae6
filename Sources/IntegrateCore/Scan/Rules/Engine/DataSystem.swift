import Foundation

/// OpenTelemetry `db.system` names for the driver and scheme spellings found in code.
enum DataSystem {
    /// The generic technology of rules whose store is only known from the connection string.
    static let otherSQL = "other_sql"

    private static let names: [String: String] = [
        "postgres": "postgresql", "postgresql": "postgresql", "pg": "postgresql", "pgx": "postgresql", "npgsql": "postgresql",
        "psycopg": "postgresql", "psycopg2": "postgresql", "asyncpg": "postgresql",
        "mysql": "mysql", "mariadb": "mariadb", "pymysql": "mysql",
        "sqlite": "sqlite", "sqlite3": "sqlite", "sqlserver": "mssql", "mssql": "mssql", "sql": "mssql",
        "mongo": "mongodb", "mongodb": "mongodb", "mongodb+srv": "mongodb",
        "redis": "redis", "rediss": "redis", "cosmos": "cosmosdb", "oracle": "oracle",
    ]

    /// The OpenTelemetry name of a driver or scheme (`pgx` -> `postgresql`), or `nil` if unknown.
    static func named(_ raw: String) -> String? {
        names[raw.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "\"'`"))]
    }

    /// `technology`, or for `other_sql` the system named by the target's scheme
    /// (`postgresql+asyncpg://…`, `jdbc:mysql://…`) when it shows one.
    static func refine(_ technology: String, target: String?) -> String {
        guard technology == otherSQL, let target, let schemeEnd = target.range(of: "://") else { return technology }
        var scheme = target[..<schemeEnd.lowerBound]
        if let start = scheme.lastIndex(where: { "\"'`(:".contains($0) }) { scheme = scheme[scheme.index(after: start)...] }
        let base = scheme.split(separator: "+").first.map(String.init) ?? String(scheme)
        return named(base) ?? technology
    }
}

/// A way code or a migration names a table, collection or entity it maps: the pattern's `name`
/// capture is the table (a regular expression in text, compiled once per run by `compiled()`). `document` rules name collections (MongoDB-style stores), the others
/// tables of relational stores. `triggering` lines must yield `expected`; `nonTriggering` must not match.
struct TableMappingRule: Sendable {
    var id: String
    var extensions: [String]
    var pattern: String
    var document = false
    var triggering: [(line: String, expected: String)]
    var nonTriggering: [String]

    /// The pattern compiled; `nil` when it does not compile.
    func compiled() -> Regex<AnyRegexOutput>? { try? Regex(pattern) }

    /// The table `line` names by `regex` (this rule's compiled pattern), if the rule applies to the file.
    func table(in line: String, path: String, regex: Regex<AnyRegexOutput>) -> String? {
        guard extensions.contains(where: path.hasSuffix), let match = line.firstMatch(of: regex),
              let name = match["name"]?.substring else { return nil }
        return String(name)
    }

    static let code = [".py", ".go", ".java", ".kt", ".cs", ".ts", ".js", ".swift", ".rb", ".php", ".sql"]

    static let all: [TableMappingRule] = [
        TableMappingRule(id: "sql.create-table", extensions: code,
                         pattern: #"(?i:create\s+table\s+(?:if\s+not\s+exists\s+)?)[`"\[]?(?:\w+[`"\]]?\.[`"\[]?)?(?<name>\w+)"#,
                         triggering: [("CREATE TABLE IF NOT EXISTS orders (", "orders"), ("create table `app`.`line_items`(", "line_items")],
                         nonTriggering: ["-- drop table orders", "CREATE INDEX orders_idx ON orders"]),
        TableMappingRule(id: "sqlalchemy.tablename", extensions: [".py"], pattern: #"__tablename__\s*=\s*["'](?<name>\w+)["']"#,
                         triggering: [("    __tablename__ = \"orders\"", "orders")], nonTriggering: ["tablename = 'x'"]),
        TableMappingRule(id: "django.db-table", extensions: [".py"], pattern: #"\bdb_table\s*=\s*["'](?<name>\w+)["']"#,
                         triggering: [("        db_table = 'customer'", "customer")], nonTriggering: ["db_tables = ['a']"]),
        TableMappingRule(id: "jpa-ef.table-annotation", extensions: [".java", ".kt", ".cs"], pattern: #"[@\[]Table\(\s*(?:name\s*=\s*)?"(?<name>\w+)""#,
                         triggering: [("@Table(name = \"orders\")", "orders"), ("[Table(\"Orders\")]", "Orders")], nonTriggering: ["@Table(schema = \"x\")"]),
        TableMappingRule(id: "ef.to-table", extensions: [".cs"], pattern: #"\.ToTable\(\s*"(?<name>\w+)""#,
                         triggering: [("builder.ToTable(\"catalog\");", "catalog")], nonTriggering: ["ToTableName()"]),
        TableMappingRule(id: "ef.db-set", extensions: [".cs"], pattern: #"DbSet<\w+>\s+(?<name>\w+)\s*\{"#,
                         triggering: [("public DbSet<Order> Orders { get; set; }", "Orders")], nonTriggering: ["var sets = new List<DbSet>();"]),
        TableMappingRule(id: "gorm-fluent.table-name", extensions: [".go", ".swift"], pattern: #"(?:TableName\(\)\s*string\s*\{\s*return|static\s+let\s+schema\s*=)\s*"(?<name>\w+)""#,
                         triggering: [("func (Order) TableName() string { return \"orders\" }", "orders"), ("static let schema = \"todos\"", "todos")],
                         nonTriggering: ["let schema = \"x\""]),
        TableMappingRule(id: "typeorm.entity", extensions: [".ts", ".js"], pattern: #"@Entity\(\s*(?:\{\s*name:\s*)?["'](?<name>\w+)["']"#,
                         triggering: [("@Entity(\"orders\")", "orders"), ("@Entity({ name: 'users' })", "users")], nonTriggering: ["@Entity()"]),
        TableMappingRule(id: "sequelize.define", extensions: [".ts", ".js"], pattern: #"\.define\(\s*["'](?<name>\w+)["']"#,
                         triggering: [("const Order = sequelize.define('order', {", "order")], nonTriggering: ["define(name)"]),
        TableMappingRule(id: "mongo.collection", extensions: [".ts", ".js", ".py", ".go", ".java", ".kt", ".cs"],
                         pattern: #"(?:\.collection\(|\.C\(|GetCollection<?\w*>?\(|getCollection\(|mongoose\.model\()\s*["'](?<name>\w+)["']"#, document: true,
                         triggering: [("db.collection('products').find()", "products"), ("mongoose.model(\"User\", schema)", "User"),
                                      ("database.GetCollection<Basket>(\"baskets\")", "baskets")],
                         nonTriggering: ["collection(name)"]),
    ]
}

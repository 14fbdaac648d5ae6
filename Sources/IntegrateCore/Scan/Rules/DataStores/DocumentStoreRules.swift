/// Document, search and wide-column stores: MongoDB, Elasticsearch, Cassandra.
enum DocumentStoreRules {
    static let all = [mongoClient, mongoose, goMongo, springMongo, elasticsearch, goElasticsearch, cassandra, gocql, javaCassandra]

    private static let argument = StoreRule.argument

    static let mongoClient = StoreRule.make(
        "mongodb.client", "A MongoDB client (PyMongo, Motor, Node, .NET drivers).", technology: "mongodb",
        [.python, .javascript, .typescript, .csharp], ["MongoClient"],
        #"\b(?:new\s+)?(?:\w+\.)?(?:AsyncIOMotorClient|MongoClient)\(\s*(?<target>"# + argument + ")?",
        ["client = ↓pymongo.MongoClient(os.environ[\"MONGO_URL\"])"], ["from pymongo import MongoClient"])

    static let mongoose = StoreRule.make(
        "js.db.mongoose", "A Mongoose connection.", technology: "mongodb", [.javascript, .typescript], ["mongoose"],
        #"\bmongoose\.(?:connect|createConnection)\(\s*(?<target>"# + argument + ")",
        ["await ↓mongoose.connect(process.env.MONGO_URL)"], ["const Order = mongoose.model('Order', schema)"])

    static let goMongo = StoreRule.make(
        "go.db.mongo", "A MongoDB connection with the Go driver.", technology: "mongodb", [.go], ["mongo.Connect"],
        #"\bmongo\.Connect\(\s*(?:\w+\s*,\s*)?options\.Client\(\)\.ApplyURI\(\s*(?<target>"# + argument + ")",
        ["client, err := ↓mongo.Connect(ctx, options.Client().ApplyURI(uri))"], ["coll := client.Database(\"a\").Collection(\"b\")"])

    static let springMongo = StoreRule.make(
        "java.db.spring-mongo", "A Spring Data MongoDB repository.", technology: "mongodb", [.java, .kotlin], ["MongoRepository<"],
        #"\binterface\s+(?<target>\w+)\s+(?:extends|:)\s+(?:Reactive)?MongoRepository<"#,
        ["public ↓interface ReviewRepository extends MongoRepository<Review, String> {}"], ["public interface ReviewService {}"])

    static let elasticsearch = StoreRule.make(
        "elasticsearch.client", "An Elasticsearch client (Python, JavaScript).", technology: "elasticsearch",
        [.python, .javascript, .typescript], ["Elasticsearch(", "@elastic/elasticsearch"],
        #"\b(?:(?:Async)?Elasticsearch\(\s*(?<target>"# + argument + #")?|new\s+Client\(\s*\{\s*node:\s*(?<url>"# + argument + "))",
        ["es = ↓Elasticsearch(\"http://search:9200\")"], ["from elasticsearch import helpers"])

    static let goElasticsearch = StoreRule.make(
        "go.db.elasticsearch", "An Elasticsearch client in Go.", technology: "elasticsearch", [.go], ["elasticsearch.New"],
        #"\belasticsearch\.New(?:Default)?(?:Typed)?Client\("#,
        ["es, err := ↓elasticsearch.NewDefaultClient()"], ["res, err := es.Search()"])

    static let cassandra = StoreRule.make(
        "python.db.cassandra", "A Cassandra cluster from Python.", technology: "cassandra", [.python], ["cassandra"],
        #"\bCluster\(\s*(?<target>"# + argument + ")?",
        ["from cassandra.cluster import Cluster\ncluster = ↓Cluster([\"cassandra\"])"], ["from cassandra.cluster import Cluster\nsession.execute(q)"])

    static let gocql = StoreRule.make(
        "go.db.cassandra", "A Cassandra cluster from Go (gocql).", technology: "cassandra", [.go], ["gocql.NewCluster"],
        #"\bgocql\.NewCluster\(\s*(?<target>"# + argument + ")?",
        ["cluster := ↓gocql.NewCluster(os.Getenv(\"CASSANDRA_HOST\"))"], ["session, _ := cluster.CreateSession()"])

    static let javaCassandra = StoreRule.make(
        "java.db.cassandra", "A Cassandra session from Java (DataStax driver).", technology: "cassandra", [.java, .kotlin], ["CqlSession"],
        #"\bCqlSession\.builder\(\)"#,
        ["CqlSession session = ↓CqlSession.builder().build();"], ["import com.datastax.oss.driver.api.core.CqlSession;"])
}

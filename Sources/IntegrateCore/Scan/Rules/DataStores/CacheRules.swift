/// Redis and Memcached clients.
enum CacheRules {
    static let all = [pythonRedis, pythonRedisClass, nodeRedis, ioredis, goRedis, dotnetRedis, javaRedis, vaporRedis, memcached]

    private static let argument = StoreRule.argument

    static let pythonRedis = StoreRule.make(
        "python.cache.redis", "A Redis client from Python (redis-py).", kind: .cache, technology: "redis", [.python], ["redis"],
        #"\b(?:redis|aioredis)\.(?:Redis|StrictRedis|from_url|asyncio\.from_url|asyncio\.Redis)\(\s*(?<target>"# + argument + ")?",
        ["cache = ↓redis.from_url(REDIS_URL)"],
        ["import redis"])

    static let pythonRedisClass = StoreRule.make(
        "python.cache.redis-class", "A Redis client built from a class imported from redis-py.", kind: .cache, technology: "redis", [.python],
        ["from redis import", "from redis.asyncio import", "from redis.client import"],
        #"(?<![\w.])(?:Strict)?Redis(?:\.from_url)?\(\s*(?<target>"# + argument + ")?",
        ["from redis import StrictRedis\ncache = ↓StrictRedis(host=REDIS_HOST, port=6379)"],
        ["from redis import StrictRedis\ncache.get('k')", "import redis\nr = redis.Redis(host='cache')"])

    static let nodeRedis = StoreRule.make(
        "js.cache.redis", "A node-redis client.", kind: .cache, technology: "redis", [.javascript, .typescript], ["redis"],
        #"\b(?:redis\.)?createClient\(\s*(?:\{\s*url:\s*(?<target>"# + argument + "))?",
        ["const { createClient } = require('redis')\nconst client = ↓createClient({ url: process.env.REDIS_URL })"],
        ["const { createClient } = require('redis')\nawait client.set('k', 'v')"])

    static let ioredis = StoreRule.make(
        "js.cache.ioredis", "An ioredis client.", kind: .cache, technology: "redis", [.javascript, .typescript], ["ioredis"],
        #"\bnew\s+(?:IORedis|Redis)\(\s*(?<target>"# + argument + ")?",
        ["import Redis from 'ioredis'\nconst redis = ↓new Redis(process.env.REDIS_URL)"], ["import Redis from 'ioredis'\nawait redis.get('k')"])

    static let goRedis = StoreRule.make(
        "go.cache.redis", "A go-redis client.", kind: .cache, technology: "redis", [.go], ["redis.New"],
        #"\bredis\.New(?:Client|ClusterClient|UniversalClient)\(\s*&redis\.\w*Options\{[^}]*?Addrs?:\s*(?<target>"# + argument + ")",
        ["rdb := ↓redis.NewClient(&redis.Options{Addr: os.Getenv(\"REDIS_ADDR\")})"], ["val, err := rdb.Get(ctx, \"k\").Result()"])

    static let dotnetRedis = StoreRule.make(
        "csharp.cache.redis", "A StackExchange.Redis connection.", kind: .cache, technology: "redis", [.csharp], ["ConnectionMultiplexer", "AddStackExchangeRedisCache"],
        #"\b(?:ConnectionMultiplexer\.Connect(?:Async)?\(\s*(?<target>"# + argument + #")|AddStackExchangeRedisCache\()"#,
        ["var redis = ↓ConnectionMultiplexer.Connect(config[\"Redis\"]);"], ["IDatabase db = redis.GetDatabase();"])

    static let javaRedis = StoreRule.make(
        "java.cache.redis", "A Redis client from Java (Jedis, Lettuce, Spring RedisTemplate).", kind: .cache, technology: "redis",
        [.java, .kotlin], ["Jedis", "RedisClient", "RedisTemplate"],
        #"\b(?:new\s+Jedis(?:Pool)?\(\s*(?<target>"# + argument + #")?|RedisClient\.create\(\s*(?<url>"# + argument + #")?|(?:String)?RedisTemplate<)"#,
        ["Jedis jedis = ↓new Jedis(\"cache\", 6379);"], ["import redis.clients.jedis.Jedis;"])

    static let vaporRedis = StoreRule.make(
        "swift.cache.redis", "Redis configured in Vapor.", kind: .cache, technology: "redis", [.swift], ["redis.configuration", "RedisConfiguration"],
        #"\b\w+\.redis\.configuration\s*=\s*(?:try\s+)?(?:RedisConfiguration\(\s*(?:url|hostname):\s*(?<target>"# + argument + "))?",
        ["↓app.redis.configuration = try RedisConfiguration(hostname: \"cache\")", "↓app.redis.configuration = config"], ["let value = try await req.redis.get(\"k\")"])

    static let memcached = StoreRule.make(
        "memcached.client", "A Memcached client (pymemcache, memjs, gomemcache).", kind: .cache, technology: "memcached",
        [.python, .javascript, .typescript, .go], ["memcache", "memjs"],
        #"\b(?:pymemcache\.client\.base\.)?(?:HashClient|memjs\.Client\.create|memcache\.New)\(\s*(?<target>"# + argument + #")?|\bClient\(\s*\(\s*(?<url>['"][^'"\n]*['"])\s*,\s*11211"#,
        ["from pymemcache.client.base import Client\nclient = ↓Client((\"memcached\", 11211))"], ["from pymemcache.client.base import Client"])
}

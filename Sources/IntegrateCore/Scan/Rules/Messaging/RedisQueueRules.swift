/// Redis lists and streams used as queues: a push is a send, a blocking pop or a group read a
/// receive, each asynchronous, with the list or stream name as the topic.
enum RedisQueueRules {
    static let all = [pushLowercase, popLowercase, goPush, goPop, dotnetPush, dotnetPop, springPush, springPop]

    private static let argument = MessagingRule.argument
    private static let note = "A list read with a plain `lpop`/`rpop` (not blocking) is not taken as a queue; keys built at run time name no topic."

    private static func queue(_ id: String, _ summary: String, producer: Bool, _ languages: [Language], _ keywords: [String],
                              _ pattern: String, _ triggering: [String], _ nonTriggering: [String]) -> Rule {
        MessagingRule.make(id, summary, producer: producer, technology: "redis", protocol: "redis", languages, keywords, pattern,
                           confidence: .medium, note: note, triggering, nonTriggering)
    }

    static let pushLowercase = queue(
        "redis.queue.push", "A push onto a Redis list or stream used as a queue (redis-py, node-redis, ioredis, Jedis).", producer: true,
        [.python, .javascript, .typescript, .java, .kotlin, .ruby, .php], ["rpush(", "lpush(", "xadd(", "rPush(", "lPush(", "xAdd("],
        #"(?<=\.)(?:rpush|lpush|xadd|rPush|lPush|xAdd)\(\s*(?<topic>"# + argument + ")",
        ["r.↓rpush('jobs', json.dumps(job))", "await client.↓xAdd('orders', '*', { id })"],
        ["r.set('jobs', 1)"])

    static let popLowercase = queue(
        "redis.queue.pop", "A blocking pop or a group read from a Redis list or stream (redis-py, node-redis, ioredis, Jedis).", producer: false,
        [.python, .javascript, .typescript, .java, .kotlin, .ruby, .php],
        ["blpop(", "brpop(", "brpoplpush(", "blmove(", "xreadgroup(", "bLPop(", "bRPop(", "xReadGroup("],
        #"(?<=\.)(?:blpop|brpop|brpoplpush|blmove|bLPop|bRPop|bLMove)\(\s*(?:\[\s*)?(?<topic>"# + argument + #")|(?<=\.)(?:xreadgroup|xReadGroup)\([^)\n]*?(?:streams\s*=\s*\{\s*|\{\s*key:\s*|STREAMS['"]?\s*,\s*)(?<stream>"# + RulePatterns.literal + ")?",
        ["job = r.↓blpop('jobs', timeout=5)"],
        ["job = r.lpop('jobs')"])

    static let goPush = queue(
        "go.redis.queue.push", "A push onto a Redis list or stream used as a queue (go-redis).", producer: true, [.go],
        ["RPush(", "LPush(", "XAdd("],
        #"\.(?:RPush|LPush)\(\s*\w+\s*,\s*(?<topic>"# + argument + #")|\.XAdd\(\s*\w+\s*,\s*&redis\.XAddArgs\{[^}]*?Stream:\s*(?<stream>"# + argument + ")",
        ["rdb↓.RPush(ctx, \"jobs\", payload)"],
        ["rdb.Set(ctx, \"jobs\", 1, 0)"])

    static let goPop = queue(
        "go.redis.queue.pop", "A blocking pop or group read from a Redis list or stream (go-redis).", producer: false, [.go],
        ["BLPop(", "BRPop(", "XReadGroup("],
        #"\.(?:BLPop|BRPop)\(\s*\w+\s*,\s*[^,\n]+,\s*(?<topic>"# + argument + #")|\.XReadGroup\(\s*\w+\s*,\s*&redis\.XReadGroupArgs\{[^}]*?Streams:\s*\[\]string\{\s*(?<stream>"# + RulePatterns.literal + ")?",
        ["res, err := rdb↓.BLPop(ctx, 0, \"jobs\").Result()"],
        ["rdb.LPop(ctx, \"jobs\")"])

    static let dotnetPush = queue(
        "csharp.redis.queue.push", "A push onto a Redis list or stream used as a queue (StackExchange.Redis).", producer: true, [.csharp],
        ["ListLeftPush", "ListRightPush", "StreamAdd"],
        #"\.(?:ListLeftPush|ListRightPush|StreamAdd)(?:Async)?\(\s*(?<topic>"# + argument + ")",
        ["await db↓.ListLeftPushAsync(\"jobs\", payload);"],
        ["await db.StringSetAsync(\"jobs\", payload);"])

    static let dotnetPop = queue(
        "csharp.redis.queue.pop", "A pop or group read from a Redis list or stream used as a queue (StackExchange.Redis).", producer: false,
        [.csharp], ["ListRightPop", "ListLeftPop", "StreamReadGroup"],
        #"\.(?:ListRightPop|ListLeftPop|ListRightPopLeftPush|StreamReadGroup)(?:Async)?\(\s*(?<topic>"# + argument + ")",
        ["var job = await db↓.ListRightPopAsync(\"jobs\");"],
        ["var job = await db.StringGetAsync(\"jobs\");"])

    static let springPush = queue(
        "java.redis.queue.push", "A push onto a Redis list used as a queue (Spring Data Redis).", producer: true, [.java, .kotlin],
        ["opsForList()", "opsForStream()"],
        #"\.opsForList\(\)\s*\.(?:leftPush|rightPush)(?:All)?\(\s*(?<topic>"# + argument + #")|\.opsForStream\(\)\s*\.add\(\s*(?<stream>"# + argument + ")",
        ["redis↓.opsForList().rightPush(\"jobs\", job);"],
        ["redis.opsForValue().set(\"jobs\", job);"])

    static let springPop = queue(
        "java.redis.queue.pop", "A pop from a Redis list used as a queue (Spring Data Redis).", producer: false, [.java, .kotlin],
        ["opsForList()"],
        #"\.opsForList\(\)\s*\.(?:leftPop|rightPop)\(\s*(?<topic>"# + argument + #")\s*,"#,
        ["var job = redis↓.opsForList().leftPop(\"jobs\", Duration.ofSeconds(5));"],
        ["var size = redis.opsForList().size(\"jobs\");"])
}

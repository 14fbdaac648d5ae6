/// NATS publishers and subscribers with their subjects.
enum NATSRules {
    static let all = [publish, subscribe]

    static let publish = MessagingRule.make(
        "nats.publish", "A NATS publish to a subject (Go, JavaScript, Python).", producer: true, technology: "nats", protocol: "nats",
        [.go, .javascript, .typescript, .python], ["nats"],
        #"\b(?:nc|js|nats\w*|conn|natsConn)\.(?:[Pp]ublish)\(\s*(?<topic>"# + MessagingRule.argument + ")",
        ["import \"github.com/nats-io/nats.go\"\n↓nc.Publish(\"orders.created\", data)"],
        ["import \"github.com/nats-io/nats.go\"\nnc.Flush()"])

    static let subscribe = MessagingRule.make(
        "nats.subscribe", "A NATS subscription to a subject (Go, JavaScript, Python).", producer: false, technology: "nats", protocol: "nats",
        [.go, .javascript, .typescript, .python], ["nats"],
        #"\b(?:nc|js|nats\w*|conn|natsConn)\.(?:[Ss]ubscribe|QueueSubscribe|queue_subscribe)\(\s*(?<topic>"# + MessagingRule.argument + ")",
        ["import \"github.com/nats-io/nats.go\"\nsub, _ := ↓nc.Subscribe(\"orders.created\", handle)"],
        ["import \"github.com/nats-io/nats.go\"\nnc.Close()"])
}

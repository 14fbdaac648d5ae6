/// Google Cloud Pub/Sub publishers and subscribers.
enum PubSubRules {
    static let all = [pythonPublish, pythonSubscribe, jsTopic, jsSubscription, goTopic, goSubscription]

    private static let argument = MessagingRule.argument
    private static func pubsub(_ id: String, _ summary: String, producer: Bool, _ languages: [Language], _ keywords: [String],
                               _ pattern: String, _ triggering: [String], _ nonTriggering: [String]) -> Rule {
        MessagingRule.make(id, summary, producer: producer, technology: "gcp_pubsub", protocol: "gcp_pubsub", languages, keywords,
                           pattern, triggering, nonTriggering)
    }

    static let pythonPublish = pubsub(
        "python.pubsub.publish", "A Pub/Sub publish to a topic path.", producer: true, [.python], ["pubsub"],
        #"\b\w*publisher\w*\.publish\(\s*(?<topic>"# + argument + ")",
        ["from google.cloud import pubsub_v1\nfuture = ↓publisher.publish(topic_path, data)"], ["from google.cloud import pubsub_v1\npublisher = pubsub_v1.PublisherClient()"])

    static let pythonSubscribe = pubsub(
        "python.pubsub.subscribe", "A Pub/Sub subscription pull.", producer: false, [.python], ["pubsub"],
        #"\b\w*subscriber\w*\.subscribe\(\s*(?<topic>"# + argument + ")",
        ["from google.cloud import pubsub_v1\nfuture = ↓subscriber.subscribe(subscription_path, callback=cb)"], ["from google.cloud import pubsub_v1\nsubscriber.close()"])

    static let jsTopic = pubsub(
        "js.pubsub.publish", "A Pub/Sub publish to a named topic.", producer: true, [.javascript, .typescript], ["pubsub"],
        #"\.topic\(\s*(?<topic>"# + argument + #")\s*\)\s*\.publish"#,
        ["const { PubSub } = require('@google-cloud/pubsub')\nawait pubsub↓.topic('orders').publishMessage({ data })"],
        ["const { PubSub } = require('@google-cloud/pubsub')\nconst [topics] = await pubsub.getTopics()"])

    static let jsSubscription = pubsub(
        "js.pubsub.subscribe", "A Pub/Sub subscription by name.", producer: false, [.javascript, .typescript], ["pubsub"],
        #"\.subscription\(\s*(?<topic>"# + argument + ")",
        ["const { PubSub } = require('@google-cloud/pubsub')\nconst sub = pubsub↓.subscription('orders-worker')"],
        ["const { PubSub } = require('@google-cloud/pubsub')\nconst p = new PubSub()"])

    static let goTopic = pubsub(
        "go.pubsub.publish", "A Pub/Sub topic handle used to publish.", producer: true, [.go], ["cloud.google.com/go/pubsub"],
        #"\.Topic\(\s*(?<topic>"# + argument + ")",
        ["import \"cloud.google.com/go/pubsub\"\nres := client↓.Topic(\"orders\").Publish(ctx, msg)"],
        ["import \"cloud.google.com/go/pubsub\"\nclient, _ := pubsub.NewClient(ctx, project)"])

    static let goSubscription = pubsub(
        "go.pubsub.subscribe", "A Pub/Sub subscription handle used to receive.", producer: false, [.go], ["cloud.google.com/go/pubsub"],
        #"\.Subscription\(\s*(?<topic>"# + argument + ")",
        ["import \"cloud.google.com/go/pubsub\"\nerr := client↓.Subscription(\"orders-worker\").Receive(ctx, h)"],
        ["import \"cloud.google.com/go/pubsub\"\ndefer client.Close()"])
}

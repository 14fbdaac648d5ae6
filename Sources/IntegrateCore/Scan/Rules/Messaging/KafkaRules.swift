/// Kafka producers and consumers with their topics.
enum KafkaRules {
    static let all = [
        kafkajsProducer, kafkajsConsumer, pythonProducer, pythonConsumer, springTemplate, springListener, javaRecord,
        goConfluent, goSegmentio, dotnetProducer, dotnetConsumer, swiftProducer, swiftConsumer,
    ]

    private static let argument = MessagingRule.argument
    private static func kafka(_ id: String, _ summary: String, producer: Bool, _ languages: [Language], _ keywords: [String],
                              _ pattern: String, note: String? = nil, _ triggering: [String], _ nonTriggering: [String]) -> Rule {
        MessagingRule.make(id, summary, producer: producer, technology: "kafka", protocol: "kafka", languages, keywords, pattern,
                           note: note, triggering, nonTriggering)
    }

    static let kafkajsProducer = kafka(
        "js.kafka.producer", "A kafkajs producer sending to a topic.", producer: true, [.javascript, .typescript], ["kafkajs"],
        #"\b\w+\.send\(\s*\{\s*topic:\s*(?<topic>"# + argument + ")",
        ["const { Kafka } = require('kafkajs')\nawait ↓producer.send({\n  topic: 'orders.created',\n  messages: [{ value }],\n})"],
        ["const { Kafka } = require('kafkajs')\nawait producer.connect()"])

    static let kafkajsConsumer = kafka(
        "js.kafka.consumer", "A kafkajs consumer subscribed to a topic.", producer: false, [.javascript, .typescript], ["kafkajs"],
        #"\b\w+\.subscribe\(\s*\{\s*topics?:\s*\[?\s*(?<topic>"# + argument + ")",
        ["const { Kafka } = require('kafkajs')\nawait ↓consumer.subscribe({ topic: 'orders.created', fromBeginning: true })"],
        ["const { Kafka } = require('kafkajs')\nawait consumer.run({ eachMessage })"])

    static let pythonProducer = kafka(
        "python.kafka.producer", "A Python Kafka producer (kafka-python, confluent-kafka, aiokafka) sending to a topic.", producer: true,
        [.python], ["KafkaProducer", "confluent_kafka", "aiokafka"],
        #"\b\w*[Pp]roducer\w*\.(?:send|send_and_wait|produce)\(\s*(?:topic\s*=\s*)?(?<topic>"# + argument + ")",
        ["from kafka import KafkaProducer\n↓producer.send(\"payments.settled\", value=event)"],
        ["from kafka import KafkaProducer\nproducer.flush()"])

    static let pythonConsumer = kafka(
        "python.kafka.consumer", "A Python Kafka consumer subscribed to a topic.", producer: false,
        [.python], ["KafkaConsumer", "confluent_kafka", "aiokafka"],
        #"\b(?:(?:AIO)?KafkaConsumer\(\s*|\w*[Cc]onsumer\w*\.subscribe\(\s*\[\s*)(?<topic>['"][^'"\n]*['"])"#,
        ["from kafka import KafkaConsumer\nconsumer = ↓KafkaConsumer(\"orders.created\", bootstrap_servers=BROKERS)"],
        ["from kafka import KafkaConsumer\nfor message in consumer: ..."])

    static let springTemplate = kafka(
        "java.kafka.template", "A Spring KafkaTemplate send to a topic.", producer: true, [.java, .kotlin], ["KafkaTemplate", "kafkaTemplate"],
        #"\b\w*[Kk]afka\w*\.send(?:Default)?\(\s*(?<topic>"# + argument + ")",
        note: "Any receiver named like `kafka` in a file that mentions KafkaTemplate is taken for one.",
        ["↓kafkaTemplate.send(\"orders.created\", order.id(), event);", "import org.springframework.kafka.core.KafkaTemplate\n↓kafka.send(\"customer.updated\", id, customer)"],
        ["KafkaTemplate<String, String> kafkaTemplate;"])

    static let springListener = kafka(
        "java.kafka.listener", "A Spring `@KafkaListener` on a topic.", producer: false, [.java, .kotlin], ["@KafkaListener"],
        #"@KafkaListener\([^)]*?topics\s*=\s*(?:\{|\[)?\s*(?<topic>"[^"\n]*"|[\w.$]+)"#,
        ["↓@KafkaListener(topics = \"payments.settled\", groupId = \"orders\")\npublic void on(String m) {}"],
        ["@EnableKafka\npublic class Config {}"])

    static let javaRecord = kafka(
        "java.kafka.producer-record", "A plain Kafka `ProducerRecord` for a topic.", producer: true, [.java, .kotlin], ["ProducerRecord"],
        #"\b(?:new\s+)?ProducerRecord(?:<[^>\n]*>)?\(\s*(?<topic>"# + argument + ")",
        ["producer.send(↓new ProducerRecord<>(\"audit\", key, value));"], ["import org.apache.kafka.clients.producer.ProducerRecord;"])

    static let goConfluent = kafka(
        "go.kafka.confluent", "A confluent-kafka-go produce to a topic.", producer: true, [.go], ["confluent-kafka-go"],
        #"\.Produce\(\s*&kafka\.Message\{[\s\S]{0,200}?Topic:\s*&?(?<topic>[\w.]+)"#,
        note: "The topic is the variable named in `TopicPartition`, not its value.",
        ["import \"github.com/confluentinc/confluent-kafka-go/v2/kafka\"\np↓.Produce(&kafka.Message{\n\tTopicPartition: kafka.TopicPartition{Topic: &topic, Partition: kafka.PartitionAny},\n}, nil)"],
        ["import \"github.com/confluentinc/confluent-kafka-go/v2/kafka\"\np.Flush(1000)"])

    static let goSegmentio = MessagingRule.make(
        "go.kafka.segmentio", "A segmentio/kafka-go writer or reader for a topic.", producer: true, technology: "kafka", protocol: "kafka",
        [.go], ["segmentio/kafka-go"],
        #"\bkafka\.(?:Writer\{|NewWriter\(|NewReader\()[\s\S]{0,300}?Topic:\s*(?<topic>"# + argument + ")",
        note: "Readers are reported as producers too; check the evidence.",
        ["import \"github.com/segmentio/kafka-go\"\nw := &↓kafka.Writer{\n\tAddr: kafka.TCP(brokers),\n\tTopic: \"shipments\",\n}"],
        ["import \"github.com/segmentio/kafka-go\"\nconn, _ := kafka.Dial(\"tcp\", addr)"])

    static let dotnetProducer = kafka(
        "csharp.kafka.producer", "A Confluent.Kafka produce to a topic.", producer: true, [.csharp], ["Confluent.Kafka"],
        #"\b\w+\.Produce(?:Async)?\(\s*(?<topic>"# + argument + ")",
        ["using Confluent.Kafka;\nawait ↓producer.ProduceAsync(\"orders.created\", message);"],
        ["using Confluent.Kafka;\nproducer.Flush();"])

    static let dotnetConsumer = kafka(
        "csharp.kafka.consumer", "A Confluent.Kafka consumer subscribed to a topic.", producer: false, [.csharp], ["Confluent.Kafka"],
        #"\b\w*[Cc]onsumer\w*\.Subscribe\(\s*(?<topic>"# + argument + ")",
        ["using Confluent.Kafka;\n↓consumer.Subscribe(\"payments.settled\");"], ["using Confluent.Kafka;\nconsumer.Close();"])

    static let swiftProducer = kafka(
        "swift.kafka.producer", "A swift-kafka-client message for a topic.", producer: true, [.swift], ["KafkaProducerMessage"],
        #"\bKafkaProducerMessage\(\s*topic:\s*(?<topic>"# + argument + ")",
        ["try producer.send(↓KafkaProducerMessage(topic: \"orders.created\", value: payload))"], ["let producer = try KafkaProducer(config: c)"])

    static let swiftConsumer = kafka(
        "swift.kafka.consumer", "A swift-kafka-client consumer group on topics.", producer: false, [.swift], ["KafkaConsumer"],
        #"\.group\(\s*id:\s*"# + argument + #",\s*topics:\s*\[\s*(?<topic>"# + argument + ")",
        ["var config = KafkaConsumerConfiguration(consumptionStrategy: ↓.group(id: \"orders\", topics: [\"payments.settled\"]))"],
        ["let consumer = try KafkaConsumer(configuration: config, logger: logger)"])
}

/// RabbitMQ (AMQP) publishers and consumers with their routing keys and queues.
enum RabbitMQRules {
    static let all = [pikaConnection, pikaPublish, pikaConsume, amqplibSend, amqplibPublish, amqplibConsume, springTemplate, springListener,
                      goPublish, goConsume, dotnetPublish, dotnetConsume]

    private static let argument = MessagingRule.argument
    private static func rabbit(_ id: String, _ summary: String, producer: Bool, _ languages: [Language], _ keywords: [String],
                               _ pattern: String, note: String? = nil, _ triggering: [String], _ nonTriggering: [String]) -> Rule {
        MessagingRule.make(id, summary, producer: producer, technology: "rabbitmq", protocol: "amqp", languages, keywords, pattern,
                           note: note, triggering, nonTriggering)
    }

    static let pikaConnection = Rule(
        id: "python.rabbitmq.connection", summary: "A pika connection to a RabbitMQ host.", kind: .broker, technology: "rabbitmq",
        protocol: "amqp", mode: .async, direction: .call, languages: [.python], keywords: ["BlockingConnection", "SelectConnection"],
        pattern: #"\bpika\.(?:Blocking|Select)Connection\(\s*(?:(?:pika\.)?(?:ConnectionParameters|URLParameters)\(\s*(?:host\s*=\s*)?)?(?<target>"# + argument + ")?",
        triggering: ["conn = ↓pika.BlockingConnection(pika.ConnectionParameters(host=os.getenv('AMQP_HOST', 'rabbitmq')))"],
        nonTriggering: ["import pika\nchannel = connection.channel()"])

    static let pikaPublish = rabbit(
        "python.rabbitmq.publish", "A pika publish with its routing key.", producer: true, [.python], ["basic_publish"],
        #"(?<=\.)basic_publish\([^)]*?routing_key\s*=\s*(?<topic>"# + argument + ")",
        ["channel.↓basic_publish(exchange=\"\", routing_key=\"shipments\", body=data)"], ["channel.queue_declare(queue=\"shipments\")"])

    static let pikaConsume = rabbit(
        "python.rabbitmq.consume", "A pika consumer on a queue.", producer: false, [.python], ["basic_consume"],
        #"(?<=\.)basic_consume\(\s*(?:[^)]*?queue\s*=\s*)?(?<topic>"# + argument + ")",
        ["channel.↓basic_consume(queue=\"shipments\", on_message_callback=handle)"], ["channel.start_consuming()"])

    static let amqplibSend = rabbit(
        "js.rabbitmq.send-to-queue", "An amqplib message sent straight to a queue.", producer: true, [.javascript, .typescript], ["sendToQueue"],
        #"\b\w+\.sendToQueue\(\s*(?<topic>"# + argument + ")",
        ["↓channel.sendToQueue('emails', Buffer.from(JSON.stringify(msg)))"], ["await channel.assertQueue('emails')"])

    static let amqplibPublish = rabbit(
        "js.rabbitmq.publish", "An amqplib publish to an exchange with a routing key.", producer: true, [.javascript, .typescript],
        ["amqplib", "amqp-connection-manager"],
        #"\b\w*(?:[Cc]hannel|ch)\w*\.publish\(\s*(?<target>"# + argument + #")\s*,\s*(?<topic>"# + argument + ")",
        ["const amqp = require('amqplib')\n↓channel.publish('orders', 'order.created', payload)"],
        ["const amqp = require('amqplib')\nawait channel.assertExchange('orders', 'topic')"])

    static let amqplibConsume = rabbit(
        "js.rabbitmq.consume", "An amqplib consumer on a queue.", producer: false, [.javascript, .typescript], ["amqplib", "amqp-connection-manager"],
        #"\b\w*(?:[Cc]hannel|ch)\w*\.consume\(\s*(?<topic>"# + argument + ")",
        ["const amqp = require('amqplib')\nawait ↓channel.consume('emails', onMessage)"], ["const amqp = require('amqplib')\nchannel.ack(msg)"])

    static let springTemplate = rabbit(
        "java.rabbitmq.template", "A Spring RabbitTemplate send (exchange or routing key first).", producer: true, [.java, .kotlin],
        ["RabbitTemplate", "rabbitTemplate"],
        #"\b\w*[Rr]abbitTemplate\.(?:convertAndSend|send)\(\s*(?<topic>"# + argument + ")",
        note: "With two or three arguments the first is the exchange, recorded as the topic.",
        ["↓rabbitTemplate.convertAndSend(\"shipments\", event);"], ["RabbitTemplate rabbitTemplate;"])

    static let springListener = rabbit(
        "java.rabbitmq.listener", "A Spring `@RabbitListener` on a queue.", producer: false, [.java, .kotlin], ["@RabbitListener"],
        #"@RabbitListener\([^)]*?queues\s*=\s*(?:\{|\[)?\s*(?<topic>"[^"\n]*"|[\w.$]+)"#,
        ["↓@RabbitListener(queues = \"shipments\")\npublic void on(Shipment s) {}"], ["@EnableRabbit\nclass Config {}"])

    static let goPublish = rabbit(
        "go.rabbitmq.publish", "An amqp091-go publish with its routing key.", producer: true, [.go], ["amqp091-go", "streadway/amqp"],
        #"\b\w+\.Publish(?:WithContext)?\(\s*(?:ctx\s*,\s*)?(?<target>"# + argument + #")\s*,\s*(?<topic>"# + argument + ")",
        ["import amqp \"github.com/rabbitmq/amqp091-go\"\nerr = ↓ch.PublishWithContext(ctx, \"\", \"shipments\", false, false, msg)"],
        ["import amqp \"github.com/rabbitmq/amqp091-go\"\nq, err := ch.QueueDeclare(\"shipments\", true, false, false, false, nil)"])

    static let goConsume = rabbit(
        "go.rabbitmq.consume", "An amqp091-go consumer on a queue.", producer: false, [.go], ["amqp091-go", "streadway/amqp"],
        #"\b\w+\.Consume\(\s*(?<topic>"# + argument + ")",
        ["import amqp \"github.com/rabbitmq/amqp091-go\"\nmsgs, err := ↓ch.Consume(\"shipments\", \"\", true, false, false, false, nil)"],
        ["import amqp \"github.com/rabbitmq/amqp091-go\"\nch.Qos(1, 0, false)"])

    static let dotnetPublish = rabbit(
        "csharp.rabbitmq.publish", "A RabbitMQ.Client publish with its routing key.", producer: true, [.csharp], ["BasicPublish"],
        #"\bBasicPublish(?:Async)?\(\s*(?:exchange:\s*)?(?<target>"# + argument + #")\s*,\s*(?:routingKey:\s*)?(?<topic>"# + argument + ")",
        ["channel.↓BasicPublish(exchange: \"\", routingKey: \"shipments\", body: body);"], ["channel.QueueDeclare(\"shipments\");"])

    static let dotnetConsume = rabbit(
        "csharp.rabbitmq.consume", "A RabbitMQ.Client consumer on a queue.", producer: false, [.csharp], ["BasicConsume"],
        #"\bBasicConsume(?:Async)?\(\s*(?:queue:\s*)?(?<topic>"# + argument + ")",
        ["channel.↓BasicConsume(queue: \"shipments\", autoAck: true, consumer: consumer);"], ["channel.BasicAck(tag, false);"])
}

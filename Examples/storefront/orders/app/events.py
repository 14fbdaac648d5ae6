import json
import os

import pika

_connection = pika.BlockingConnection(pika.URLParameters(os.environ["AMQP_URL"]))
_channel = _connection.channel()
_channel.queue_declare(queue="order.created", durable=True)


def publish_order_created(order):
    _channel.basic_publish(exchange="", routing_key="order.created", body=json.dumps(order))

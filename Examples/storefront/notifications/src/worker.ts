import sgMail from "@sendgrid/mail";
import amqp from "amqplib";
import axios from "axios";
import { Kafka } from "kafkajs";
import twilio from "twilio";

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? "");
const sms = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

async function customer(id: string) {
  // No timeout: axios waits forever by default.
  const response = await axios.get(`${process.env.CUSTOMERS_URL}/customers/${id}`);
  return response.data;
}

async function main() {
  const connection = await amqp.connect(process.env.AMQP_URL ?? "amqp://localhost");
  const channel = await connection.createChannel();
  await channel.assertQueue("order.created", { durable: true });
  channel.consume("order.created", async (message) => {
    if (!message) return;
    const order = JSON.parse(message.content.toString());
    const who = await customer(order.customerId);
    await sgMail.send({ to: who.email, from: "shop@example.com", subject: "Order received", text: `Order ${order.id}` });
    channel.ack(message);
  });

  const kafka = new Kafka({ clientId: "notifications", brokers: (process.env.KAFKA_BROKERS ?? "").split(",") });
  const consumer = kafka.consumer({ groupId: "notifications" });
  await consumer.connect();
  await consumer.subscribe({ topic: "customer.updated" });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const update = JSON.parse(message.value?.toString() ?? "{}");
      await sms.messages.create({ to: update.phone, from: "+15550000000", body: "Your profile changed" });
    },
  });
}

main();

/// Calls on an in-repo event-bus facade (`eventBus.Publish(new OrderPlaced(...))`,
/// `eventBus.Subscribe<OrderPlaced, OrderPlacedHandler>()`): the event type is the topic. The
/// technology is `event-bus` until the landscape gives it the broker of the library the
/// component is built from (see `LibraryPassThrough`).
enum EventBusRules {
    static let all = [csharpPublish, csharpSubscribe]

    static let csharpPublish = MessagingRule.make(
        "csharp.event-bus.publish", "An event published through an event-bus facade; the event type, when constructed in the call, is the topic.",
        producer: true, technology: "event-bus", protocol: "event-bus", [.csharp], ["Publish"],
        #"\b_?\w*[Bb]us\w*\.Publish(?:Async)?\(\s*(?:new\s+(?<topic>[A-Z]\w*))?"#, confidence: .medium,
        note: "An event built earlier (`Publish(evt)`) gives no topic; the broker is known only when the component is built from an in-repo bus library that talks to one.",
        ["↓_eventBus.Publish(new OrderPlacedEvent(order.Id));", "await ↓bus.PublishAsync(evt);"],
        ["_eventBus.Subscribe<OrderPlaced, Handler>();", "publisher.Publish(evt);"])

    static let csharpSubscribe = MessagingRule.make(
        "csharp.event-bus.subscribe", "An event-bus subscription registered with its event and handler types; the event type is the topic.",
        producer: false, technology: "event-bus", protocol: "event-bus", [.csharp], ["Subscribe<", "AddSubscription<"],
        #"\.(?:Subscribe|AddSubscription)<\s*(?<topic>(?!T[A-Z])[A-Z][\w.]{2,})\s*,\s*[\w.]+(?:<[\w.]+>)?\s*>\s*\("#, confidence: .medium,
        note: "Generic registrations only; a subscription by string name is not read.",
        ["eventBus↓.Subscribe<OrderPlacedEvent, OrderPlacedHandler>();", "services↓.AddSubscription<PriceChanged, PriceChangedHandler>();",
         "eventBus↓.Subscribe<OrderPaid, IEventHandler<OrderPaid>>();"],
        ["eventBus.Unsubscribe<OrderPlaced, Handler>();", "consumer.Subscribe(\"orders\");",
         "_subsManager.AddSubscription<T, TH>();"])
}

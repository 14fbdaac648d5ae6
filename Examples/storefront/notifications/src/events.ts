// The shape notifications expects on `order.created` (notifications/asyncapi.yaml describes it).
// `currency` is read by the e-mail template but orders never sends it.
export interface OrderCreated {
  id: string;
  total: number;
  customerId: string;
  currency: "EUR" | "USD";
}

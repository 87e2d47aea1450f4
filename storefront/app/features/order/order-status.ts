/**
 * Medusa keeps three statuses on an order (the order's, its payment's, its fulfillment's); a shopper wants one
 * answer to "where is my order?" and one to "have I paid?". These pick the i18n keys (`order.progress.*`,
 * `order.paymentState.*`) and a tone for the badge.
 */
import type { PaymentMethod } from "~/lib/payment-methods"

export type Tone = "neutral" | "progress" | "done" | "stopped"

export function orderProgress(order: { status: string; fulfillment_status: string | null }): { key: string; tone: Tone } {
  if (order.status === "canceled") return { key: "canceled", tone: "stopped" }
  if (order.status === "requires_action") return { key: "requiresAction", tone: "stopped" }
  if (order.status === "completed" || order.status === "archived") return { key: "completed", tone: "done" }
  switch (order.fulfillment_status) {
    case "delivered":
    case "partially_delivered":
      return { key: "delivered", tone: "done" }
    case "shipped":
    case "partially_shipped":
      return { key: "shipped", tone: "progress" }
    case "fulfilled":
    case "partially_fulfilled":
      return { key: "packed", tone: "progress" }
    default:
      return { key: "placed", tone: "neutral" }
  }
}

export type PaymentState = "paid" | "cardHeld" | "unpaid" | "payOnDelivery" | "refunded" | "canceled"

export function paymentState(order: { payment_status: string | null; payment_method: PaymentMethod | null }): PaymentState {
  // A card authorised at checkout holds the money at the bank: charged when the order is captured (shipped).
  if (order.payment_status === "authorized" && order.payment_method === "stripe") return "cardHeld"
  switch (order.payment_status) {
    case "captured":
    case "partially_captured":
      return "paid"
    case "partially_refunded":
    case "refunded":
      return "refunded"
    case "canceled":
      return "canceled"
    default:
      // not_paid, awaiting, authorized: cash on delivery is authorised at once and collected at the door.
      return order.payment_method === "cod" ? "payOnDelivery" : "unpaid"
  }
}

/**
 * Medusa keeps three statuses on an order (the order's, its payment's, its fulfillment's); a shopper wants one
 * answer to "where is my order?" and one to "have I paid?". These pick the i18n keys (`account.orderStatus.*`,
 * `account.paymentStatus.*`) and a tone for the badge.
 */
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

export function paymentState(paymentStatus: string | null, providerId: string | null = null): string {
  // A card authorised at checkout holds the money at the bank: charged when the order is captured (shipped).
  if (paymentStatus === "authorized" && paymentMethodKey(providerId) === "card") return "cardHeld"
  switch (paymentStatus) {
    case "captured":
    case "partially_captured":
      return "paid"
    case "partially_refunded":
    case "refunded":
      return "refunded"
    case "canceled":
      return "canceled"
    default:
      // not_paid, awaiting, authorized (cash on delivery is authorised at once, collected at the door).
      return "unpaid"
  }
}

/** The payment providers the checkout offers, by Medusa's id, as `account.paymentMethod.*` keys. */
export function paymentMethodKey(providerId: string | null): string | null {
  switch (providerId) {
    case "pp_system_default":
      return "cod"
    case "pp_bank-transfer_vietqr":
      return "vietqr"
    case "pp_stripe_stripe":
      return "card"
    default:
      return null
  }
}

import { describe, expect, it } from "vitest"
import { orderProgress, paymentMethodKey, paymentState } from "./order-status"

describe("an order's status for the shopper", () => {
  it("follows the fulfillment while the order is open", () => {
    const open = (fulfillment_status: string | null) => orderProgress({ status: "pending", fulfillment_status })
    expect(open("not_fulfilled")).toEqual({ key: "placed", tone: "neutral" })
    expect(open(null)).toEqual({ key: "placed", tone: "neutral" })
    expect(open("fulfilled").key).toBe("packed")
    expect(open("partially_shipped").key).toBe("shipped")
    expect(open("delivered")).toEqual({ key: "delivered", tone: "done" })
  })

  it("lets the order's own status win when it is cancelled or completed", () => {
    expect(orderProgress({ status: "canceled", fulfillment_status: "shipped" })).toEqual({ key: "canceled", tone: "stopped" })
    expect(orderProgress({ status: "completed", fulfillment_status: "not_fulfilled" }).key).toBe("completed")
    expect(orderProgress({ status: "requires_action", fulfillment_status: null }).key).toBe("requiresAction")
  })

  it("counts only captured money as paid: cash on delivery is authorised at once and paid at the door", () => {
    expect(paymentState("authorized")).toBe("unpaid")
    expect(paymentState("awaiting")).toBe("unpaid")
    expect(paymentState("captured")).toBe("paid")
    expect(paymentState("partially_refunded")).toBe("refunded")
    expect(paymentState("canceled")).toBe("canceled")
  })

  it("tells a shopper whose card was authorised that the bank holds the money until the order ships", () => {
    expect(paymentState("authorized", "pp_stripe_stripe")).toBe("cardHeld")
    expect(paymentState("captured", "pp_stripe_stripe")).toBe("paid")
    expect(paymentState("authorized", "pp_system_default")).toBe("unpaid")
  })

  it("names the checkout's payment providers and no other", () => {
    expect(paymentMethodKey("pp_system_default")).toBe("cod")
    expect(paymentMethodKey("pp_bank-transfer_vietqr")).toBe("vietqr")
    expect(paymentMethodKey("pp_stripe_stripe")).toBe("card")
    expect(paymentMethodKey("pp_unknown")).toBeNull()
    expect(paymentMethodKey(null)).toBeNull()
  })
})

import { describe, expect, it } from "vitest"
import { orderProgress, paymentState } from "./order-status"

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
    const transfer = (payment_status: string | null) => paymentState({ payment_status, payment_method: "vietqr" })
    expect(transfer("authorized")).toBe("unpaid")
    expect(transfer("awaiting")).toBe("unpaid")
    expect(transfer(null)).toBe("unpaid")
    expect(transfer("captured")).toBe("paid")
    expect(transfer("partially_refunded")).toBe("refunded")
    expect(transfer("canceled")).toBe("canceled")
    expect(paymentState({ payment_status: "authorized", payment_method: "cod" })).toBe("payOnDelivery")
    expect(paymentState({ payment_status: "captured", payment_method: "cod" })).toBe("paid")
  })

  it("tells a shopper whose card was authorised that the bank holds the money until the order ships", () => {
    expect(paymentState({ payment_status: "authorized", payment_method: "stripe" })).toBe("cardHeld")
    expect(paymentState({ payment_status: "captured", payment_method: "stripe" })).toBe("paid")
  })
})

import { describe, expect, it } from "vitest"
import { nextSteps, parcelProgress, parcelState, refuseStep } from "./fulfilment"

const packed = { id: "ful_1", packed_at: "2026-12-01T02:00:00Z", metadata: {} }

describe("where a producer's parcel is", () => {
  it("is placed until packed, then packed, shipped and delivered as its fulfilment goes", () => {
    expect(parcelState({ status: "pending", fulfillments: [] })).toBe("placed")
    expect(parcelState({ status: "pending", fulfillments: [packed] })).toBe("packed")
    expect(parcelState({ status: "pending", fulfillments: [{ ...packed, shipped_at: "2026-12-01T03:00:00Z" }] })).toBe("shipped")
    expect(parcelState({ status: "completed", fulfillments: [{ ...packed, shipped_at: "x", delivered_at: "y" }] })).toBe("delivered")
  })

  it("is ready for pickup once the producer says so, and a cancelled fulfilment does not count", () => {
    expect(parcelState({ status: "pending", fulfillments: [{ ...packed, metadata: { ocop_ready_for_pickup_at: "2026-12-01T04:00:00Z" } }] })).toBe("ready_for_pickup")
    expect(parcelState({ status: "pending", fulfillments: [{ ...packed, canceled_at: "2026-12-01T04:00:00Z" }] })).toBe("placed")
    expect(parcelState({ status: "canceled", fulfillments: [packed] })).toBe("canceled")
  })

  it("carries its carrier and tracking number once shipped, and its reason once cancelled", () => {
    const shipped = { status: "pending", fulfillments: [{ ...packed, shipped_at: "s", metadata: { ocop_carrier: "GHN" }, labels: [{ tracking_number: "GHN123456" }] }] }
    expect(parcelProgress(shipped)).toMatchObject({ state: "shipped", tracking: { carrier: "GHN", number: "GHN123456" }, cancel_reason: null })
    const canceled = { status: "canceled", canceled_at: "c", metadata: { ocop_cancellation: { reason: "Hết hàng", at: "c" } }, fulfillments: [] }
    expect(parcelProgress(canceled)).toMatchObject({ state: "canceled", tracking: null, canceled_at: "c", cancel_reason: "Hết hàng" })
  })
})

describe("the next step of a parcel", () => {
  it("goes placed → packed → shipped → delivered at home, placed → packed → ready → delivered at a sales point", () => {
    expect(nextSteps("placed", "home")).toEqual(["packed", "canceled"])
    expect(nextSteps("packed", "home")).toEqual(["shipped", "canceled"])
    expect(nextSteps("shipped", "home")).toEqual(["delivered"])
    expect(nextSteps("packed", "pickup")).toEqual(["ready_for_pickup", "canceled"])
    expect(nextSteps("ready_for_pickup", "pickup")).toEqual(["delivered", "canceled"])
    expect(nextSteps("delivered", "home")).toEqual([])
    expect(nextSteps("canceled", "pickup")).toEqual([])
  })

  it("refuses a step out of order in Vietnamese and English, naming the next one", () => {
    expect(refuseStep("packed", "home", "shipped")).toBeNull()
    expect(refuseStep("placed", "home", "shipped")).toBe(
      "Không thể giao cho đơn vị vận chuyển: đơn hàng mới đặt; bước tiếp theo: đóng gói hoặc huỷ / cannot mark it shipped: the order is placed; next: mark it packed or cancel it"
    )
    expect(refuseStep("delivered", "home", "canceled")).toMatch(/^Không thể huỷ: đơn hàng đã giao \/ cannot cancel it: the order is delivered$/)
  })

  it("says a pickup is not shipped, a home delivery is not picked up, and a parcel on the road is not cancelled", () => {
    expect(refuseStep("packed", "pickup", "shipped")).toMatch(/a pickup order is not shipped/)
    expect(refuseStep("packed", "home", "ready_for_pickup")).toMatch(/a home-delivery order is not picked up/)
    expect(refuseStep("shipped", "home", "canceled")).toMatch(/can no longer be cancelled/)
  })
})

import { describe, expect, it } from "vitest"
import { orderChannel } from "./channels"

describe("the channel an order came through", () => {
  it("is a kiosk's or a fair's till when its sales channel says so", () => {
    expect(orderChannel({ sales_channel_kind: "kiosk", is_pickup: true })).toBe("kiosk")
    expect(orderChannel({ sales_channel_kind: "fair" })).toBe("fair")
  })

  it("is a fair when picked up at a fair booth, pickup at any other sales point, online otherwise", () => {
    expect(orderChannel({ pickup_point_type: "fair_booth", is_pickup: true })).toBe("fair")
    expect(orderChannel({ pickup_point_type: "kiosk_cluster", is_pickup: true })).toBe("pickup")
    expect(orderChannel({ is_pickup: true })).toBe("pickup")
    expect(orderChannel({})).toBe("online")
  })
})

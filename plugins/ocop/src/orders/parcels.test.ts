import { describe, expect, it } from "vitest"
import { parcelDeliveryPrice, shareAmount } from "./parcel-pricing"
import { NO_PRODUCER, parcelKeys, splitIntoParcels } from "./parcels"

const producerOf = new Map([
  ["prod_coffee", "producer_a"],
  ["prod_honey", "producer_b"],
  ["prod_pepper", "producer_a"],
  ["prod_cacao", "producer_c"],
])
const line = (id: string, product_id: string, total: number) => ({ id, product_id, total })

describe("a cart cut into one parcel per producer", () => {
  it("keeps each producer's lines together, producers in the order their first line was added", () => {
    const cart = { items: [line("l1", "prod_honey", 1), line("l2", "prod_coffee", 2), line("l3", "prod_pepper", 3)], shipping_methods: [] }
    const parcels = splitIntoParcels(cart, producerOf)
    expect(parcels.map((p) => [p.producer_id, p.items.map((i) => i.id)])).toEqual([
      ["producer_b", ["l1"]],
      ["producer_a", ["l2", "l3"]],
    ])
  })

  it("puts lines of products without a producer in a parcel of their own", () => {
    expect(parcelKeys([line("l1", "prod_unknown", 1), line("l2", "prod_coffee", 1)], producerOf)).toEqual([NO_PRODUCER, "producer_a"])
    const [own] = splitIntoParcels({ items: [line("l1", "prod_unknown", 1)] }, producerOf)
    expect(own!.producer_id).toBeNull()
  })

  it("gives every parcel its share of the delivery: three parcels of a 60.000 ₫ method pay 20.000 ₫ each", () => {
    const cart = {
      items: [line("l1", "prod_coffee", 1), line("l2", "prod_honey", 1), line("l3", "prod_cacao", 1)],
      shipping_methods: [{ id: "sm", amount: 60_000, adjustments: [{ code: "FREESHIP", amount: 30_000 }] }],
    }
    const parcels = splitIntoParcels(cart, producerOf)
    expect(parcels.map((p) => p.shipping_methods.map((m) => [m.amount, m.adjustments.map((a) => a.amount)]))).toEqual([
      [[20_000, [10_000]]],
      [[20_000, [10_000]]],
      [[20_000, [10_000]]],
    ])
  })

  it("shares out any amount so that the shares add up to it", () => {
    expect(shareAmount(100_000, 3)).toEqual([33_334, 33_333, 33_333])
    expect(shareAmount(0, 2)).toEqual([0, 0])
    expect(shareAmount(45_000, 1)).toEqual([45_000])
    for (const [amount, parts] of [[1, 7], [99_999, 4], [20_000, 2]] as const) {
      expect(shareAmount(amount, parts).reduce((a, b) => a + b, 0)).toBe(amount)
    }
  })

  it("prices home delivery per parcel, and an empty cart as one parcel", () => {
    expect(parcelDeliveryPrice(20_000, 3)).toBe(60_000)
    expect(parcelDeliveryPrice(35_000, 1)).toBe(35_000)
    expect(parcelDeliveryPrice(45_000, 0)).toBe(45_000)
  })
})

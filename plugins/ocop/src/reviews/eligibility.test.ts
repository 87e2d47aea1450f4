import { describe, expect, it } from "vitest"
import { authorName, deliveredLines, type OrderGraph } from "./eligibility"

const order = (over: Partial<OrderGraph> = {}): OrderGraph => ({
  id: "order_1",
  display_id: 7,
  status: "pending",
  customer_id: "cus_lan",
  created_at: "2026-11-01T00:00:00.000Z",
  items: [
    { id: "ordli_coffee", product_id: "prod_coffee", variant_title: "Gói 500 g" },
    { id: "ordli_honey", product_id: "prod_honey", variant_title: "Chai 500 ml" },
  ],
  fulfillments: [{ delivered_at: "2026-11-05T00:00:00.000Z", canceled_at: null, items: [{ line_item_id: "ordli_coffee" }] }],
  ...over,
})

describe("which order lines a customer may review", () => {
  it("offers a line of the product that a fulfilment delivered", () => {
    expect(deliveredLines([order()], "cus_lan", "prod_coffee")).toEqual([
      {
        order_line_id: "ordli_coffee",
        order_id: "order_1",
        order_display_id: 7,
        ordered_at: "2026-11-01T00:00:00.000Z",
        variant_title: "Gói 500 g",
        delivered_at: "2026-11-05T00:00:00.000Z",
      },
    ])
  })

  it("does not offer a line that is only packed or shipped, nor one in a cancelled fulfilment", () => {
    expect(deliveredLines([order()], "cus_lan", "prod_honey")).toEqual([])
    const cancelled = order({ fulfillments: [{ delivered_at: "2026-11-05T00:00:00.000Z", canceled_at: "2026-11-06T00:00:00.000Z", items: [{ line_item_id: "ordli_coffee" }] }] })
    expect(deliveredLines([cancelled], "cus_lan", "prod_coffee")).toEqual([])
    const shipped = order({ fulfillments: [{ delivered_at: null, items: [{ line_item_id: "ordli_coffee" }] }] })
    expect(deliveredLines([shipped], "cus_lan", "prod_coffee")).toEqual([])
  })

  it("never offers another customer's order, nor a cancelled order", () => {
    expect(deliveredLines([order({ customer_id: "cus_other" })], "cus_lan", "prod_coffee")).toEqual([])
    expect(deliveredLines([order({ status: "canceled" })], "cus_lan", "prod_coffee")).toEqual([])
  })

  it("offers each delivered purchase of the product once, so a second purchase may be reviewed again", () => {
    const second = order({ id: "order_2", items: [{ id: "ordli_coffee_2", product_id: "prod_coffee" }], fulfillments: [{ delivered_at: "2026-11-20T00:00:00.000Z", items: [{ line_item_id: "ordli_coffee_2" }] }] })
    expect(deliveredLines([second, order()], "cus_lan", "prod_coffee").map((line) => line.order_line_id)).toEqual(["ordli_coffee", "ordli_coffee_2"])
  })
})

describe("the name shown on a review", () => {
  it("is the given name and the family name's initial", () => {
    expect(authorName("Lan", "Nguyễn")).toBe("Lan N.")
    expect(authorName(" Hương ", "đỗ")).toBe("Hương Đ.")
    // As the storefront splits "Nguyễn Thị Lan": the family name apart, the middle and given names together.
    expect(authorName("Thị Lan", "Nguyễn")).toBe("Lan N.")
  })

  it("takes the given name from a whole Vietnamese name kept in one field", () => {
    expect(authorName("Nguyễn Thị Lan", null)).toBe("Lan N.")
    expect(authorName(null, "Trần Văn Minh")).toBe("Minh T.")
  })

  it("is one word when the account holds one, and empty when it holds none", () => {
    expect(authorName("Lan", "")).toBe("Lan")
    expect(authorName(null, undefined)).toBe("")
  })
})

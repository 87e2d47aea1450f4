import { describe, expect, it } from "vitest"
import { MAX_BODY_DEPTH, whyRefused } from "./request-guard"

const refused = (originalUrl: string, query: Record<string, unknown> = {}, body?: unknown) =>
  whyRefused({ originalUrl, query, body })?.en ?? null

const nested = (depth: number) => {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

describe("the request guard in front of every route", () => {
  it("lets ordinary requests through, Vietnamese text and all", () => {
    expect(refused("/store/products?q=c%C3%A0%20ph%C3%AA&limit=24&offset=0", { q: "cà phê", limit: "24", offset: "0" })).toBeNull()
    expect(refused("/store/carts", {}, { email: "lan@example.com", metadata: { note: "Giao buổi sáng" } })).toBeNull()
  })

  it("refuses a path or query that is not valid percent-encoded UTF-8", () => {
    expect(refused("/store/products/%ff")).toMatch(/percent escape/)
    expect(refused("/store/ocop/sales-points/%E0%A4%A")).toMatch(/percent escape/)
    expect(refused("/store/products?q=%E0%A4%A", { q: "%E0%A4%A" })).toMatch(/query string/)
  })

  it("refuses a NUL byte in the path, the query, a body value or a body key", () => {
    expect(refused("/store/carts/a%00b")).toMatch(/NUL/)
    expect(refused("/store/products?q=%00", { q: "\u0000" })).toMatch(/NUL/)
    expect(refused("/store/carts", {}, { shipping_address: { address_1: "a\u0000b" } })).toMatch(/NUL/)
    expect(refused("/store/carts", {}, { metadata: { "a\u0000b": 1 } })).toMatch(/NUL/)
    expect(refused("/auth/customer/emailpass", {}, { email: "a\u0000b@example.com", password: "x" })).toMatch(/NUL/)
  })

  it(`refuses a body nested deeper than ${MAX_BODY_DEPTH} levels, without overflowing its own stack on 5 000`, () => {
    expect(refused("/store/carts", {}, nested(MAX_BODY_DEPTH - 1))).toBeNull()
    expect(refused("/store/carts", {}, nested(MAX_BODY_DEPTH + 1))).toMatch(/nested deeper/)
    expect(refused("/store/carts", {}, nested(5000))).toMatch(/nested deeper/)
  })

  it("leaves raw bodies alone: a webhook's bytes are not fields", () => {
    expect(refused("/hooks/payment/stripe_stripe", {}, Buffer.from("\u0000".repeat(10)))).toBeNull()
  })

  it("takes store list limits from 1 to 100 and whole offsets, and refuses anything else", () => {
    for (const limit of ["-1", "0", "101", "100000", "1.5", "abc", "", "99999999999"]) {
      expect(refused(`/store/products?limit=${limit}`, { limit }), limit).toMatch(/limit must be/)
    }
    expect(refused("/store/products?limit=1&limit=2", { limit: ["1", "2"] })).toMatch(/limit must be/)
    for (const offset of ["-1", "1e3", "2147483648"]) expect(refused("/store/products", { offset }), offset).toMatch(/offset must be/)
    expect(refused("/store/products", { limit: "100", offset: "9000" })).toBeNull()
  })

  it("leaves admin lists Medusa's own ceiling, still whole numbers", () => {
    expect(refused("/admin/products", { limit: "1000" })).toBeNull()
    expect(refused("/admin/products", { limit: "-1" })).toMatch(/limit must be/)
  })
})

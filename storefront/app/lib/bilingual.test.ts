import { describe, expect, it } from "vitest"
import { inLanguage } from "./bilingual"

describe("a backend message in both languages", () => {
  it("reads in the page's language", () => {
    expect(inLanguage("Đơn hàng đã được huỷ / the order is already cancelled", "vi")).toBe("Đơn hàng đã được huỷ")
    expect(inLanguage("Đơn hàng đã được huỷ / the order is already cancelled", "en")).toBe("the order is already cancelled")
  })

  it("stays whole when it has only one language", () => {
    expect(inLanguage("Invalid request: Unrecognized fields: 'x'", "en")).toBe("Invalid request: Unrecognized fields: 'x'")
  })
})

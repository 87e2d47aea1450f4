import { describe, expect, it } from "vitest"
import type { Booth } from "~/lib/store-api"
import { fold, matchBooths } from "./fair-search"

const booth = (number: string, producer: string, products: string[]): Booth =>
  ({
    number,
    zone: null,
    position: { x: 0, y: 0, width: 1, height: 1 },
    producer: { handle: number, name: producer, entity_type: "cooperative", province_code: "66", address_as_certified: "huyện Krông Năng, tỉnh Đắk Lắk", phone: "" },
    products: products.map((title) => ({ title, subtitle: null })),
  }) as unknown as Booth

const booths = [booth("A1", "HTX Cà phê Ea Kiết", ["Cà phê rang xay"]), booth("B2", "HTX Mắc ca Phú Lộc", ["Mắc ca rang muối"]), booth("C3", "Tổ hợp tác Dệt thổ cẩm", ["Khăn thổ cẩm Ê Đê"])]

describe("searching a fair", () => {
  it("folds Vietnamese as the backend does: no marks, đ as d", () => {
    expect(fold("  Đắk   Lắk ")).toBe("dak lak")
  })

  it("finds booths by product, producer, place or number, accents or not, every word counting", () => {
    expect(matchBooths(booths, "ca phe").map((b) => b.number)).toEqual(["A1"])
    expect(matchBooths(booths, "mắc ca").map((b) => b.number)).toEqual(["B2"])
    expect(matchBooths(booths, "krong nang").length).toBe(3)
    expect(matchBooths(booths, "c3").map((b) => b.number)).toEqual(["C3"])
    expect(matchBooths(booths, "tho cam de").map((b) => b.number)).toEqual(["C3"])
    expect(matchBooths(booths, "sầu riêng")).toEqual([])
    expect(matchBooths(booths, "   ")).toHaveLength(3)
  })
})

// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { toCardData } from "~/lib/card-data"
import { groundCoffee, weaselCoffee } from "~/test/fixtures"
import { renderPage } from "~/test/render"
import { ProductCard, ProductGrid } from "./ProductCard"

afterEach(cleanup)

describe("ProductCard", () => {
  it("shows the name as a link, the stars, the lowest price in VND and who made it where", () => {
    renderPage(<ProductCard product={toCardData(groundCoffee)} />)
    const link = screen.getByRole("link", { name: "Cà phê rang xay Công bằng Ea Kiết" })
    expect(link.getAttribute("href")).toBe("/san-pham/ca-phe-rang-xay-cong-bang-ea-kiet")
    expect(screen.getByRole("img", { name: "4 sao OCOP" })).toBeTruthy()
    expect(screen.getByText("Từ 95.000\u00a0₫", { normalizer: (text) => text })).toBeTruthy()
    expect(screen.getByText("Hợp tác xã · huyện Cư M'gar, Đắk Lắk")).toBeTruthy()
  })

  it("shows the producer and the place whole, wrapping rather than cutting them", () => {
    renderPage(<ProductCard product={toCardData(groundCoffee)} />)
    for (const text of [groundCoffee.producer!.name, "Hợp tác xã · huyện Cư M'gar, Đắk Lắk"]) {
      const line = screen.getByText(text)
      expect(line.className).not.toMatch(/truncate|line-clamp|text-ellipsis/)
      expect(line.closest("[class*=truncate],[class*=line-clamp]")).toBeNull()
    }
  })

  it("links within the English site and labels the producer in English there", () => {
    renderPage(<ProductCard product={toCardData(groundCoffee)} />, "/en")
    expect(screen.getByRole("link").getAttribute("href")).toBe("/en/san-pham/ca-phe-rang-xay-cong-bang-ea-kiet")
    expect(screen.getByText("Cooperative · Cư M'gar district, Đắk Lắk")).toBeTruthy()
    expect(screen.getByText("From 95,000\u00a0₫ (VND)", { normalizer: (text) => text })).toBeTruthy()
  })

  it("adds to the cart from the card: a form posting the product's handle to the cart page of its language", () => {
    renderPage(<ProductCard product={toCardData(groundCoffee)} />, "/en")
    const button = screen.getByRole("button", { name: "Add Cà phê rang xay Công bằng Ea Kiết to the cart" })
    const form = button.closest("form")!
    expect(form.getAttribute("method")).toBe("post")
    expect(form.getAttribute("action")).toBe("/en/gio-hang")
    expect(Object.fromEntries(new FormData(form))).toMatchObject({ intent: "add", handle: groundCoffee.handle })
  })

  it("shows the buyers' average and count once the product has reviews, and nothing of the kind before", () => {
    renderPage(<ProductCard product={toCardData(weaselCoffee)} />)
    expect(screen.getByRole("img", { name: "Người mua chấm 4,7 trên 5 sao, 12 đánh giá" })).toBeTruthy()
    expect(screen.getByText("4,7 (12)")).toBeTruthy()
    cleanup()
    renderPage(<ProductCard product={toCardData(weaselCoffee)} />, "/en")
    expect(screen.getByRole("img", { name: "Buyers rate it 4.7 out of 5 stars, 12 reviews" })).toBeTruthy()
    cleanup()
    renderPage(<ProductCard product={toCardData(groundCoffee)} />)
    expect(screen.queryByRole("img", { name: /Người mua chấm/ })).toBeNull()
  })

  it("still shows a product whose producer is not recorded yet", () => {
    renderPage(<ProductCard product={toCardData({ ...groundCoffee, producer: null })} />)
    expect(screen.getByRole("link", { name: "Cà phê rang xay Công bằng Ea Kiết" })).toBeTruthy()
    expect(screen.queryByText(/Hợp tác xã/)).toBeNull()
  })

  it("gives pictures fixed dimensions, lazy except the first ones, and a plain tile when there is none", () => {
    const { container } = renderPage(
      <ProductGrid
        products={[groundCoffee, groundCoffee, weaselCoffee].map((product, index) => ({
          ...toCardData(product),
          id: `p${index}`,
        }))}
        eagerCount={1}
      />
    )
    const images = [...container.querySelectorAll("img")]
    expect(
      images.map((image) => [image.getAttribute("width"), image.getAttribute("height"), image.getAttribute("loading")])
    ).toEqual([
      ["320", "320", "eager"],
      ["320", "320", "lazy"],
    ])
    expect(container.querySelectorAll("article")).toHaveLength(3)
  })
})

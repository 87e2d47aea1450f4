// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { renderPage } from "~/test/render"
import { Footer } from "./Footer"
import type { StarFacts } from "./footer.server"

afterEach(cleanup)

// As GET /store/ocop/rules would have them; other numbers to show the footer words what it is given.
const facts: StarFacts = {
  minStars: 3,
  validityMonths: 48,
  bands: [
    { stars: 3, min: 55, max: 69, certifying_level: "province" },
    { stars: 4, min: 70, max: 89, certifying_level: "province" },
    { stars: 5, min: 90, max: 100, certifying_level: "national" },
  ],
}

describe("the footer's word on the stars", () => {
  it("states the bands, who certifies and how long a certificate lives, as the backend's rules give them", () => {
    renderPage(<Footer starFacts={facts} />)
    const items = screen.getAllByRole("listitem").map((item) => item.textContent)
    expect(items).toEqual([
      "3 sao: 55–69 điểm, cấp tỉnh chứng nhận",
      "4 sao: 70–89 điểm, cấp tỉnh chứng nhận",
      "5 sao: 90–100 điểm, cấp quốc gia chứng nhận",
    ])
    expect(screen.getByText(/hiệu lực 48 tháng; sản phẩm hết hạn hoặc dưới 3 sao/)).toBeTruthy()
  })

  it("says the same in English", () => {
    renderPage(<Footer starFacts={facts} />, "/en")
    expect(screen.getAllByRole("listitem")[2]!.textContent).toBe("5 stars: 90–100 points, certified nationally")
    expect(screen.getByText(/valid for 48 months; expired products and those below 3 stars/)).toBeTruthy()
  })

  it("leaves the stars out when the backend could not say, rather than guess", () => {
    renderPage(<Footer starFacts={null} />)
    expect(screen.queryByRole("heading", { name: "Sao OCOP nghĩa là gì" })).toBeNull()
    expect(screen.getByRole("heading", { name: "Về OCOP" })).toBeTruthy()
    expect(screen.queryAllByRole("listitem")).toEqual([])
  })
})

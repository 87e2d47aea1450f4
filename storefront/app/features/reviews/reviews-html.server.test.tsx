import { describe, expect, it } from "vitest"
import type { ReviewList } from "~/lib/store-api"
import { renderReviewsSection } from "./reviews-html.server"

const list: ReviewList = {
  reviews: [
    {
      id: "rev_1",
      rating: 5,
      text: "Cà phê thơm, rang vừa.",
      author_name: "Lan N.",
      photos: [{ id: "img_1", url: "http://localhost:9000/static/review-1.png" }],
      created_at: "2026-12-07T17:30:00.000Z",
      reply: { text: "Cảm ơn chị!", replied_at: "2026-12-08T02:00:00.000Z" },
    },
  ],
  count: 12,
  limit: 10,
  offset: 0,
  average: 4.5,
  distribution: { "5": 8, "4": 2, "3": 1, "2": 1, "1": 0 },
}

describe("the product page's reviews, rendered on the server as HTML", () => {
  it("speaks the page's language, with plain links in it, the way to write one and the next page", async () => {
    const html = await renderReviewsSection("en", { handle: "ca-phe-robusta", list, producerName: "HTX Ea Kiết" })
    expect(html).toContain(`id="danh-gia"`)
    expect(html).toContain("Buyers&#x27; reviews")
    expect(html).toContain(`href="/en/san-pham/ca-phe-robusta/danh-gia"`)
    expect(html).toContain(`href="/en/san-pham/ca-phe-robusta?`)
    expect(html).toContain("4.5")
    expect(html).toContain("HTX Ea Kiết")
    // The day in Vietnam: 00:30 on 8 December there.
    expect(html).toContain(`dateTime="2026-12-08"`)
  })

  it("in Vietnamese at the Vietnamese address", async () => {
    const html = await renderReviewsSection("vi", { handle: "ca-phe-robusta", list, producerName: null })
    expect(html).toContain(`href="/san-pham/ca-phe-robusta/danh-gia"`)
    expect(html).toContain("4,5")
    expect(html).toContain("Lan N.")
  })
})

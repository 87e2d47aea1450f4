import { describe, expect, it } from "vitest"
import { groundCoffeeDetail } from "~/test/fixtures"
import { productJsonLd } from "./product-json-ld"

describe("productJsonLd", () => {
  const ld = productJsonLd(groundCoffeeDetail, "https://ocop.example/san-pham/ca-phe", "OCOP 4 sao")

  it("offers every variant in VND with its stock", () => {
    expect(ld.offers).toMatchObject({
      "@type": "AggregateOffer",
      priceCurrency: "VND",
      lowPrice: 95000,
      highPrice: 180000,
      offerCount: 2,
    })
    expect(ld.offers.offers.map((offer) => [offer.price, offer.priceCurrency, offer.availability])).toEqual([
      [95000, "VND", "https://schema.org/InStock"],
      [180000, "VND", "https://schema.org/OutOfStock"],
    ])
  })

  it("names the producer as the brand and carries the OCOP rating as an award, not as reviews (nobody has reviewed it yet)", () => {
    expect(ld.brand).toEqual({ "@type": "Brand", name: "HTX Nông nghiệp Cà phê Công bằng Ea Kiết" })
    expect(ld.award).toBe("OCOP 4 sao")
    expect(ld).not.toHaveProperty("aggregateRating")
  })

  it("gives the buyers' published reviews as aggregateRating once there is one", () => {
    const reviewed = productJsonLd({ ...groundCoffeeDetail, rating: { average: 4.7, count: 12 } }, "https://ocop.example/x", "OCOP 4 sao")
    expect(reviewed.aggregateRating).toEqual({ "@type": "AggregateRating", ratingValue: 4.7, reviewCount: 12, bestRating: 5, worstRating: 1 })
    expect(reviewed.award).toBe("OCOP 4 sao")
  })

  it("names no brand while the programme has not recorded the producer", () => {
    const anonymous = productJsonLd({ ...groundCoffeeDetail, producer: null }, "https://ocop.example/x", "OCOP 4 sao")
    expect(anonymous).not.toHaveProperty("brand")
    expect(anonymous).not.toHaveProperty("manufacturer")
  })

  it("lets offers run no longer than the certificate", () => {
    expect(ld.offers.priceValidUntil).toBe("2027-06-14")
  })
})

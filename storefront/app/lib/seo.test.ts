import { describe, expect, it } from "vitest"
import { seoMeta, summarize } from "./seo"

describe("seoMeta", () => {
  const tags = seoMeta({
    title: "Cà phê · Chợ OCOP Đắk Lắk",
    description: "Mô tả",
    path: "/san-pham/ca-phe?stars=4",
    locale: "en",
    origin: "https://ocop.example",
    jsonLd: { "@type": "Product" },
  })

  it("points canonical at this language's URL and hreflang at both, Vietnamese as the default", () => {
    const links = tags.filter((tag) => "tagName" in tag)
    expect(links).toEqual([
      { tagName: "link", rel: "canonical", href: "https://ocop.example/en/san-pham/ca-phe?stars=4" },
      { tagName: "link", rel: "alternate", hrefLang: "vi", href: "https://ocop.example/san-pham/ca-phe?stars=4" },
      { tagName: "link", rel: "alternate", hrefLang: "en", href: "https://ocop.example/en/san-pham/ca-phe?stars=4" },
      {
        tagName: "link",
        rel: "alternate",
        hrefLang: "x-default",
        href: "https://ocop.example/san-pham/ca-phe?stars=4",
      },
    ])
  })

  it("gives Open Graph the page's locale and the other as alternate, and carries the JSON-LD", () => {
    expect(tags).toContainEqual({ property: "og:locale", content: "en_US" })
    expect(tags).toContainEqual({ property: "og:locale:alternate", content: "vi_VN" })
    expect(tags).toContainEqual({ "script:ld+json": { "@type": "Product" } })
  })
})

describe("summarize", () => {
  it("keeps short text and cuts long text between words", () => {
    expect(summarize("Cà phê  rang\nmộc")).toBe("Cà phê rang mộc")
    const long = "Cà phê vối trồng trên đất đỏ bazan xã Ea Kiết, ".repeat(6)
    const cut = summarize(long)
    expect(cut.length).toBeLessThanOrEqual(160)
    expect(cut.endsWith("…")).toBe(true)
    expect(long.startsWith(cut.slice(0, -1))).toBe(true)
  })
})

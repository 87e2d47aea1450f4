import { describe, expect, it } from "vitest"
import { sitemapXml } from "./sitemap"

describe("sitemapXml", () => {
  const xml = sitemapXml("https://ocop.example", ["/", "/san-pham/ca-phe"])

  it("lists every page in Vietnamese and in English", () => {
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(locs).toEqual([
      "https://ocop.example/",
      "https://ocop.example/en",
      "https://ocop.example/san-pham/ca-phe",
      "https://ocop.example/en/san-pham/ca-phe",
    ])
  })

  it("names each page's twin in the other language", () => {
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://ocop.example/en/san-pham/ca-phe"/>')
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
  })
})

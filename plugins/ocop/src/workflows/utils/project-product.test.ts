import { describe, expect, it } from "vitest"
import { isOnSaleToday, projectProduct, type CertificationGraph, type ProductGraph } from "./project-product"

const NOW = new Date("2026-11-24T05:00:00.000Z")

function certification(overrides: Partial<CertificationGraph> = {}): CertificationGraph {
  return {
    id: "ocert_1",
    stars: 4,
    score: 78,
    criteria_version: "148/2023",
    group_code: "food",
    sub_group_code: "coffee_cacao",
    level: "province",
    certificate_no: "OCOP-66-2024-010",
    decision_no: "1378/QĐ-UBND",
    issued_at: "2024-06-14T00:00:00.000Z",
    expires_at: "2027-06-14T00:00:00.000Z",
    revoked_at: null,
    ...overrides,
  }
}

function product(overrides: Partial<ProductGraph> = {}): ProductGraph {
  return {
    id: "prod_1",
    handle: "ca-phe-rang-xay-cong-bang-ea-kiet",
    title: "Cà phê rang xay Công bằng Ea Kiết",
    subtitle: "Robusta Cư M'gar rang mộc",
    thumbnail: "/static/ca-phe.svg",
    status: "published",
    metadata: { title_en: "Ea Kiết Fairtrade ground coffee", subtitle_en: "Plain-roasted Cư M'gar robusta" },
    variants: [
      { prices: [{ amount: 180000, currency_code: "vnd" }, { amount: 7, currency_code: "usd" }] },
      { prices: [{ amount: "95000", currency_code: "vnd" }] },
      null,
    ],
    certifications: [certification()],
    producer: {
      id: "ocprod_1",
      handle: "htx-ca-phe-cong-bang-ea-kiet",
      name: "HTX Cà phê Công bằng Ea Kiết",
      entity_type: "cooperative",
      province_code: "66",
      address_as_certified: "xã Ea Kiết, huyện Cư M'gar, tỉnh Đắk Lắk",
    },
    sales_points: [
      { handle: "ki-ot-ocop-cho-buon-ma-thuot", active: true },
      { handle: "cho-dau-moi-da-dong-cua", active: false },
      { handle: "cho-quang-phu-ki-ot-1", active: true, deleted_at: "2026-01-01T00:00:00.000Z" },
      { handle: "ki-ot-ocop-ben-xe-phia-bac", active: true },
      null,
    ],
    ...overrides,
  }
}

describe("projectProduct", () => {
  it("turns a published product with a valid 4-star certificate into a card row", () => {
    expect(projectProduct(product(), NOW)).toEqual({
      product_id: "prod_1",
      handle: "ca-phe-rang-xay-cong-bang-ea-kiet",
      title: "Cà phê rang xay Công bằng Ea Kiết",
      title_en: "Ea Kiết Fairtrade ground coffee",
      subtitle: "Robusta Cư M'gar rang mộc",
      subtitle_en: "Plain-roasted Cư M'gar robusta",
      thumbnail: "/static/ca-phe.svg",
      price_amount: 95000,
      currency_code: "vnd",
      certification_id: "ocert_1",
      stars: 4,
      score: 78,
      group_code: "food",
      sub_group_code: "coffee_cacao",
      criteria_version: "148/2023",
      level: "province",
      certificate_no: "OCOP-66-2024-010",
      decision_no: "1378/QĐ-UBND",
      issued_at: new Date("2024-06-14T00:00:00.000Z"),
      expires_at: new Date("2027-06-14T00:00:00.000Z"),
      producer_id: "ocprod_1",
      producer_handle: "htx-ca-phe-cong-bang-ea-kiet",
      producer_name: "HTX Cà phê Công bằng Ea Kiết",
      producer_entity_type: "cooperative",
      province_code: "66",
      address_as_certified: "xã Ea Kiết, huyện Cư M'gar, tỉnh Đắk Lắk",
      sales_point_handles: ["ki-ot-ocop-ben-xe-phia-bac", "ki-ot-ocop-cho-buon-ma-thuot"],
      rating_average: null,
      rating_count: 0,
      search_text: expect.any(String),
    })
  })

  it("copies the buyers' rating onto the row, and says no average while nobody has rated it", () => {
    expect(projectProduct(product(), NOW, { average: 4.7, count: 12 })).toMatchObject({ rating_average: 4.7, rating_count: 12 })
    expect(projectProduct(product(), NOW, { average: 3, count: 0 })).toMatchObject({ rating_average: null, rating_count: 0 })
  })

  it("prices the card at the lowest VND price of any variant, ignoring other currencies", () => {
    const row = projectProduct(
      product({ variants: [{ prices: [{ amount: 3, currency_code: "usd" }, { amount: 120000, currency_code: "vnd" }] }] }),
      NOW
    )
    expect(row?.price_amount).toBe(120000)
  })

  it("folds the searchable text: lower case, no accents, đ as d, in both languages, with producer and place", () => {
    const text = projectProduct(product(), NOW)!.search_text
    expect(text).toContain("ca phe rang xay cong bang ea kiet")
    expect(text).toContain("ea kiet fairtrade ground coffee")
    expect(text).toContain("htx ca phe cong bang ea kiet")
    expect(text).toContain("tinh dak lak")
    expect(text).not.toMatch(/[^\x00-\x7f]/)
  })

  it("keeps only active, undeleted sales points, sorted", () => {
    expect(projectProduct(product(), NOW)?.sales_point_handles).toEqual([
      "ki-ot-ocop-ben-xe-phia-bac",
      "ki-ot-ocop-cho-buon-ma-thuot",
    ])
  })

  it("leaves producer fields empty for a product whose producer is not recorded yet", () => {
    const row = projectProduct(product({ producer: null }), NOW)!
    expect([row.producer_id, row.producer_handle, row.producer_name, row.producer_entity_type, row.province_code]).toEqual([
      null, null, null, null, null,
    ])
  })

  it("falls back to no English texts when the metadata has none or only blanks", () => {
    const row = projectProduct(product({ metadata: { title_en: "  " } }), NOW)!
    expect(row.title_en).toBeNull()
    expect(row.subtitle_en).toBeNull()
  })

  it.each([
    ["a draft product", product({ status: "draft" })],
    ["a product never certified", product({ certifications: [] })],
    ["a 2-star product, which gets no certificate", product({ certifications: [certification({ stars: 2, score: 42, level: null, certificate_no: null })] })],
    ["a product whose certificate expired", product({ certifications: [certification({ expires_at: "2026-11-24T04:59:59.000Z" })] })],
    ["a product whose only certificate was revoked", product({ certifications: [certification({ revoked_at: "2026-03-18T00:00:00.000Z" })] })],
    ["a product with no VND price", product({ variants: [{ prices: [{ amount: 7, currency_code: "usd" }] }] })],
  ])("gives no row for %s", (_case, graph) => {
    expect(projectProduct(graph, NOW)).toBeNull()
    expect(isOnSaleToday(graph, NOW)).toBe(false)
  })

  it("expires a certificate at the instant of its expiry, not a moment later", () => {
    const graph = product({ certifications: [certification({ expires_at: NOW.toISOString() })] })
    expect(projectProduct(graph, NOW)).toBeNull()
    expect(projectProduct(graph, new Date(NOW.getTime() - 1))).not.toBeNull()
  })

  it("gives a certificate issued for a later day a row, so it appears on that day, but keeps it off sale until then", () => {
    const graph = product({ certifications: [certification({ issued_at: "2026-12-01T00:00:00.000Z", expires_at: "2029-12-01T00:00:00.000Z" })] })
    expect(projectProduct(graph, NOW)?.issued_at).toEqual(new Date("2026-12-01T00:00:00.000Z"))
    expect(isOnSaleToday(graph, NOW)).toBe(false)
    expect(isOnSaleToday(graph, new Date("2026-12-01T00:00:00.000Z"))).toBe(true)
  })

  it("lets the newest unrevoked certificate speak: a renewal replaces the old stars", () => {
    const graph = product({
      certifications: [
        certification({ id: "ocert_old", stars: 3, score: 60, issued_at: "2021-06-01T00:00:00.000Z", expires_at: "2024-06-01T00:00:00.000Z" }),
        certification({ id: "ocert_new", stars: 5, score: 92, level: "national", certificate_no: "OCOP-QG-2024-001" }),
      ],
    })
    expect(projectProduct(graph, NOW)).toMatchObject({ certification_id: "ocert_new", stars: 5, level: "national" })
  })

  it("counts a product on sale today only when it has a row whose certificate window holds now", () => {
    expect(isOnSaleToday(product(), NOW)).toBe(true)
  })
})

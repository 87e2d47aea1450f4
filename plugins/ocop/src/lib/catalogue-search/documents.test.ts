import { toSearchDocument, type SearchSourceRow } from "./documents"

const row: SearchSourceRow = {
  product_id: "prod_1",
  handle: "ca-phe-rang-xay-cong-bang-ea-kiet",
  title: "Cà phê rang xay Công bằng Ea Kiết",
  title_en: "Ea Kiết Fairtrade ground coffee",
  subtitle: "Robusta Cư M'gar rang mộc",
  subtitle_en: null,
  price_amount: 95000,
  stars: 4,
  score: 78,
  group_code: "food",
  sub_group_code: "coffee_cacao",
  producer_handle: "htx-ca-phe-cong-bang-ea-kiet",
  producer_name: "HTX Nông nghiệp Cà phê Công bằng Ea Kiết",
  producer_entity_type: "cooperative",
  province_code: "66",
  address_as_certified: "Thôn 2, xã Ea Kiết, huyện Cư M'gar, tỉnh Đắk Lắk",
  sales_point_handles: ["ki-ot-ocop-cho-buon-ma-thuot"],
  issued_at: new Date("2024-06-14T00:00:00Z"),
  expires_at: new Date("2027-06-14T00:00:00Z"),
}

describe("toSearchDocument", () => {
  it("keys the document by product id and copies the card's texts and filters", () => {
    expect(toSearchDocument(row)).toMatchObject({
      id: "prod_1",
      handle: row.handle,
      title: row.title,
      title_en: row.title_en,
      subtitle: row.subtitle,
      producer_name: row.producer_name,
      place: row.address_as_certified,
      stars: 4,
      score: 78,
      group: "food",
      sub_group: "coffee_cacao",
      producer: "htx-ca-phe-cong-bang-ea-kiet",
      producer_type: "cooperative",
      province_code: "66",
      sales_points: ["ki-ot-ocop-cho-buon-ma-thuot"],
      price: 95000,
      title_sort: row.title,
      issued_at: "2024-06-14T00:00:00.000Z",
      expires_at: "2027-06-14T00:00:00.000Z",
    })
  })

  it("adds an accent-free copy where đ is d and apostrophes are gone, for typo matching on plain text", () => {
    const { folded } = toSearchDocument(row) as { folded: string }
    expect(folded).toContain("ca phe rang xay cong bang ea kiet")
    expect(folded).toContain("cu mgar")
    expect(folded).toContain("dak lak")
    expect(folded).not.toMatch(/[^\x20-\x7e]/)
  })

  it("leaves out the texts a product does not have rather than indexing null", () => {
    const document = toSearchDocument({ ...row, subtitle_en: null, title_en: null, producer_name: null, address_as_certified: null })
    expect(document).not.toHaveProperty("title_en", null)
    expect(document.title_en).toBeUndefined()
    expect(document.producer_name).toBeUndefined()
    expect(document.place).toBeUndefined()
  })
})

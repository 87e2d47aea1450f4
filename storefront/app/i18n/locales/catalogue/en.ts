import type { CatalogueResources } from "./vi"

/** The catalogue's and the search page's filter words in English; the same keys as vi.ts. */
const catalogue: CatalogueResources = {
  filterButton: "Filter",
  filterActive_one: "Filter · {{count}} on",
  filterActive_other: "Filter · {{count}} on",
  district: "Made in",
  anyDistrict: "Any district",
  price: "Price (đồng)",
  priceMin: "Price from",
  priceMax: "Price up to",
  priceBetween: "{{min}}–{{max}} ₫",
  priceFrom: "from {{min}} ₫",
  priceUpTo: "up to {{max}} ₫",
  applyFilters: "Apply",
  chosen: "selected",
}

export default catalogue

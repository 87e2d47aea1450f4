/** The fields of a certified product's search document, shared by the index definition and the documents. */
import type { SearchTypes } from "@medusajs/framework/types"
import { search } from "@medusajs/framework/utils"

/**
 * What a search document holds. Weights rank a match in a title above one in a subtitle or producer name,
 * above one in the place printed on the certificate ("huyện Krông Năng"), above the folded copy that exists
 * only so accent-free typos meet something (PostgreSQL's trigram match reads the plain text, not its
 * unaccented lexemes). Filters mirror the catalogue's query fields; facets are the ones a results page shows.
 */
export const ocopProductFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 3 }),
  title_en: search.text().searchable({ weight: 3 }),
  subtitle: search.text().searchable({ weight: 2 }),
  subtitle_en: search.text().searchable({ weight: 2 }),
  producer_name: search.text().searchable({ weight: 2 }),
  place: search.text().searchable({ weight: 1.5 }),
  folded: search.text().searchable({ weight: 1 }),
  stars: search.integer().filterable().sortable().facetable({ types: ["value"] }),
  score: search.float().sortable(),
  group: search.keyword().filterable().facetable(),
  sub_group: search.keyword().filterable(),
  producer: search.keyword().filterable(),
  producer_type: search.keyword().filterable().facetable(),
  province_code: search.keyword().filterable().facetable(),
  sales_points: search.keyword().array().filterable(),
  price: search.integer().filterable().sortable(),
  title_sort: search.keyword().sortable(),
  issued_at: search.date().filterable().sortable(),
  expires_at: search.date().filterable(),
})

export type OcopProductDocument = SearchTypes.InferSearchDocumentType<typeof ocopProductFields>

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suggestFromCatalogue } from "../../../../../lib/catalogue-search/search"
import { inLocale, requestLocale, sendCached } from "../../helpers"
import type { StoreOcopSearchSuggestParamsType } from "../../validators"

/**
 * Suggestions for a search box as the shopper types: a few products (the last word may be unfinished), their
 * producers, and the product groups with how many matches each holds. Codes, not labels: the storefront
 * names the groups.
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopSearchSuggestParamsType>, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery as StoreOcopSearchSuggestParamsType
  const locale = requestLocale(req)
  const { products, producers, groups } = await suggestFromCatalogue(req.scope, q, limit)
  sendCached(res, {
    products: products.map(({ title, title_en, ...product }) => ({ ...product, title: inLocale(locale, title, title_en) })),
    producers,
    groups,
  })
}

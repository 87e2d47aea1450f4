import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { variantNames } from "../../../../lib/variant-names"
import { requestLocale, sendCached } from "../helpers"
import type { StoreOcopVariantNamesParamsType } from "../validators"

/**
 * The names of variants in the language asked for: what a cart or order line is called on the page
 * (src/lib/variant-names.ts). Names only, which every product page shows anyway.
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopVariantNamesParamsType>, res: MedusaResponse) {
  const { id } = req.validatedQuery as StoreOcopVariantNamesParamsType
  sendCached(res, { variants: await variantNames(req.scope, id, requestLocale(req)) })
}

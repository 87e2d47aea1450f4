import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addFavourite, listFavourites } from "../../../../../../customers/favourites"
import { requestLocale, toProductCard } from "../../../helpers"
import type { StoreOcopAddFavouriteType, StoreOcopFavouritesParamsType } from "../../validators"

/** The logged-in customer's favourites, newest first, as product cards: only those on sale today. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreOcopFavouritesParamsType>, res: MedusaResponse) {
  const { limit, offset, handle } = req.validatedQuery as StoreOcopFavouritesParamsType
  const { rows, count } = await listFavourites(req.scope, req.auth_context.actor_id, { limit, offset, handles: handle })
  const locale = requestLocale(req)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ products: rows.map((row) => toProductCard(row, locale)), count, limit, offset })
}

/** Keeps a product on the customer's list (again: no change). 404 for a product not on sale. */
export async function POST(req: AuthenticatedMedusaRequest<StoreOcopAddFavouriteType>, res: MedusaResponse) {
  const { product_handle } = req.validatedBody
  await addFavourite(req.scope, req.auth_context.actor_id, product_handle)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ favourite: { product_handle } })
}

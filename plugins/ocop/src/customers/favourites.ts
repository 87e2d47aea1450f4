import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import CustomerFavouriteProduct from "../links/customer-favourite-product"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import type { CatalogueEntryRow } from "../modules/ocop/service"

/** How many products one account may keep: a list to shop from, not a second catalogue. */
export const MAX_FAVOURITES = 200

type FavouriteLink = { product_id: string; created_at: Date | string }

/** The products a customer keeps, newest first: every one she added, whether or not it is on sale today. */
async function favouriteLinks(container: MedusaContainer, customerId: string): Promise<FavouriteLink[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: CustomerFavouriteProduct.entryPoint,
    fields: ["product_id", "created_at"],
    filters: { customer_id: customerId },
  })
  return (data as FavouriteLink[]).sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
}

/**
 * One page of a customer's favourites as catalogue rows, newest first. Only products a shopper may see today
 * are answered (and counted): one whose certificate lapsed stays on her list and comes back when it is renewed.
 * `handles` narrows the list to those products (is this product one of hers?).
 */
export async function listFavourites(
  container: MedusaContainer,
  customerId: string,
  page: { limit: number; offset: number; handles?: string[] },
  now = new Date()
): Promise<{ rows: CatalogueEntryRow[]; count: number }> {
  const links = await favouriteLinks(container, customerId)
  if (!links.length) return { rows: [], count: 0 }
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const { rows } = await ocop.listCatalogue(
    { now, product_ids: links.map((link) => link.product_id), ...(page.handles ? { product_handles: page.handles } : {}) },
    { limit: MAX_FAVOURITES, offset: 0 }
  )
  const byProduct = new Map(rows.map((row) => [row.product_id, row]))
  const shown = links.flatMap((link) => byProduct.get(link.product_id) ?? [])
  return { rows: shown.slice(page.offset, page.offset + page.limit), count: shown.length }
}

/** The catalogue row of a product a shopper may see today, by handle, or a 404. */
async function showableProduct(container: MedusaContainer, handle: string, now: Date): Promise<CatalogueEntryRow> {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const { rows } = await ocop.listCatalogue({ now, product_handles: [handle] }, { limit: 1, offset: 0 })
  if (!rows[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có sản phẩm OCOP "${handle}" đang bán / no OCOP product "${handle}" is on sale`)
  }
  return rows[0]
}

/** Keeps a product on the customer's list; keeping it again changes nothing. Only a product on sale today. */
export async function addFavourite(container: MedusaContainer, customerId: string, handle: string, now = new Date()) {
  const row = await showableProduct(container, handle, now)
  const links = await favouriteLinks(container, customerId)
  if (links.some((link) => link.product_id === row.product_id)) return row
  if (links.length >= MAX_FAVOURITES) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Danh sách yêu thích đã đủ ${MAX_FAVOURITES} sản phẩm; hãy bỏ bớt / your favourites already hold ${MAX_FAVOURITES} products; remove some first`
    )
  }
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.CUSTOMER]: { customer_id: customerId },
    [Modules.PRODUCT]: { product_id: row.product_id },
  })
  return row
}

/**
 * Takes a product off the customer's list, by handle, whether or not it is on sale today (a lapsed product
 * can be removed too). Removing one that is not there changes nothing.
 */
export async function removeFavourite(container: MedusaContainer, customerId: string, handle: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { handle } })
  const productId = (data[0] as { id: string } | undefined)?.id
  if (!productId) return false
  const links = await favouriteLinks(container, customerId)
  if (!links.some((link) => link.product_id === productId)) return false
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
    [Modules.CUSTOMER]: { customer_id: customerId },
    [Modules.PRODUCT]: { product_id: productId },
  })
  return true
}

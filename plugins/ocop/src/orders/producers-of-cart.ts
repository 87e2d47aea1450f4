/** What the parcel split needs from the database: the producer of each product, and the cart's parcels. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProductProducerLink from "../links/product-producer"
import { parcelKeys, productOf, type Line, type ProducerOfProduct } from "./parcels"

/** The producer of each product, from the product ↔ producer link. */
export async function producersOfProducts(container: MedusaContainer, productIds: string[]): Promise<ProducerOfProduct> {
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: ProductProducerLink.entryPoint, fields: ["product_id", "producer_id"], filters: { product_id: ids } })
  return new Map((data as { product_id: string; producer_id: string }[]).map((link) => [link.product_id, link.producer_id]))
}

/** How many parcels the cart makes; what home delivery is charged for. */
export async function countParcels(container: MedusaContainer, cartId: string): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "items.id", "items.product_id"], filters: { id: cartId } })
  const lines = (((data[0] as any)?.items ?? []) as (Line | null)[]).filter((line): line is Line => !!line)
  return parcelKeys(lines, await producersOfProducts(container, lines.map(productOf))).length
}


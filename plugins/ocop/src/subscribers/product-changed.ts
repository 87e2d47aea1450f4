import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshOcopProductsWorkflow } from "../workflows/refresh-ocop-products"

/**
 * A product's title, status, images or prices changed in Medusa's admin: rewrite its catalogue card, so the
 * storefront never shows a stale title or price (and a product unpublished or deleted disappears).
 */
export default async function productChanged({ event, container }: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const payloads = Array.isArray(event.data) ? event.data : [event.data]
  const ids = payloads.map((payload) => payload.id).filter(Boolean)
  if (!ids.length) return
  const productIds = event.name.startsWith("product-variant.") ? await productsOfVariants(container, ids) : ids
  if (!productIds.length) return
  await refreshOcopProductsWorkflow(container).run({ input: { product_ids: productIds } })
}

async function productsOfVariants(container: SubscriberArgs<unknown>["container"], variantIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["product_id"],
    filters: { id: variantIds },
    withDeleted: true,
  })
  return [...new Set(data.map((variant: any) => variant.product_id as string).filter(Boolean))]
}

export const config: SubscriberConfig = {
  event: ["product.updated", "product.deleted", "product-variant.created", "product-variant.updated", "product-variant.deleted"],
  context: { subscriberId: "ocop-product-changed" },
}

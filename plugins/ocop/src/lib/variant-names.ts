/**
 * The names a shopper reads on a cart or order line, in her language. Medusa copies the product's title and the
 * variant's title onto a line item when it is added, in the one language they are written in (Vietnamese); the
 * English names sit in the product's and the variant's metadata (`title_en`), where the catalogue read model
 * takes product titles from (workflows/utils/project-product.ts). So a line is named at the moment it is shown,
 * from its variant: the storefront's cart, checkout and order pages, and the order mail's English half. A line
 * of a product since deleted keeps the names copied onto it. Decision 032.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type VariantNames = { id: string; title: string; product_title: string; product_handle: string | null }

const textOr = (value: unknown, fallback: string) => (typeof value === "string" && value.trim() ? value : fallback)

export async function variantNames(container: MedusaContainer, variantIds: string[], locale: "vi" | "en"): Promise<VariantNames[]> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "title", "metadata", "product.title", "product.handle", "product.metadata"],
    filters: { id: ids },
  })
  return (data as any[])
    .filter((variant) => variant?.product)
    .map((variant) => {
      const english = locale === "en"
      return {
        id: variant.id,
        title: english ? textOr(variant.metadata?.title_en, variant.title ?? "") : (variant.title ?? ""),
        product_title: english ? textOr(variant.product.metadata?.title_en, variant.product.title) : variant.product.title,
        product_handle: variant.product.handle ?? null,
      }
    })
}

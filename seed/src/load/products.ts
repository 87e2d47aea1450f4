/**
 * Products from `seed/data/products.json`, created through Medusa's product and inventory workflows.
 * A product whose handle already exists is left as it is, so the loader can run again safely.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { CommerceFrame } from "./commerce"

type Container = ExecArgs["container"]

export type SeedVariant = {
  title: string
  sku: string
  options: Record<string, string>
  price_vnd: number
  stock: number
}

export type SeedProduct = {
  handle: string
  title: string
  title_en?: string
  subtitle?: string
  description?: string
  description_en?: string
  producer: string
  group: string
  sub_group?: string
  variants: SeedVariant[]
}

/** Creates the products not yet present; `onSale(handle)` decides whether the storefront channel lists it. */
export async function ensureProducts(
  container: Container,
  frame: CommerceFrame,
  products: SeedProduct[],
  onSale: (handle: string) => boolean
) {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts({ handle: products.map((p) => p.handle) }, { select: ["handle"] })
  const known = new Set(existing.map((p) => p.handle))
  const missing = products.filter((p) => !known.has(p.handle))
  if (!missing.length) return { created: 0 }

  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((product) => ({
        handle: product.handle,
        title: product.title,
        subtitle: product.subtitle,
        description: product.description,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: frame.shippingProfileId,
        metadata: {
          title_en: product.title_en,
          description_en: product.description_en,
          producer_handle: product.producer,
          ocop_group: product.group,
        },
        options: optionsOf(product.variants),
        variants: product.variants.map((variant) => ({
          title: variant.title,
          sku: variant.sku,
          options: variant.options,
          manage_inventory: true,
          prices: [{ currency_code: "vnd", amount: variant.price_vnd }],
        })),
        sales_channels: onSale(product.handle) ? [{ id: frame.salesChannelId }] : [],
      })),
    },
  })

  await stockTheWarehouse(container, frame.stockLocationId, result.map((p) => p.id), missing)
  return { created: result.length }
}

function optionsOf(variants: SeedVariant[]) {
  const values = new Map<string, Set<string>>()
  for (const variant of variants) {
    for (const [title, value] of Object.entries(variant.options)) {
      if (!values.has(title)) values.set(title, new Set())
      values.get(title)!.add(value)
    }
  }
  return [...values].map(([title, set]) => ({ title, values: [...set] }))
}

async function stockTheWarehouse(
  container: Container,
  stockLocationId: string,
  productIds: string[],
  products: SeedProduct[]
) {
  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  const levels = variants.flatMap((variant) =>
    (variant.inventory_items ?? []).map((link) => ({
      inventory_item_id: link!.inventory_item_id,
      location_id: stockLocationId,
      stocked_quantity: stockBySku.get(variant.sku ?? "") ?? 0,
    }))
  )
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
}

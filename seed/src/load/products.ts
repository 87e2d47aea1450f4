/**
 * Products through Medusa's `createProductsWorkflow`, created only when their handle is new, with their
 * illustrations as thumbnail and image, VND prices, and stock at the warehouse. The loader never puts a product
 * in a sales channel: the plugin's certification workflows decide which products the storefront may sell.
 */
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { randomUUID } from "node:crypto"
import type { SeedProduct, SeedVariant } from "../data"
import type { CommerceFrame } from "./commerce"
import type { Container } from "./util"

/** What a product needs to be created; base data and generated products share it. */
export type ProductDraft = Pick<
  SeedProduct,
  "handle" | "title" | "title_en" | "subtitle" | "subtitle_en" | "description" | "description_en" | "variants"
>

/**
 * Creates the products of this batch that do not exist yet, with `imageOf(handle)` as their picture, and
 * stocks the warehouse for any of their variants that has no stock level there. Returns every product's id.
 */
export async function ensureProducts<P extends ProductDraft>(
  container: Container,
  frame: CommerceFrame,
  products: readonly P[],
  images: (missing: readonly P[]) => Promise<Map<string, string>>
) {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = await productModule.listProducts(
    { handle: products.map((p) => p.handle) },
    { select: ["id", "handle"], take: null }
  )
  const ids = new Map(existing.map((p) => [p.handle, p.id]))
  const missing = products.filter((p) => !ids.has(p.handle))
  if (missing.length) {
    const urls = await images(missing)
    const result = await createQuietly(container, missing.map((product) => productInput(product, frame, urls.get(product.handle))))
    for (const p of result) ids.set(p.handle, p.id)
  }
  const stocked = await stockTheWarehouse(container, frame.stockLocationId, products, [...ids.values()])
  return { ids, created: missing.length, stocked }
}

function productInput(product: ProductDraft, frame: CommerceFrame, imageUrl: string | undefined) {
  return {
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    shipping_profile_id: frame.shippingProfileId,
    thumbnail: imageUrl,
    images: imageUrl ? [{ url: imageUrl }] : [],
    // The plugin's read model and Store API take the English texts from here (docs/store-api.md, `locale=en`).
    metadata: {
      title_en: product.title_en,
      subtitle_en: product.subtitle_en,
      description_en: product.description_en,
    },
    options: optionsOf(product.variants),
    variants: product.variants.map((variant) => ({
      title: variant.title,
      metadata: { title_en: variant.title_en },
      sku: variant.sku,
      options: variant.options,
      manage_inventory: true,
      prices: [{ currency_code: "vnd", amount: variant.price_vnd }],
    })),
  }
}

/**
 * Runs `createProductsWorkflow` but drops its `product-variant.created` events. The plugin re-projects a
 * product whenever one of its variants is created; here the loader certifies every product it creates right
 * after, which projects it with everything in place. Left in, those events would re-project each product once
 * per variant, in the background, racing the certification (a projection read before it and written after it
 * takes the product off the storefront) and, at 10 000 products, costing 20 000 workflow runs.
 */
async function createQuietly(container: Container, products: ReturnType<typeof productInput>[]) {
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const eventGroupId = randomUUID()
  try {
    const { result } = await createProductsWorkflow(container).run({
      input: { products },
      context: { eventGroupId, preventReleaseEvents: true },
    })
    await eventBus.clearGroupedEvents(eventGroupId, { eventNames: ["product-variant.created"] })
    await eventBus.releaseGroupedEvents(eventGroupId)
    return result
  } catch (error) {
    await eventBus.clearGroupedEvents(eventGroupId)
    throw error
  }
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

/** Stock levels at the warehouse for the variants that have none there yet, from the data's `stock`. */
async function stockTheWarehouse(
  container: Container,
  stockLocationId: string,
  products: readonly ProductDraft[],
  productIds: string[]
) {
  if (!productIds.length) return 0
  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  const itemSku = new Map<string, string>()
  for (const variant of variants) {
    for (const link of variant.inventory_items ?? []) if (link) itemSku.set(link.inventory_item_id, variant.sku ?? "")
  }
  if (!itemSku.size) return 0
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: [...itemSku.keys()], location_id: stockLocationId },
    { select: ["inventory_item_id"], take: null }
  )
  const stocked = new Set(levels.map((level) => level.inventory_item_id))
  const missing = [...itemSku].filter(([itemId]) => !stocked.has(itemId))
  if (missing.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: missing.map(([itemId, sku]) => ({
          inventory_item_id: itemId,
          location_id: stockLocationId,
          stocked_quantity: stockBySku.get(sku) ?? 0,
        })),
      },
    })
  }
  return missing.length
}

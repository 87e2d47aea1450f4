/**
 * Where a producer's new products live and what of a certified product waits for the programme: the producer's
 * stock location and shipping profile, a free handle from a Vietnamese title, whether a product was ever graded,
 * and the review queue's changes applied through the same workflows the portal uses for drafts.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import ProductProducerLink from "../links/product-producer"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { foldVietnamese } from "../modules/ocop/utils/fold"
import { addProducerVariantWorkflow, type ProducerVariantDraft } from "../workflows/marketplace/producer-products"
import { applySalesPointChange, salesPointChangeOf } from "./assortment"

type Row = Record<string, any>

/**
 * The stock location a producer keeps its goods at: where most of its products' stock already is (the location
 * the portal's stock edits write to), else the one location of the storefront's channel that ships parcels.
 */
export async function producerStockLocation(container: MedusaContainer, producerId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id"],
    filters: { producer_id: producerId },
    pagination: { take: 50, skip: 0, order: { created_at: "DESC" } },
  })
  const ids = (links as Row[]).map((l) => l.product_id)
  if (ids.length) {
    const { data } = await query.graph({
      entity: "variant",
      fields: ["inventory_items.inventory.location_levels.location_id"],
      filters: { product_id: ids },
    })
    const counts = new Map<string, number>()
    for (const variant of data as Row[]) {
      for (const item of variant.inventory_items ?? []) {
        for (const level of item?.inventory?.location_levels ?? []) {
          if (level?.location_id) counts.set(level.location_id, (counts.get(level.location_id) ?? 0) + 1)
        }
      }
    }
    const [most] = [...counts].sort((a, b) => b[1] - a[1])
    if (most) return most[0]
  }
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"], take: 1 })
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["stock_locations.id", "stock_locations.fulfillment_sets.type"],
    filters: { id: store?.default_sales_channel_id ?? "" },
  })
  const locations = ((channels[0] as Row | undefined)?.stock_locations ?? []).filter(Boolean) as Row[]
  const shipping = locations.find((l) => (l.fulfillment_sets ?? []).some((s: Row) => s?.type === "shipping")) ?? locations[0]
  if (!shipping) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chưa có kho để giữ hàng: hãy liên hệ ban quản lý / no stock location to keep the goods at: contact the programme office", "no_stock_location")
  }
  return shipping.id
}

/** The shipping profile the producer's products use, else the store's default one. */
export async function producerShippingProfile(container: MedusaContainer, producerId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product.shipping_profile.id"],
    filters: { producer_id: producerId },
    pagination: { take: 1, skip: 0, order: { created_at: "DESC" } },
  })
  const own = (links[0] as Row | undefined)?.product?.shipping_profile?.id
  if (own) return own
  const profiles = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { select: ["id"], take: 1 })
  if (!profiles[0]) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chưa có cách giao hàng: hãy liên hệ ban quản lý / no shipping profile: contact the programme office", "no_shipping_profile")
  return profiles[0].id
}

/** A handle from the title, in the catalogue's form (no marks, `đ` → `d`), with a number added while it is taken. */
export async function freeHandle(container: MedusaContainer, title: string): Promise<string> {
  const base =
    foldVietnamese(title)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80)
      .replace(/-+$/, "") || "san-pham"
  const products = container.resolve(Modules.PRODUCT)
  // Soft-deleted products keep their handle's unique index too.
  const taken = new Set(
    (await products.listProducts({ handle: { $like: `${base}%` } } as any, { select: ["handle"], take: null, withDeleted: true })).map((p) => p.handle)
  )
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

/** Whether the programme ever graded the product: its certificate covers the product as it was then. */
export async function wasEverCertified(container: MedusaContainer, productId: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "certifications.id"], filters: { id: productId } })
  return ((data[0] as Row | undefined)?.certifications ?? []).some(Boolean)
}

/** The product's one option (a new variant adds a value to it); none; or a refusal for several. */
export async function optionForNewVariant(container: MedusaContainer, productId: string, title: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "options.id", "options.title", "variants.title"],
    filters: { id: productId },
  })
  const product = data[0] as Row
  if ((product.variants ?? []).some((v: Row) => v?.title?.trim().toLowerCase() === title.trim().toLowerCase())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Sản phẩm đã có quy cách "${title}" / the product already has a variant "${title}"`, "variant_exists")
  }
  const options = ((product.options ?? []) as Row[]).filter(Boolean)
  if (options.length > 1) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Sản phẩm này có nhiều thuộc tính: hãy nhờ ban quản lý thêm quy cách / this product has several options: ask the programme office to add the variant",
      "several_options"
    )
  }
  return options[0] ? { id: options[0].id as string, title: options[0].title as string } : null
}

export type TitleChange = { title?: string; title_en?: string | null }

/** A new title (and its English) on a product, keeping the rest of its metadata. */
export async function applyTitleChange(container: MedusaContainer, productId: string, change: TitleChange) {
  const product = await container.resolve(Modules.PRODUCT).retrieveProduct(productId, { select: ["id", "metadata"] })
  const update: Row = { id: productId }
  if (change.title !== undefined) update.title = change.title
  if (change.title_en !== undefined) {
    const metadata = { ...(product.metadata ?? {}) } as Row
    if (change.title_en) metadata.title_en = change.title_en
    else delete metadata.title_en
    update.metadata = metadata
  }
  await updateProductsWorkflow(container).run({ input: { products: [update as any] } })
}

/** A new variant on a producer's product, at the producer's stock location. */
export async function applyNewVariant(container: MedusaContainer, producerId: string, productId: string, variant: ProducerVariantDraft) {
  const option = await optionForNewVariant(container, productId, variant.title)
  const location_id = await producerStockLocation(container, producerId)
  await addProducerVariantWorkflow(container).run({ input: { product_id: productId, option, location_id, variant } })
}

/** The changes of a product still waiting for the programme, oldest first, as the portal shows them. */
export async function pendingChanges(container: MedusaContainer, productIds: string[]) {
  if (!productIds.length) return new Map<string, Row[]>()
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const rows = await marketplace.listProductChangeRequests(
    { product_id: productIds, status: "pending" },
    { order: { created_at: "ASC" }, take: null }
  )
  const byProduct = new Map<string, Row[]>()
  for (const row of rows) {
    const list = byProduct.get(row.product_id) ?? []
    list.push({ id: row.id, kind: row.kind, changes: row.changes, created_at: row.created_at })
    byProduct.set(row.product_id, list)
  }
  return byProduct
}

/** SKUs are unique across the shop: one already used is the producer's to change, not a server error. */
export async function refuseTakenSkus(container: MedusaContainer, skus: (string | null | undefined)[]) {
  const wanted = skus.filter((s): s is string => !!s)
  if (!wanted.length) return
  const taken = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: wanted }, { select: ["sku"], take: null, withDeleted: true })
  if (taken.length) {
    const list = taken.map((v) => v.sku).join(", ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã SKU ${list} đã có / the SKU ${list} is already used`, "sku_taken")
  }
}

/**
 * The programme's decision on a waiting change. Approving applies it first (a title through Medusa's product
 * update, a variant through `addProducerVariantWorkflow`, a sales point's assortment through the link workflow of
 * ./assortment.ts) and records the decision after, so a change that cannot be applied (its name taken meanwhile,
 * its certificate lapsed, the kiosk closed) stays waiting with the reason in the answer. A decided request is final.
 */
export async function decideProductChange(
  container: MedusaContainer,
  id: string,
  decision: { approve: boolean; reason?: string; actor: string }
) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [request] = await marketplace.listProductChangeRequests({ id })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có yêu cầu thay đổi ${id} / change request ${id} not found`)
  if (request.status !== "pending") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Yêu cầu đã được xử lý (${request.status}) / the request was already decided (${request.status})`, "change_decided")
  }
  if (decision.approve) {
    const changes = request.changes as Row
    if (request.kind === "title") await applyTitleChange(container, request.product_id, changes as TitleChange)
    else if (request.kind === "sales_point_add" || request.kind === "sales_point_remove") await applySalesPointChange(container, salesPointChangeOf(request))
    else {
      await refuseTakenSkus(container, [changes.sku])
      await applyNewVariant(container, request.producer_id, request.product_id, changes as ProducerVariantDraft)
    }
  }
  await marketplace.updateProductChangeRequests({
    id,
    status: decision.approve ? "approved" : "rejected",
    decided_by: decision.actor,
    decided_at: new Date(),
    reason: decision.approve ? null : decision.reason ?? null,
  })
}

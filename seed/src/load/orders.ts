/**
 * `orders=N` (`npm run seed -- --orders N`): N producers' orders in the database for the bench's order-list
 * figure, every other purchase holding a product of the demo owner's producer (the login the bench signs in
 * with; a quarter of the orders), the rest spread over other producers, as purchases of one to three producers' parcels delivered in Đắk Lắk. Written through the
 * plugin's bulk placement (the split, orders, purchases, links, commission, order lists and reservations of a
 * checkout, without carts, payments or mails). The warehouse first receives the units the orders take, so stock
 * stays what it was for shoppers. Purchase i is always the same purchase; a second run adds only what is missing.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { placeOrdersInBulkWorkflow, type BulkPurchase } from "@ocop/medusa-plugin-ocop/workflows"
import { random } from "../generate/prng"
import type { CommerceFrame } from "./commerce"
import type { Container } from "./util"

const BATCH = 250

const ADDRESS = {
  first_name: "Khách",
  last_name: "Hàng",
  phone: "0905 000 000",
  address_1: "12 Lê Duẩn",
  city: "Phường Buôn Ma Thuột",
  province: "66",
  country_code: "vn",
  metadata: { ward_code: "24133" },
}

type Variant = { variant_id: string; producer_id: string; inventory_item_id: string | null }

export async function ensureBulkOrders(container: Container, frame: CommerceFrame, target: number, demoProducerId: string) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const marketplace = container.resolve("marketplace") as any
  const [bulk] = await marketplace.listAndCountOrderGroups({ cart_id: null }, { select: ["id", "parcel_count"], take: null })
  let placed = (bulk as { parcel_count: number }[]).reduce((sum, group) => sum + group.parcel_count, 0)
  let index = bulk.length
  if (placed >= target) return { orders_created: 0 }

  const { data: options } = await query.graph({ entity: "shipping_option", fields: ["id", "type.code", "provider_id"] })
  const option = (options as any[]).find((o) => o.type?.code === "home-dak_lak" && o.provider_id === "parcel_ocop")
  if (!option) throw new Error("No per-parcel home delivery option for Đắk Lắk: run the seed without --orders first")
  const demo = await variantsOf(container, frame.salesChannelId, { producer_id: demoProducerId }, 50)
  const others = (await variantsOf(container, frame.salesChannelId, {}, 2000)).filter((v) => v.producer_id !== demoProducerId)
  if (!demo.length || others.length < 3) throw new Error("--orders needs the demo producer's products and products of other producers")

  const started = Date.now()
  let created = 0
  while (placed < target) {
    const purchases: BulkPurchase[] = []
    const used = new Map<string, number>()
    while (purchases.length < BATCH && placed < target) {
      const rng = random(`purchase-${index}`)
      // Even purchases hold the demo producer's product and up to two others; odd ones one to three others.
      const lines: Variant[] = index % 2 === 0 ? [demo[(index / 2) % demo.length]!] : []
      const more = index % 2 === 0 ? rng.int(0, 2) : rng.int(1, 3)
      for (const variant of rng.sample(others, 12)) {
        if (lines.length >= Math.min(1 + more - (index % 2 === 0 ? 0 : 1), target - placed)) break
        if (!lines.some((l) => l.producer_id === variant.producer_id)) lines.push(variant)
      }
      if (!lines.length) lines.push(others[index % others.length]!)
      for (const line of lines) if (line.inventory_item_id) used.set(line.inventory_item_id, (used.get(line.inventory_item_id) ?? 0) + 1)
      purchases.push({
        email: `khach-${index}@example.com`,
        shipping_address: ADDRESS,
        lines: lines.map((line) => ({ variant_id: line.variant_id, quantity: 1 })),
      })
      placed += new Set(lines.map((l) => l.producer_id)).size
      index += 1
    }
    await restock(container, frame, used)
    const { result } = await placeOrdersInBulkWorkflow(container).run({
      input: {
        region_id: frame.regionId,
        sales_channel_id: frame.salesChannelId,
        currency_code: "vnd",
        shipping_option_id: option.id,
        purchases,
      },
    })
    created += result.orders
    logger.info(`Seed: ${placed} of ${target} orders (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
  return { orders_created: created }
}

/**
 * Variants of products on sale in the storefront's channel (certified, showable: the plugin keeps only those
 * there) with their producer and inventory item: one producer's, or the first `take`.
 */
async function variantsOf(container: Container, channelId: string, filter: { producer_id?: string }, take: number): Promise<Variant[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let productIds: string[] | undefined
  if (filter.producer_id) {
    const { data } = await query.graph({ entity: "producer", fields: ["id", "products.id"], filters: { id: filter.producer_id } })
    productIds = ((data[0] as any)?.products ?? []).filter(Boolean).map((p: any) => p.id)
    if (!productIds!.length) return []
  }
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "status", "producer.id", "sales_channels.id", "variants.id", "variants.manage_inventory", "variants.inventory_items.inventory_item_id"],
    filters: productIds ? { id: productIds } : { status: "published" },
    pagination: { take, skip: 0, order: { handle: "ASC" } },
  })
  return (products as any[])
    .filter((p) => p.status === "published" && p.producer?.id && (p.sales_channels ?? []).some((c: any) => c?.id === channelId))
    .flatMap((p) =>
      (p.variants ?? []).slice(0, 1).map((v: any) => ({
        variant_id: v.id,
        producer_id: p.producer.id as string,
        inventory_item_id: v.manage_inventory ? (v.inventory_items?.[0]?.inventory_item_id ?? null) : null,
      }))
    )
}

/** The warehouse receives what the batch's orders take, so shoppers find the stock they found before. */
async function restock(container: Container, frame: CommerceFrame, used: Map<string, number>) {
  if (!used.size) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id", "location_id", "stocked_quantity"],
    filters: { inventory_item_id: [...used.keys()], location_id: frame.stockLocationId },
  })
  await updateInventoryLevelsWorkflow(container).run({
    input: {
      updates: (levels as any[]).map((level) => ({
        inventory_item_id: level.inventory_item_id,
        location_id: level.location_id,
        stocked_quantity: Number(level.stocked_quantity) + used.get(level.inventory_item_id)!,
      })),
    },
  })
}

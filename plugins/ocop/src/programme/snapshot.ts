/**
 * Reads what the programme's figures are computed from (figures.ts), through the modules' services and Medusa's
 * query: every certification with its product, the products' producers, sales points, the plans' targets, and
 * the orders of the sales window with the channel each came through (channels.ts).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { orderChannel } from "./channels"
import type { ProgrammeSnapshot, SnapshotOrder } from "./figures"

const iso = (value: unknown) => (value == null ? null : new Date(value as string).toISOString())

export async function loadProgrammeSnapshot(container: MedusaContainer, sales: { from: Date; to: Date }): Promise<ProgrammeSnapshot> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const [{ data: certs }, producers, members, salesPoints, targets, orders] = await Promise.all([
    query.graph({
      entity: "certification",
      fields: [
        "id", "stars", "score", "level", "group_code", "criteria_version", "certificate_no", "issued_at", "expires_at",
        "revoked_at", "renews_id", "product.id",
      ],
    }),
    ocop.listProducers({}, { select: ["id", "name", "entity_type", "address_as_certified", "email"], take: null }),
    marketplace.listProducerMembers({ removed_at: null }, { select: ["producer_id"], take: null }),
    ocop.listSalesPoints({}, { select: ["id", "type", "active"], take: null }),
    ocop.listProgrammeTargets({}, { take: null }),
    loadOrders(container, sales),
  ])
  const linked = (certs as any[]).filter((c) => c.product?.id)
  const productIds = [...new Set(linked.map((c) => c.product.id as string))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title", "handle", "producer.id"], filters: { id: productIds } })
    : { data: [] }
  const withMembers = new Set(members.map((m) => m.producer_id))

  return {
    certifications: linked.map((c) => ({
      id: c.id,
      product_id: c.product.id,
      stars: c.stars,
      score: Number(c.score),
      level: c.level ?? null,
      group_code: c.group_code,
      criteria_version: c.criteria_version,
      certificate_no: c.certificate_no ?? null,
      issued_at: iso(c.issued_at)!,
      expires_at: iso(c.expires_at)!,
      revoked_at: iso(c.revoked_at),
      renews_id: c.renews_id ?? null,
    })),
    products: (products as any[]).map((p) => ({ id: p.id, title: p.title, handle: p.handle, producer_id: p.producer?.id ?? null })),
    producers: producers.map((p) => ({
      id: p.id,
      name: p.name,
      entity_type: p.entity_type,
      address_as_certified: p.address_as_certified,
      reachable: !!p.email || withMembers.has(p.id),
    })),
    sales_points: salesPoints.map((p) => ({ id: p.id, type: p.type, active: p.active })),
    orders,
    targets: targets.map((t) => ({
      code: t.code,
      period: t.period,
      period_start: iso(t.period_start)!,
      period_end: iso(t.period_end)!,
      source: t.source,
      description_vi: t.description_vi,
      description_en: t.description_en ?? null,
      metric: t.metric,
      min: Number(t.min),
      max: t.max == null ? null : Number(t.max),
      unit: t.unit,
    })),
  }
}

/** The orders placed in the window, not cancelled, each with its total and channel. */
async function loadOrders(container: MedusaContainer, window: { from: Date; to: Date }): Promise<SnapshotOrder[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: points }, channels] = await Promise.all([
    query.graph({
      entity: "order",
      fields: ["id", "created_at", "status", "total", "sales_channel_id", "shipping_methods.shipping_option_id"],
      filters: { created_at: { $gte: window.from, $lte: window.to } },
    }),
    query.graph({
      entity: "sales_point",
      fields: ["type", "stock_location.fulfillment_sets.type", "stock_location.fulfillment_sets.service_zones.shipping_options.id"],
    }),
    container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { select: ["id", "metadata"], take: null }),
  ])
  // Every pickup option belongs to a sales point's stock location: its type tells a kiosk from a fair booth.
  const pointTypeOfOption = new Map<string, string>()
  for (const point of points as any[]) {
    for (const set of point.stock_location?.fulfillment_sets ?? []) {
      if (set?.type !== "pickup") continue
      for (const zone of set.service_zones ?? []) for (const option of zone?.shipping_options ?? []) if (option?.id) pointTypeOfOption.set(option.id, point.type)
    }
  }
  const optionIds = [...new Set((orders as any[]).flatMap((o) => (o.shipping_methods ?? []).map((m: any) => m?.shipping_option_id).filter(Boolean)))]
  const { data: pickupOptions } = optionIds.length
    ? await query.graph({ entity: "shipping_option", fields: ["id", "service_zone.fulfillment_set.type"], filters: { id: optionIds } })
    : { data: [] }
  const isPickupOption = new Set((pickupOptions as any[]).filter((o) => o?.service_zone?.fulfillment_set?.type === "pickup").map((o) => o.id))
  const channelKind = new Map(channels.map((c) => [c.id, (c.metadata as any)?.ocop_channel ?? null]))

  return (orders as any[])
    .filter((o) => o.status !== "canceled" && o.status !== "draft")
    .map((o) => {
      const optionId = (o.shipping_methods ?? []).map((m: any) => m?.shipping_option_id).find(Boolean) ?? null
      return {
        id: o.id,
        created_at: new Date(o.created_at).toISOString(),
        total: Number(o.total ?? 0),
        channel: orderChannel({
          sales_channel_kind: channelKind.get(o.sales_channel_id) ?? null,
          pickup_point_type: optionId ? pointTypeOfOption.get(optionId) ?? null : null,
          is_pickup: optionId ? isPickupOption.has(optionId) : false,
        }),
      }
    })
}

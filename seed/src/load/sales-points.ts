/**
 * The 22 sales points of the province's plan, through the plugin's `createSalesPointsWorkflow`, each with a
 * stock location of its own at its address (Medusa's workflows): in the storefront's sales channel, served by
 * the manual fulfillment provider, with a pickup fulfillment set and a service zone, and linked to the sales
 * point through the plugin's link. That is what the checkout needs to offer pickup there; the shipping option
 * itself (price, rules) is the checkout's to define.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createSalesPointsWorkflow } from "@ocop/medusa-plugin-ocop/workflows"
import type { SeedSalesPoint } from "../data"
import { MANUAL_FULFILLMENT_PROVIDER, type CommerceFrame } from "./commerce"
import { OCOP_MODULE, type OcopService } from "./ocop"
import type { Container } from "./util"

type LocationState = {
  id: string
  name: string
  sales_channels?: ({ id: string } | null)[] | null
  fulfillment_providers?: ({ id: string } | null)[] | null
  fulfillment_sets?: ({ id: string; type: string; service_zones?: ({ id: string } | null)[] | null } | null)[] | null
}

/** The pickup fulfillment set and its service zone are named after the sales point (both names are unique). */
export const pickupSetName = (point: { name: string }) => `Nhận tại ${point.name}`

/**
 * Creates the missing sales points and completes each one's stock location; returns ids by handle. `pickup: false`
 * (the generated national network) makes none: pickup is the province shop's, from its warehouse
 * (docs/decisions/021), at its own 22 points; the others only say where a product is sold.
 */
export async function ensureSalesPoints(
  container: Container,
  frame: CommerceFrame,
  points: readonly SeedSalesPoint[],
  { pickup = true }: { pickup?: boolean } = {}
) {
  const ocop: OcopService = container.resolve(OCOP_MODULE)
  const existing = await ocop.listSalesPoints({ handle: points.map((p) => p.handle) }, { select: ["id", "handle"], take: null })
  const ids = new Map(existing.map((p) => [p.handle, p.id]))
  const missing = points.filter((p) => !ids.has(p.handle))
  if (missing.length) {
    const { result } = await createSalesPointsWorkflow(container).run({
      input: {
        sales_points: missing.map(({ opening_hours, ...point }) => ({ ...point, opening_hours_vi: opening_hours })),
      },
    })
    for (const p of result) ids.set(p.handle, p.id)
  }
  const locations = pickup ? await ensurePickupLocations(container, frame, points, ids) : 0
  return { ids, created: missing.length, locationsCreated: locations }
}

async function ensurePickupLocations(
  container: Container,
  frame: CommerceFrame,
  points: readonly SeedSalesPoint[],
  ids: Map<string, string>
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: linked } = await query.graph({
    entity: "sales_point",
    fields: ["id", "handle", "stock_location.id"],
    filters: { id: [...ids.values()] },
  })
  const locationOf = new Map<string, string>()
  for (const row of linked as any[]) if (row.stock_location?.id) locationOf.set(row.handle, row.stock_location.id)

  // A run stopped half-way may have left a location without its link: find it by name before making another.
  const unlinked = points.filter((p) => !locationOf.has(p.handle))
  const links: Record<string, Record<string, string>>[] = []
  if (unlinked.length) {
    const { data: named } = await query.graph({
      entity: "stock_location",
      fields: ["id", "name"],
      filters: { name: unlinked.map((p) => p.name) },
    })
    const byName = new Map((named as any[]).map((l) => [l.name as string, l.id as string]))
    const toCreate = unlinked.filter((p) => !byName.has(p.name))
    if (toCreate.length) {
      const { result } = await createStockLocationsWorkflow(container).run({
        input: {
          locations: toCreate.map((p) => ({
            name: p.name,
            address: {
              address_1: p.address,
              city: p.market_name,
              province: "Đắk Lắk",
              country_code: "VN",
              phone: p.phone,
            },
            metadata: { ocop_sales_point: p.handle },
          })),
        },
      })
      result.forEach((location, i) => byName.set(toCreate[i]!.name, location.id))
    }
    for (const p of unlinked) {
      const locationId = byName.get(p.name)!
      locationOf.set(p.handle, locationId)
      links.push({ [OCOP_MODULE]: { sales_point_id: ids.get(p.handle)! }, [Modules.STOCK_LOCATION]: { stock_location_id: locationId } })
    }
  }

  const { data: states } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "sales_channels.id", "fulfillment_providers.id", "fulfillment_sets.id", "fulfillment_sets.type", "fulfillment_sets.service_zones.id"],
    filters: { id: [...locationOf.values()] },
  })
  const stateOf = new Map((states as LocationState[]).map((s) => [s.id, s]))
  for (const p of points) {
    const locationId = locationOf.get(p.handle)!
    const state = stateOf.get(locationId)
    if (!state?.sales_channels?.some((c) => c?.id === frame.salesChannelId)) {
      links.push({ [Modules.SALES_CHANNEL]: { sales_channel_id: frame.salesChannelId }, [Modules.STOCK_LOCATION]: { stock_location_id: locationId } })
    }
    if (!state?.fulfillment_providers?.some((f) => f?.id === MANUAL_FULFILLMENT_PROVIDER)) {
      links.push({ [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER } })
    }
  }
  if (links.length) await createLinksWorkflow(container).run({ input: links })

  // One pickup fulfillment set per location (Medusa's workflow takes one location at a time), then all zones at once.
  const zones: { name: string; fulfillment_set_id: string; geo_zones: { type: "country"; country_code: string }[] }[] = []
  for (const p of points) {
    const locationId = locationOf.get(p.handle)!
    let pickup = stateOf.get(locationId)?.fulfillment_sets?.find((set) => set?.type === "pickup")
    if (!pickup) {
      await createLocationFulfillmentSetWorkflow(container).run({
        input: { location_id: locationId, fulfillment_set_data: { name: pickupSetName(p), type: "pickup" } },
      })
      const { data } = await query.graph({
        entity: "stock_location",
        fields: ["fulfillment_sets.id", "fulfillment_sets.type"],
        filters: { id: locationId },
      })
      pickup = (data[0] as LocationState).fulfillment_sets!.find((set) => set?.type === "pickup")!
    }
    if (!pickup!.service_zones?.length) {
      zones.push({ name: pickupSetName(p), fulfillment_set_id: pickup!.id, geo_zones: [{ type: "country", country_code: "vn" }] })
    }
  }
  if (zones.length) await createServiceZonesWorkflow(container).run({ input: { data: zones } })
  return unlinked.length
}

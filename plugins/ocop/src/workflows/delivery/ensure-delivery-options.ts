/**
 * The shop's ways of handing over an order, as Medusa shipping options (the seed and the test fixtures call
 * this; it adds only what is missing, so it runs on every seed):
 *
 * - home delivery from the warehouse, one service zone per delivery zone (places/index.ts: Đắk Lắk, its three
 *   neighbours, the other thirty provinces), each zone a list of province geo zones, so Medusa offers a shopper
 *   exactly the one option priced for the province of the address;
 * - pickup at each sales point: a free option in the pickup service zone of the point's stock location. Medusa
 *   lists every point's option; the storefront offers only those of `/store/ocop/carts/:id/check`, the points
 *   that sell everything in the cart, and the cart hooks refuse the others.
 *
 * Stock for pickup is reserved at the warehouse, not at the kiosk (docs/decisions/021-*).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  deleteServiceZonesWorkflow,
} from "@medusajs/medusa/core-flows"
import { DELIVERY_ZONES } from "../../modules/ocop/places"

export const MANUAL_FULFILLMENT_PROVIDER = "manual_manual"
export const HOME_DELIVERY_TYPE_PREFIX = "home-"
export const PICKUP_TYPE_CODE = "pickup"

const storeRules = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

export type DeliverySetup = {
  /** The warehouse's stock location, with a fulfillment set of type "shipping" served by the manual provider. */
  warehouseLocationId: string
  shippingProfileId: string
  regionId: string
}

export async function ensureDeliveryOptions(container: MedusaContainer, setup: DeliverySetup) {
  const created = { zones: 0, home_options: 0, pickup_options: 0 }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: warehouses } = await query.graph({
    entity: "stock_location",
    fields: [
      "id",
      "fulfillment_sets.id",
      "fulfillment_sets.type",
      "fulfillment_sets.service_zones.id",
      "fulfillment_sets.service_zones.name",
      "fulfillment_sets.service_zones.geo_zones.type",
      "fulfillment_sets.service_zones.shipping_options.id",
    ],
    filters: { id: setup.warehouseLocationId },
  })
  const shipping = ((warehouses[0] as any)?.fulfillment_sets ?? []).find((set: any) => set?.type === "shipping")
  if (!shipping) throw new Error(`Stock location ${setup.warehouseLocationId} has no shipping fulfillment set`)
  const zones = (shipping.service_zones ?? []).filter(Boolean) as any[]

  // A zone for all of Vietnam (the first seeds made one) would offer its flat price beside the zone's own.
  const countryWide = zones.filter((zone) => (zone.geo_zones ?? []).some((geo: any) => geo?.type === "country"))
  if (countryWide.length) await deleteServiceZonesWorkflow(container).run({ input: { ids: countryWide.map((z) => z.id) } })

  const zoneName = (code: string) => `Giao hàng: ${DELIVERY_ZONES.find((z) => z.code === code)!.name_vi}`
  const missing = DELIVERY_ZONES.filter((zone) => !zones.some((z) => z.name === zoneName(zone.code)))
  if (missing.length) {
    await createServiceZonesWorkflow(container).run({
      input: {
        data: missing.map((zone) => ({
          name: zoneName(zone.code),
          fulfillment_set_id: shipping.id,
          geo_zones: zone.province_codes.map((province_code) => ({ type: "province" as const, country_code: "vn", province_code })),
        })),
      },
    })
    created.zones = missing.length
  }
  const { data: refreshed } = await query.graph({
    entity: "fulfillment_set",
    fields: ["id", "service_zones.id", "service_zones.name", "service_zones.shipping_options.id"],
    filters: { id: shipping.id },
  })
  const homeOptions = DELIVERY_ZONES.flatMap((zone) => {
    const serviceZone = ((refreshed[0] as any).service_zones ?? []).find((z: any) => z?.name === zoneName(zone.code))
    if (!serviceZone || serviceZone.shipping_options?.length) return []
    return [
      {
        name: "Giao hàng tận nơi",
        price_type: "flat" as const,
        provider_id: MANUAL_FULFILLMENT_PROVIDER,
        service_zone_id: serviceZone.id,
        shipping_profile_id: setup.shippingProfileId,
        type: {
          code: `${HOME_DELIVERY_TYPE_PREFIX}${zone.code}`,
          label: zone.name_vi,
          description: `Giao trong ${zone.days} ngày làm việc.`,
        },
        prices: [
          { currency_code: "vnd", amount: zone.price_vnd },
          { region_id: setup.regionId, amount: zone.price_vnd },
        ],
        rules: storeRules,
      },
    ]
  })
  if (homeOptions.length) {
    await createShippingOptionsWorkflow(container).run({ input: homeOptions })
    created.home_options = homeOptions.length
  }

  // Pickup: one free option per sales point that has a pickup zone and no option yet.
  const { data: points } = await query.graph({
    entity: "sales_point",
    fields: [
      "handle",
      "name",
      "stock_location.fulfillment_sets.type",
      "stock_location.fulfillment_sets.service_zones.id",
      "stock_location.fulfillment_sets.service_zones.shipping_options.id",
    ],
    filters: {},
  })
  const pickupOptions = (points as any[]).flatMap((point) => {
    const zone = (point.stock_location?.fulfillment_sets ?? [])
      .filter((set: any) => set?.type === "pickup")
      .flatMap((set: any) => set.service_zones ?? [])[0]
    if (!zone || zone.shipping_options?.length) return []
    return [
      {
        name: `Nhận tại ${point.name}`,
        price_type: "flat" as const,
        provider_id: MANUAL_FULFILLMENT_PROVIDER,
        service_zone_id: zone.id,
        shipping_profile_id: setup.shippingProfileId,
        type: { code: PICKUP_TYPE_CODE, label: "Nhận tại điểm bán", description: "Nhận hàng tại ki ốt OCOP." },
        prices: [
          { currency_code: "vnd", amount: 0 },
          { region_id: setup.regionId, amount: 0 },
        ],
        rules: storeRules,
        data: { sales_point: point.handle },
      },
    ]
  })
  if (pickupOptions.length) {
    await createShippingOptionsWorkflow(container).run({ input: pickupOptions })
    created.pickup_options = pickupOptions.length
  }
  return created
}

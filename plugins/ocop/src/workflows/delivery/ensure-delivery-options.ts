/**
 * The shop's ways of handing over an order, as Medusa shipping options (the seed and the test fixtures call
 * this; it adds only what is missing, so it runs on every seed):
 *
 * - home delivery from the warehouse, one service zone per delivery zone (places/index.ts: Đắk Lắk, its three
 *   neighbours, the other thirty provinces), each zone a list of province geo zones, so Medusa offers a shopper
 *   exactly the one option for the province of the address, priced per producer's parcel by the plugin's
 *   fulfillment provider (providers/parcel-delivery: the zone's price in the option's data, times the cart's
 *   parcels; docs/decisions/019); options of an older seed (a flat price, Medusa's manual provider) are replaced;
 * - pickup at each sales point: a free option in the pickup service zone of the point's stock location. Medusa
 *   lists every point's option; the storefront offers only those of `/store/ocop/carts/:id/check`, the points
 *   that sell everything in the cart, and the cart hooks refuse the others.
 *
 * Stock for pickup is reserved at the warehouse, not at the kiosk (docs/decisions/021-*).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  deleteServiceZonesWorkflow,
  deleteShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { DELIVERY_ZONES } from "../../modules/ocop/places"

export const MANUAL_FULFILLMENT_PROVIDER = "manual_manual"
/** The plugin's per-parcel home delivery (providers/parcel-delivery, registered in medusa-config.ts). */
export const PARCEL_FULFILLMENT_PROVIDER = "parcel_ocop"
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
  const created = { zones: 0, home_options: 0, home_options_replaced: 0, pickup_options: 0 }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: warehouses } = await query.graph({
    entity: "stock_location",
    fields: [
      "id",
      "fulfillment_providers.id",
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
  // Medusa offers an option only where its provider serves the location.
  if (!((warehouses[0] as any).fulfillment_providers ?? []).some((p: any) => p?.id === PARCEL_FULFILLMENT_PROVIDER)) {
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: setup.warehouseLocationId },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: PARCEL_FULFILLMENT_PROVIDER },
        },
      ],
    })
  }

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
    fields: [
      "id",
      "service_zones.id",
      "service_zones.name",
      "service_zones.shipping_options.id",
      "service_zones.shipping_options.provider_id",
      "service_zones.shipping_options.data",
    ],
    filters: { id: shipping.id },
  })
  // An option that is not this zone's per-parcel price (an older seed's flat one, or a changed price) is replaced.
  const outdated: string[] = []
  const homeOptions = DELIVERY_ZONES.flatMap((zone) => {
    const serviceZone = ((refreshed[0] as any).service_zones ?? []).find((z: any) => z?.name === zoneName(zone.code))
    if (!serviceZone) return []
    const options = (serviceZone.shipping_options ?? []).filter(Boolean) as any[]
    const current = (option: any) => option.provider_id === PARCEL_FULFILLMENT_PROVIDER && Number(option.data?.parcel_price) === zone.price_vnd
    outdated.push(...options.filter((option) => !current(option)).map((option) => option.id))
    if (options.some(current)) return []
    return [
      {
        name: "Giao hàng tận nơi",
        price_type: "calculated" as const,
        provider_id: PARCEL_FULFILLMENT_PROVIDER,
        service_zone_id: serviceZone.id,
        shipping_profile_id: setup.shippingProfileId,
        type: {
          code: `${HOME_DELIVERY_TYPE_PREFIX}${zone.code}`,
          label: zone.name_vi,
          description: `Giao trong ${zone.days} ngày làm việc, mỗi nhà sản xuất một kiện.`,
        },
        data: { zone: zone.code, parcel_price: zone.price_vnd },
        rules: storeRules,
      },
    ]
  })
  if (outdated.length) {
    await deleteShippingOptionsWorkflow(container).run({ input: { ids: outdated } })
    created.home_options_replaced = outdated.length
  }
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

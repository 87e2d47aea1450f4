import type { MedusaRequest } from "@medusajs/framework/http"
import type { InferTypeOf } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../../../../modules/fair"
import { byBoothNumber } from "../../../../modules/fair/booth-number"
import type { Fair } from "../../../../modules/fair/models/fair"
import { fairDays, fairPhase } from "../../../../modules/fair/schedule"
import type FairModuleService from "../../../../modules/fair/service"
import { inLocale, ocopService, toProductCard, type ProductCard, type StoreLocale } from "../helpers"

export function fairService(req: MedusaRequest): FairModuleService {
  return req.scope.resolve(FAIR_MODULE)
}

type FairRow = InferTypeOf<typeof Fair>

/** A fair as a list shows it (docs/store-api.md): what, who, where, when, and how many booths and exhibitors. */
export function toFairSummary(fair: FairRow, booths: { producer_id: string }[], now: Date, locale: StoreLocale) {
  return {
    handle: fair.handle,
    name: inLocale(locale, fair.name, fair.name_en),
    organiser: fair.organiser,
    venue: {
      name: fair.venue_name,
      address: fair.address,
      province_code: fair.province_code,
      ward_code: fair.ward_code,
      latitude: fair.latitude,
      longitude: fair.longitude,
    },
    starts_at: new Date(fair.starts_at).toISOString(),
    ends_at: new Date(fair.ends_at).toISOString(),
    ...fairDays(fair),
    phase: fairPhase(fair, now),
    opening_hours: inLocale(locale, fair.opening_hours_vi, fair.opening_hours_en),
    cover_image: fair.cover_image,
    booth_count: booths.length,
    exhibitor_count: new Set(booths.map((booth) => booth.producer_id)).size,
  }
}

/**
 * The booths of a fair with their producers and the products they show that a shopper may see now (a
 * certificate that lapsed since the booth was set up drops its product here, as everywhere in the store).
 */
export async function boothsOf(req: MedusaRequest, fairId: string, now: Date, locale: StoreLocale) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "booth",
    fields: ["id", "number", "x", "y", "width", "height", "producer_id", "zone.code", "products.id"],
    filters: { fair_id: fairId },
  })
  const booths = data as any[]
  const producerIds = [...new Set(booths.map((b) => b.producer_id as string))]
  const productIds = [...new Set(booths.flatMap((b) => (b.products ?? []).filter(Boolean).map((p: any) => p.id as string)))]
  const ocop = ocopService(req)
  const [producers, catalogue] = await Promise.all([
    producerIds.length ? ocop.listProducers({ id: producerIds }) : Promise.resolve([]),
    productIds.length ? ocop.listCatalogue({ now, product_ids: productIds }, { limit: productIds.length, offset: 0 }) : Promise.resolve({ rows: [], count: 0 }),
  ])
  const producerOf = new Map(producers.map((p) => [p.id, p]))
  const cardOf = new Map(catalogue.rows.map((row) => [row.product_id, toProductCard(row, locale)]))
  return booths.sort(byBoothNumber).map((booth) => {
    const producer = producerOf.get(booth.producer_id)
    return {
      number: booth.number as string,
      zone: (booth.zone?.code as string | undefined) ?? null,
      position: { x: booth.x as number, y: booth.y as number, width: booth.width as number, height: booth.height as number },
      producer: producer
        ? {
            handle: producer.handle,
            name: producer.name,
            entity_type: producer.entity_type,
            province_code: producer.province_code,
            address_as_certified: producer.address_as_certified,
            phone: producer.phone,
          }
        : null,
      products: ((booth.products ?? []) as any[])
        .filter(Boolean)
        .map((p) => cardOf.get(p.id))
        .filter((card): card is ProductCard => !!card),
    }
  })
}

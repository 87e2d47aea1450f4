import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ocopService, requestLocale, sendCached, toProducer } from "../helpers"
import type { StoreOcopProducersParamsType } from "../validators"

/** Producers with their provenance; `product_count` counts their products a shopper can see today. */
export async function GET(req: MedusaRequest<unknown, StoreOcopProducersParamsType>, res: MedusaResponse) {
  const { limit, offset, entity_type, province_code } = req.validatedQuery
  const ocop = ocopService(req)
  const filters = {
    ...(entity_type ? { entity_type: entity_type as any } : {}),
    ...(province_code ? { province_code } : {}),
  }
  const [[producers, count], counts] = await Promise.all([
    ocop.listAndCountProducers(filters, { take: limit, skip: offset, order: { name: "ASC", handle: "ASC" } }),
    ocop.countCatalogueBy("producer", new Date()),
  ])
  const locale = requestLocale(req)
  sendCached(res, {
    producers: producers.map((producer) => toProducer(producer, counts.get(producer.handle) ?? 0, locale)),
    count,
    limit,
    offset,
  })
}

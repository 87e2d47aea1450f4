import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  notFound,
  ocopService,
  PRODUCTS_PER_PAGE_OF_PLACE,
  requestLocale,
  sendCached,
  toProductCard,
  toProducer,
} from "../../helpers"

/** One producer's page: provenance, story, and its showable products, best first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop = ocopService(req)
  const handle = req.params.handle
  const [producer] = await ocop.listProducers({ handle }, { take: 1 })
  if (!producer) {
    throw notFound(`Không có chủ thể OCOP "${handle}"`, `no OCOP producer "${handle}"`)
  }
  const { rows, count } = await ocop.listCatalogue(
    { now: new Date(), producer: handle },
    { limit: PRODUCTS_PER_PAGE_OF_PLACE, offset: 0 }
  )
  const locale = requestLocale(req)
  sendCached(res, { producer: { ...toProducer(producer, count, locale), products: rows.map((row) => toProductCard(row, locale)) } })
}

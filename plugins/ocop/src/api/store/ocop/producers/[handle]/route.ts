import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound, ocopService, productsOfPlace, sendCached, toProducer } from "../../helpers"

/** One producer's page: provenance, story, and its showable products, best first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const handle = req.params.handle
  const [producer] = await ocopService(req).listProducers({ handle }, { take: 1 })
  if (!producer) {
    throw notFound(`Không có chủ thể OCOP "${handle}"`, `no OCOP producer "${handle}"`)
  }
  const { locale, count, products } = await productsOfPlace(req, { producer: handle })
  sendCached(res, { producer: { ...toProducer(producer, count, locale), products } })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../../../modules/ocop"
import type OcopModuleService from "../../../../../../modules/ocop/service"
import { notFound } from "../../../../../utils/not-found"
import type { AdminShowableProductsType } from "../../validators"

/**
 * What a producer's booth may show: its products a shopper may see now (the catalogue read model, rules.ts'
 * isShowable), for the booth form's choice. The booth's workflow checks the same again when it is saved.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminShowableProductsType>, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [producer] = await ocop.listProducers({ id: req.validatedQuery.producer_id }, { select: ["handle"] })
  if (!producer) notFound("chủ thể", "producer", req.validatedQuery.producer_id)
  const { rows } = await ocop.listCatalogue({ now: new Date(), producer: producer.handle }, { limit: 100, offset: 0, order: "title" })
  res.json({ products: rows.map((row) => ({ id: row.product_id, title: row.title, handle: row.handle, stars: row.stars, thumbnail: row.thumbnail })) })
}

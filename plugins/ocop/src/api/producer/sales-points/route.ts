import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listProducerSalesPoints } from "../../../producers/assortment"
import { producerMemberOf } from "../member-context"
import type { ProducerListSalesPointsType } from "./validators"

/** The kiosks and markets, each with the producer's own products there and its requests still waiting. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListSalesPointsType>, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json(await listProducerSalesPoints(req.scope, producerMemberOf(req).producer_id, req.validatedQuery as ProducerListSalesPointsType))
}

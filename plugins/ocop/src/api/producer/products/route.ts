import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerMemberOf } from "../member-context"
import type { ProducerListType } from "../validators"
import { listProducerProducts } from "./shape"

/** The producer's own products, certified or not, with price, stock and certificate. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListType>, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json(await listProducerProducts(req.scope, producerMemberOf(req).producer_id, req.validatedQuery as ProducerListType))
}

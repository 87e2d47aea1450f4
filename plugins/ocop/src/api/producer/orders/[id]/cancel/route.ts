import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelParcelWorkflow } from "../../../../../workflows/orders/fulfil-parcel"
import type { ProducerCancelParcelType } from "../../validators"
import { takeParcelStep } from "../step-route"

/** Cancelled before it leaves, with the reason the shopper is told; its stock comes back. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerCancelParcelType>, res: MedusaResponse) {
  await takeParcelStep(req, res, (input) => cancelParcelWorkflow(req.scope).run({ input }))
}

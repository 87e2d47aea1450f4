import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliverParcelWorkflow } from "../../../../../workflows/orders/fulfil-parcel"
import type { ProducerParcelStepType } from "../../validators"
import { takeParcelStep } from "../step-route"

/** Delivered or picked up: the order is complete, and a cash payment is collected. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerParcelStepType>, res: MedusaResponse) {
  await takeParcelStep(req, res, (input) => deliverParcelWorkflow(req.scope).run({ input }))
}

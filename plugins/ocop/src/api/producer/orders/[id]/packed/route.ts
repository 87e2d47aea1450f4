import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { packParcelWorkflow } from "../../../../../workflows/orders/fulfil-parcel"
import type { ProducerParcelStepType } from "../../validators"
import { takeParcelStep } from "../step-route"

/** Packed: every line of the order is fulfilled from its reserved stock. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerParcelStepType>, res: MedusaResponse) {
  await takeParcelStep(req, res, (input) => packParcelWorkflow(req.scope).run({ input }))
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markParcelReadyForPickupWorkflow } from "../../../../../workflows/orders/fulfil-parcel"
import type { ProducerParcelStepType } from "../../validators"
import { takeParcelStep } from "../step-route"

/** Ready for pickup: the packed parcel of a pickup order waits at its sales point. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerParcelStepType>, res: MedusaResponse) {
  await takeParcelStep(req, res, (input) => markParcelReadyForPickupWorkflow(req.scope).run({ input }))
}

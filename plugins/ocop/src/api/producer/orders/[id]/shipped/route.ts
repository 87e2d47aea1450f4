import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shipParcelWorkflow } from "../../../../../workflows/orders/fulfil-parcel"
import type { ProducerShipParcelType } from "../../validators"
import { takeParcelStep } from "../step-route"

/** Shipped: the carrier and its tracking number, which the shopper is mailed. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerShipParcelType>, res: MedusaResponse) {
  await takeParcelStep(req, res, (input) => shipParcelWorkflow(req.scope).run({ input }))
}

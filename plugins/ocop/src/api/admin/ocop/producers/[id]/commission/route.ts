import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MARKETPLACE_MODULE } from "../../../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../../../modules/marketplace/service"
import { defaultCommissionRate } from "../../../../../../orders/commission"
import { setCommissionRateWorkflow } from "../../../../../../workflows/marketplace/set-commission-rate"
import { loadProducer } from "../../helpers"
import type { AdminSetCommissionRateType } from "./validators"

async function commissionOf(container: MedusaContainer, producerId: string) {
  const [agreed] = await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).listCommissionRates({ producer_id: producerId })
  return agreed ? { rate: Number(agreed.rate), source: "producer" as const } : { rate: defaultCommissionRate(), source: "default" as const }
}

/** The commission rate (percent) this producer pays on orders placed from now: its own, or the default. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await loadProducer(req.scope, req.params.id!)
  res.json({ commission: await commissionOf(req.scope, req.params.id!) })
}

/** Sets the producer's agreed rate; `rate: null` returns it to the default. Orders already placed keep theirs. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetCommissionRateType>, res: MedusaResponse) {
  await loadProducer(req.scope, req.params.id!)
  await setCommissionRateWorkflow(req.scope).run({ input: { producer_id: req.params.id!, rate: req.validatedBody.rate } })
  res.json({ commission: await commissionOf(req.scope, req.params.id!) })
}

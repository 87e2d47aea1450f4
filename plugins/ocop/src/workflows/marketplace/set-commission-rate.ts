import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

type Input = { producer_id: string; rate: number | null }

/** The producer's agreed rate (percent), or none to pay the default again; the earlier rate comes back on failure. */
const setCommissionRateStep = createStep(
  "ocop-set-commission-rate",
  async (input: Input, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [before] = await marketplace.listCommissionRates({ producer_id: input.producer_id })
    if (input.rate === null) {
      if (before) await marketplace.deleteCommissionRates([before.id])
    } else if (before) {
      await marketplace.updateCommissionRates({ id: before.id, rate: input.rate })
    } else {
      await marketplace.createCommissionRates({ producer_id: input.producer_id, rate: input.rate })
    }
    return new StepResponse(input, { producer_id: input.producer_id, rate: before ? Number(before.rate) : null })
  },
  async (previous, { container }) => {
    if (!previous) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [now] = await marketplace.listCommissionRates({ producer_id: previous.producer_id })
    if (now) await marketplace.deleteCommissionRates([now.id])
    if (previous.rate !== null) await marketplace.createCommissionRates({ producer_id: previous.producer_id, rate: previous.rate })
  }
)

export const setCommissionRateWorkflow = createWorkflow("ocop-set-commission-rate", (input: Input) => {
  return new WorkflowResponse(setCommissionRateStep(input))
})

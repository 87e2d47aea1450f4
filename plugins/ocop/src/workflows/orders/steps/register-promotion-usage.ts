import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Usage = { computedActions: { amount: unknown; code: string }[]; registrationContext: { customer_id: string | null; customer_email: string | null } }

/** A promotion's use, counted once per cart as Medusa's completion counts it (its step is not exported). */
export const registerPromotionUsageStep = createStep(
  "ocop-register-promotion-usage",
  async (usage: Usage, { container }) => {
    if (!usage.computedActions.length) return new StepResponse(null, null)
    await container.resolve(Modules.PROMOTION).registerUsage(usage.computedActions as any, usage.registrationContext as any)
    return new StepResponse(null, usage)
  },
  async (usage, { container }) => {
    if (!usage?.computedActions.length) return
    await container.resolve(Modules.PROMOTION).revertUsage(usage.computedActions as any, usage.registrationContext as any)
  }
)

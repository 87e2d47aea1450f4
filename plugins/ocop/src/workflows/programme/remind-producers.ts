import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { vietnamDay } from "../../modules/ocop/rules"
import { OcopEvents } from "../certify-product"
import { claimRemindersStep } from "./steps/claim-reminders"
import { loadRemindableStep } from "./steps/load-remindable"

export type RemindProducersInput = { certification_ids: string[]; requested_by?: string | null; now?: string }

/** The officer's reminder of one day: a second request that day (a double click, a colleague) sends nothing. */
export const manualReminderKey = (now: Date | string) => `manual-${vietnamDay(now)}`

/**
 * The programme officer reminds the producers of chosen certificates to renew (the certificates list's bulk
 * action): each certificate's producer once a day at most, by the same mail as the sweep's reminders.
 */
export const remindProducersWorkflow = createWorkflow("ocop-remind-producers", (input: RemindProducersInput) => {
  const at = transform({ input }, ({ input }) => (input.now ? new Date(input.now) : new Date()).toISOString())
  const loadInput = transform({ input, at }, ({ input, at }) => ({ ids: [...new Set(input.certification_ids)], now: at }))
  const remindable = loadRemindableStep(loadInput)
  const claims = transform({ remindable, input, at }, ({ remindable, input, at }) =>
    remindable.map((c) => ({ certification_id: c.id, key: manualReminderKey(at), stage: null, requested_by: input.requested_by ?? null }))
  )
  const claimed = claimRemindersStep(claims)
  const event = transform({ remindable, claimed }, ({ remindable, claimed }) => ({
    eventName: OcopEvents.EXPIRING,
    data: claimed.map((claim) => {
      const c = remindable.find((r) => r.id === claim.certification_id)!
      return { id: c.id, product_id: c.product_id, expires_at: c.expires_at, stage: null, reminder_id: claim.id }
    }),
  }))
  emitEventStep(event)
  const result = transform({ remindable, claimed }, ({ remindable, claimed }) => {
    const sent = new Set(claimed.map((c) => c.certification_id))
    return {
      reminded: remindable.filter((c) => sent.has(c.id)).map((c) => c.id),
      already_reminded_today: remindable.filter((c) => !sent.has(c.id)).map((c) => c.id),
    }
  })
  return new WorkflowResponse(result)
})

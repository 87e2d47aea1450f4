import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "./certify-product"
import { refreshOcopProductsWorkflow } from "./refresh-ocop-products"
import { claimRemindersStep } from "./programme/steps/claim-reminders"
import { findDueCertificationsStep, stageKey } from "./steps/find-due-certifications"
import { updateCertificationsStep } from "./steps/update-certifications"

export type ExpireCertificationsInput = { now?: string }

/**
 * The daily sweep (src/jobs/expire-certifications.ts): products whose certificate lapsed leave the storefront
 * and `ocop.certification.lapsed` is emitted once; certificates 90, 30 and 7 days from expiry emit
 * `ocop.certification.expiring` once per stage (claimed in the programme module's reminders, so two sweeps
 * racing send one); certificates issued for a day that has come enter the storefront. The stamps and claims it
 * writes make a second run at the same instant change nothing.
 */
export const expireCertificationsWorkflow = createWorkflow(
  "ocop-expire-certifications",
  (input: ExpireCertificationsInput) => {
    const due = findDueCertificationsStep(input)
    const claims = transform({ due }, ({ due }) =>
      due.expiring.map((c) => ({ certification_id: c.id, key: stageKey(c.stage), stage: c.stage }))
    )
    const claimed = claimRemindersStep(claims)
    // `expiring_notified_at` keeps the time of the latest reminder; the reminders themselves are the claims.
    const stamps = transform({ due, claimed, input }, ({ due, claimed, input }) => {
      const at = input.now ? new Date(input.now) : new Date()
      return [
        ...due.lapsing.map((c) => ({ id: c.id, lapsed_at: at })),
        ...claimed.map((c) => ({ id: c.certification_id, expiring_notified_at: at })),
      ]
    })
    updateCertificationsStep(stamps)
    const refreshInput = transform({ due, input }, ({ due, input }) => ({ product_ids: due.product_ids, now: input.now }))
    const projected = refreshOcopProductsWorkflow.runAsStep({ input: refreshInput })

    // A product that another certification still keeps on show did not lapse; only its old certificate did.
    const lapsedEvent = transform({ due, projected }, ({ due, projected }) => ({
      eventName: OcopEvents.LAPSED,
      data: due.lapsing
        .filter((c) => projected.off_sale.includes(c.product_id))
        .map((c) => ({ id: c.id, product_id: c.product_id, reason: "expired", expires_at: c.expires_at })),
    }))
    emitEventStep(lapsedEvent).config({ name: "emit-lapsed" })
    const expiringEvent = transform({ due, claimed }, ({ due, claimed }) => ({
      eventName: OcopEvents.EXPIRING,
      data: claimed.map((claim) => {
        const c = due.expiring.find((d) => d.id === claim.certification_id)!
        return { id: c.id, product_id: c.product_id, expires_at: c.expires_at, stage: c.stage, reminder_id: claim.id }
      }),
    }))
    emitEventStep(expiringEvent).config({ name: "emit-expiring" })

    const summary = transform({ due, projected, claimed }, ({ due, projected, claimed }) => ({
      lapsed: due.lapsing.filter((c) => projected.off_sale.includes(c.product_id)).map((c) => c.id),
      reminded: claimed.map((c) => c.certification_id),
      refreshed: due.product_ids,
    }))
    return new WorkflowResponse(summary)
  }
)

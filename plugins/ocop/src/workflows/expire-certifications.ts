import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "./certify-product"
import { refreshOcopProductsWorkflow } from "./refresh-ocop-products"
import { findDueCertificationsStep } from "./steps/find-due-certifications"
import { updateCertificationsStep } from "./steps/update-certifications"

export type ExpireCertificationsInput = { now?: string }

/**
 * The daily sweep (src/jobs/expire-certifications.ts): products whose certificate lapsed leave the storefront
 * and `ocop.certification.lapsed` is emitted once; certificates 30 days from expiry emit
 * `ocop.certification.expiring` once; certificates issued for a day that has come enter the storefront.
 * The stamps it writes make a second run at the same instant change nothing.
 */
export const expireCertificationsWorkflow = createWorkflow(
  "ocop-expire-certifications",
  (input: ExpireCertificationsInput) => {
    const due = findDueCertificationsStep(input)
    const stamps = transform({ due, input }, ({ due, input }) => {
      const at = input.now ? new Date(input.now) : new Date()
      return [
        ...due.lapsing.map((c) => ({ id: c.id, lapsed_at: at })),
        ...due.expiring.map((c) => ({ id: c.id, expiring_notified_at: at })),
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
    const expiringEvent = transform({ due }, ({ due }) => ({
      eventName: OcopEvents.EXPIRING,
      data: due.expiring.map((c) => ({ id: c.id, product_id: c.product_id, expires_at: c.expires_at })),
    }))
    emitEventStep(expiringEvent).config({ name: "emit-expiring" })

    const summary = transform({ due, projected }, ({ due, projected }) => ({
      lapsed: due.lapsing.filter((c) => projected.off_sale.includes(c.product_id)).map((c) => c.id),
      reminded: due.expiring.map((c) => c.id),
      refreshed: due.product_ids,
    }))
    return new WorkflowResponse(summary)
  }
)

import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OcopEvents } from "./certify-product"
import { refreshOcopProductsWorkflow } from "./refresh-ocop-products"
import { loadCertificationStep } from "./steps/load-certification"
import { updateCertificationsStep } from "./steps/update-certifications"

export type RevokeCertificationInput = { id: string; reason: string; now?: string }

/**
 * The programme withdraws a certificate: it is stamped revoked (never shown with stars again), the product
 * leaves the storefront unless another certification still speaks for it, and `ocop.certification.lapsed` is
 * emitted when the product was on show because of it.
 */
export const revokeCertificationWorkflow = createWorkflow("ocop-revoke-certification", (input: RevokeCertificationInput) => {
  const certification = loadCertificationStep({ id: input.id, now: input.now })
  const change = transform({ input }, ({ input }) => {
    const at = input.now ? new Date(input.now) : new Date()
    return [{ id: input.id, revoked_at: at, revoked_reason: input.reason, lapsed_at: at }]
  })
  const updated = updateCertificationsStep(change)
  const revoked = transform({ updated }, ({ updated }) => updated[0])
  const refreshInput = transform({ certification, input }, ({ certification, input }) => ({
    product_ids: [certification.product_id],
    now: input.now,
  }))
  refreshOcopProductsWorkflow.runAsStep({ input: refreshInput })
  when({ certification }, ({ certification }) => certification.showable_now).then(() => {
    const event = transform({ certification, input }, ({ certification, input }) => ({
      eventName: OcopEvents.LAPSED,
      data: { id: certification.id, product_id: certification.product_id, reason: "revoked", note: input.reason },
    }))
    emitEventStep(event)
  })
  return new WorkflowResponse(revoked)
})

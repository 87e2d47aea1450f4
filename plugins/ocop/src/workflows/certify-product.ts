import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop"
import { createCertificationStep } from "./steps/create-certification"
import { validateCertificationStep, type CertificationDraft } from "./steps/validate-certification"
import { CATALOGUE_CHANGED_EVENT, refreshOcopProductsWorkflow } from "./refresh-ocop-products"
import { publishSubmittedDraftsWorkflow } from "./marketplace/producer-products"

export const OcopEvents = {
  CERTIFIED: "ocop.certification.created",
  RENEWED: "ocop.certification.renewed",
  LAPSED: "ocop.certification.lapsed",
  EXPIRING: "ocop.certification.expiring",
  CATALOGUE_CHANGED: CATALOGUE_CHANGED_EVENT,
} as const

export type CertifyProductInput = CertificationDraft & { now?: string }

/**
 * The programme certifies a product: check the rules, record the certification, link it to the product, and
 * list the product when it may now be shown (a producer's submitted draft is published). Renewal is the same with `renews_id` set.
 */
export const certifyProductWorkflow = createWorkflow("ocop-certify-product", (input: CertifyProductInput) => {
  const valid = validateCertificationStep(input)
  const certification = createCertificationStep(valid)
  const link = transform({ valid, certification }, ({ valid, certification }) => [
    { [Modules.PRODUCT]: { product_id: valid.product_id }, [OCOP_MODULE]: { certification_id: certification.id } },
  ])
  createRemoteLinkStep(link)
  // A producer's submitted draft goes on sale once graded (docs/decisions/042).
  publishSubmittedDraftsWorkflow.runAsStep({ input: transform({ valid }, ({ valid }) => [valid.product_id]) })
  const refreshInput = transform({ valid, input }, ({ valid, input }) => ({ product_ids: [valid.product_id], now: input.now }))
  refreshOcopProductsWorkflow.runAsStep({ input: refreshInput })
  const event = transform({ valid, certification }, ({ valid, certification }) => ({
    eventName: valid.renews_id ? OcopEvents.RENEWED : OcopEvents.CERTIFIED,
    data: { id: certification.id, product_id: valid.product_id, renews_id: valid.renews_id },
  }))
  emitEventStep(event)
  return new WorkflowResponse(certification)
})

import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop"
import { OcopEvents } from "./certify-product"
import { refreshOcopProductsWorkflow } from "./refresh-ocop-products"
import { publishSubmittedDraftsWorkflow } from "./marketplace/producer-products"
import { createCertificationsStep } from "./steps/create-certifications"
import { validateCertificationsStep } from "./steps/validate-certifications"
import type { CertificationDraft } from "./steps/validate-certification"

export type CertifyProductsInput = { certifications: CertificationDraft[]; now?: string }

/**
 * `certifyProductWorkflow` for many products at once (bulk imports, the seed's generator): the same rules,
 * records, links and events, but one validation, one insert, one link batch and one re-projection of all the
 * products, so ten thousand certifications are a few workflow runs instead of ten thousand. All or nothing.
 */
export const certifyProductsWorkflow = createWorkflow("ocop-certify-products", (input: CertifyProductsInput) => {
  const valid = validateCertificationsStep(input.certifications)
  const created = createCertificationsStep(valid)
  const links = transform({ created }, ({ created }) =>
    created.map((c) => ({ [Modules.PRODUCT]: { product_id: c.product_id }, [OCOP_MODULE]: { certification_id: c.id } }))
  )
  createRemoteLinkStep(links)
  publishSubmittedDraftsWorkflow.runAsStep({ input: transform({ created }, ({ created }) => created.map((c) => c.product_id)) })
  const refreshInput = transform({ created, input }, ({ created, input }) => ({
    product_ids: created.map((c) => c.product_id),
    now: input.now,
  }))
  refreshOcopProductsWorkflow.runAsStep({ input: refreshInput })
  const certifiedEvent = transform({ created }, ({ created }) => ({
    eventName: OcopEvents.CERTIFIED,
    data: created.filter((c) => !c.renews_id).map((c) => ({ id: c.id, product_id: c.product_id, renews_id: null })),
  }))
  emitEventStep(certifiedEvent).config({ name: "emit-certified" })
  const renewedEvent = transform({ created }, ({ created }) => ({
    eventName: OcopEvents.RENEWED,
    data: created.filter((c) => c.renews_id).map((c) => ({ id: c.id, product_id: c.product_id, renews_id: c.renews_id })),
  }))
  emitEventStep(renewedEvent).config({ name: "emit-renewed" })
  return new WorkflowResponse(created)
})

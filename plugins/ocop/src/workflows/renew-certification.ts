import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { certifyProductWorkflow } from "./certify-product"
import { loadCertificationStep } from "./steps/load-certification"

export type RenewCertificationInput = {
  id: string
  score: number
  stars?: number
  criteria_version: string
  group?: string
  sub_group?: string | null
  certificate_no: string
  decision_no?: string | null
  issued_at: string
  expires_at?: string | null
  now?: string
}

/**
 * A renewal is a new certification of the same product that names the one it renews; the old one stays as
 * history. Group and sub-group carry over unless the new evaluation changed them.
 */
export const renewCertificationWorkflow = createWorkflow("ocop-renew-certification", (input: RenewCertificationInput) => {
  const previous = loadCertificationStep({ id: input.id, now: input.now, allow_revoked: true })
  const draft = transform({ input, previous }, ({ input, previous }) => ({
    product_id: previous.product_id,
    score: input.score,
    stars: input.stars,
    criteria_version: input.criteria_version,
    group: input.group ?? previous.group_code,
    sub_group: input.group ? input.sub_group ?? null : input.sub_group ?? previous.sub_group_code,
    certificate_no: input.certificate_no,
    decision_no: input.decision_no ?? null,
    issued_at: input.issued_at,
    expires_at: input.expires_at ?? null,
    renews_id: previous.id,
    now: input.now,
  }))
  const certification = certifyProductWorkflow.runAsStep({ input: draft })
  return new WorkflowResponse(certification)
})

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import type { ValidCertification } from "./validate-certification"

export type CreatedCertification = { id: string; product_id: string; renews_id: string | null }

/** Writes validated certifications in one call, each paired with its product; undo deletes them. */
export const createCertificationsStep = createStep(
  "ocop-create-certifications",
  async (valid: ValidCertification[], { container }) => {
    if (!valid.length) return new StepResponse<CreatedCertification[], string[]>([], [])
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const created = await ocop.createCertifications(valid.map(({ product_id: _, ...data }) => data))
    // The module creates rows in the order given, so the i-th certification belongs to the i-th product.
    const paired = created.map((certification, i) => ({
      id: certification.id,
      product_id: valid[i]!.product_id,
      renews_id: valid[i]!.renews_id,
    }))
    return new StepResponse(paired, paired.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteCertifications(ids)
  }
)

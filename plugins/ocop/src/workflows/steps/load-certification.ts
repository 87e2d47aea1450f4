import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currentCertification, isShowable } from "../../modules/ocop/rules"
import type { CertificationGraph } from "../utils/project-product"

export type LoadedCertification = CertificationGraph & {
  product_id: string
  /** Whether it is the one that speaks for its product and lets the product be shown right now. */
  showable_now: boolean
}

/** Reads a certification with its product; 404 when absent, 400 when already revoked. */
export const loadCertificationStep = createStep(
  "ocop-load-certification",
  async (input: { id: string; now?: string; allow_revoked?: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "certification",
      fields: ["*", "product.id", "product.certifications.*"],
      filters: { id: input.id },
    })
    const found = data[0] as any
    if (!found?.product?.id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có chứng nhận ${input.id} / certification ${input.id} not found`)
    }
    if (found.revoked_at && !input.allow_revoked) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Chứng nhận ${input.id} đã bị thu hồi / certification ${input.id} is already revoked`
      )
    }
    const now = input.now ? new Date(input.now) : new Date()
    const siblings = (found.product.certifications ?? []).filter(Boolean) as CertificationGraph[]
    const current = currentCertification(siblings, now)
    const { product, ...certification } = found
    const loaded: LoadedCertification = {
      ...certification,
      product_id: product.id,
      showable_now: current?.id === certification.id && isShowable(certification, now),
    }
    return new StepResponse(loaded)
  }
)

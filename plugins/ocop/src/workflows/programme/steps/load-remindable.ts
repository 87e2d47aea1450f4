import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { certificationState } from "../../../modules/ocop/rules"
import { invalid } from "../../steps/validate-certification"

export type Remindable = { id: string; product_id: string; expires_at: string }

/**
 * The certifications an officer asked to remind, each of a product with a producer and still valid: a reminder to
 * renew an expired, revoked or not yet valid certificate would tell the producer something untrue. Reads only.
 */
export const loadRemindableStep = createStep(
  "ocop-load-remindable",
  async (input: { ids: string[]; now: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "certification",
      fields: ["id", "certificate_no", "stars", "issued_at", "expires_at", "revoked_at", "product.id", "product.producer.id"],
      filters: { id: input.ids },
    })
    const byId = new Map((data as any[]).map((c) => [c.id as string, c]))
    const missing = input.ids.filter((id) => !byId.has(id))
    if (missing.length) invalid(`Không có chứng nhận ${missing.join(", ")}`, `certification ${missing.join(", ")} does not exist`)
    const notValid = (data as any[]).filter((c) => certificationState(c, input.now) !== "valid")
    if (notValid.length) {
      const names = notValid.map((c) => c.certificate_no ?? c.id).join(", ")
      invalid(`Chỉ nhắc gia hạn được giấy chứng nhận còn hiệu lực: ${names}`, `only valid certificates can be reminded: ${names}`)
    }
    const orphans = (data as any[]).filter((c) => !c.product?.producer?.id)
    if (orphans.length) {
      const names = orphans.map((c) => c.certificate_no ?? c.id).join(", ")
      invalid(`Sản phẩm chưa có chủ thể để nhắc: ${names}`, `no producer to remind for: ${names}`)
    }
    return new StepResponse<Remindable[]>(
      input.ids.map((id) => {
        const c = byId.get(id)!
        return { id, product_id: c.product.id, expires_at: new Date(c.expires_at).toISOString() }
      })
    )
  }
)

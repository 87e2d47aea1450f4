import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { checkCertificationDraft, invalid, type CertificationDraft, type ValidCertification } from "./validate-certification"

/**
 * The batch form of `validateCertificationStep`: the same rules per draft, then one query for the certificate
 * numbers and one for the products, so certifying thousands of products costs two round trips, not thousands.
 * A number used twice in the batch is refused like one already in the register.
 */
export const validateCertificationsStep = createStep(
  "ocop-validate-certifications",
  async (drafts: CertificationDraft[], { container }) => {
    const valid = drafts.map(checkCertificationDraft)
    const numbers = valid.map((c) => c.certificate_no).filter((n): n is string => !!n)
    const twice = numbers.find((n, i) => numbers.indexOf(n) !== i)
    if (twice) invalid(`Số giấy chứng nhận ${twice} xuất hiện hai lần`, `certificate number ${twice} appears twice`)

    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (numbers.length) {
      const [taken] = await ocop.listCertifications({ certificate_no: numbers }, { take: 1, select: ["certificate_no"] })
      if (taken) {
        invalid(`Số giấy chứng nhận ${taken.certificate_no} đã được dùng`, `certificate number ${taken.certificate_no} is already used`)
      }
    }
    const productIds = [...new Set(valid.map((c) => c.product_id))]
    if (productIds.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: productIds } })
      const found = new Set(data.map((p: { id: string }) => p.id))
      const missing = productIds.filter((id) => !found.has(id))
      if (missing.length) {
        invalid(`Không có sản phẩm ${missing.join(", ")}`, `product ${missing.join(", ")} does not exist`)
      }
    }
    return new StepResponse<ValidCertification[]>(valid)
  }
)

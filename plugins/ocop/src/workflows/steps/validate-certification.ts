import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import {
  certifyingLevel,
  checkStarsMatchScore,
  criteriaVersion,
  defaultExpiry,
  isCriteriaVersion,
  isGroupKnown,
  MIN_SHOWABLE_STARS,
  type CertificationGrade,
} from "../../modules/ocop/rules"

export type CertificationDraft = {
  product_id: string
  score: number
  stars?: number
  criteria_version: string
  group: string
  sub_group?: string | null
  certificate_no?: string | null
  decision_no?: string | null
  issued_at: string | Date
  expires_at?: string | Date | null
  renews_id?: string | null
}

export type ValidCertification = CertificationGrade & {
  product_id: string
  issued_at: Date
  expires_at: Date
  renews_id: string | null
}

export function invalid(vi: string, en: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `${vi} / ${en}`)
}

/**
 * The rules a certification must meet on its own, without the database: stars agree with the score's band for
 * its criteria version, the group exists in that version's list, the expiry follows the issue, a certificate
 * number exactly from the lowest certified rating up. Fills in the stars, level and default expiry it can derive.
 * Throws INVALID_DATA.
 */
export function checkCertificationDraft(draft: CertificationDraft): ValidCertification {
  if (!isCriteriaVersion(draft.criteria_version)) {
    // rules.ts throws a RangeError (it knows no Medusa); as a MedusaError it answers 400, not 500.
    try {
      criteriaVersion(draft.criteria_version)
    } catch (error) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
    }
  }
  const check = checkStarsMatchScore(draft.stars, draft.score, draft.criteria_version)
  if (!check.ok) invalid(check.message_vi, check.message_en)
  const { stars } = check

  if (!isGroupKnown(draft.group, draft.sub_group ?? null, draft.criteria_version)) {
    invalid(
      `Nhóm "${draft.group}${draft.sub_group ? `/${draft.sub_group}` : ""}" không có trong bộ tiêu chí ${draft.criteria_version}`,
      `group "${draft.group}${draft.sub_group ? `/${draft.sub_group}` : ""}" is not in criteria version ${draft.criteria_version}`
    )
  }
  const issuedAt = new Date(draft.issued_at)
  const expiresAt = draft.expires_at ? new Date(draft.expires_at) : defaultExpiry(issuedAt)
  if (Number.isNaN(issuedAt.getTime()) || Number.isNaN(expiresAt.getTime())) {
    invalid("Ngày cấp hoặc ngày hết hạn không hợp lệ", "issue or expiry date is not a date")
  }
  if (expiresAt <= issuedAt) {
    invalid("Ngày hết hạn phải sau ngày cấp", "the expiry date must come after the issue date")
  }
  const certified = stars >= MIN_SHOWABLE_STARS
  if (certified && !draft.certificate_no) {
    invalid(`Sản phẩm ${stars} sao cần số giấy chứng nhận`, `a ${stars}-star product needs a certificate number`)
  }
  if (!certified && draft.certificate_no) {
    invalid(
      `Sản phẩm ${stars} sao không được cấp giấy chứng nhận OCOP`,
      `a ${stars}-star product gets no OCOP certificate`
    )
  }
  return {
    product_id: draft.product_id,
    stars,
    score: draft.score,
    criteria_version: draft.criteria_version,
    group_code: draft.group,
    sub_group_code: draft.sub_group ?? null,
    level: certifyingLevel(stars, draft.criteria_version),
    certificate_no: draft.certificate_no ?? null,
    decision_no: draft.decision_no ?? null,
    issued_at: issuedAt,
    expires_at: expiresAt,
    renews_id: draft.renews_id ?? null,
  }
}

/**
 * Checks a certification against the OCOP rules before anything is written (`checkCertificationDraft`), then
 * that the certificate number is new and the product exists.
 */
export const validateCertificationStep = createStep(
  "ocop-validate-certification",
  async (draft: CertificationDraft, { container }) => {
    const valid = checkCertificationDraft(draft)

    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (draft.certificate_no) {
      const [taken] = await ocop.listCertifications({ certificate_no: draft.certificate_no }, { take: 1, select: ["id"] })
      if (taken) {
        invalid(`Số giấy chứng nhận ${draft.certificate_no} đã được dùng`, `certificate number ${draft.certificate_no} is already used`)
      }
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { id: draft.product_id } })
    if (!products.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Không có sản phẩm ${draft.product_id} / product ${draft.product_id} does not exist`
      )
    }
    return new StepResponse(valid)
  }
)

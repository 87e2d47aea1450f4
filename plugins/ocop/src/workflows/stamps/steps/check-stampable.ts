import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import { isGoodToBuyOn, verificationStatus } from "../../../modules/ocop/rules"
import type OcopModuleService from "../../../modules/ocop/service"

export type CheckStampableInput = { certification_id: string; producer_id: string | null; quantity: number; now?: string }
export type Stampable = { certification_id: string; certificate_no: string; stars: number; producer_id: string | null }

/** Most labels one batch may hold (the database checks it too): a big cooperative's year of packages. */
export const MAX_BATCH = 100_000

/**
 * Stamps are printed only for a certificate a shopper may rely on today (valid or expiring), and in the portal
 * only for the producer's own: another producer's certificate is a 404, as if it did not exist.
 */
export const checkStampableStep = createStep("ocop-check-stampable", async (input: CheckStampableInput, { container }) => {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const row = await ocop.findRegisterEntry({ certification_id: input.certification_id })
  if (!row || (input.producer_id !== null && row.producer_id !== input.producer_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có giấy chứng nhận ${input.certification_id} / no certificate ${input.certification_id}`)
  }
  if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > MAX_BATCH) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Số tem từ 1 đến ${MAX_BATCH} / between 1 and ${MAX_BATCH} stamps`)
  }
  const now = input.now ? new Date(input.now) : new Date()
  const successor = row.successor_stars !== null && row.successor_issued_at ? { stars: row.successor_stars, issued_at: row.successor_issued_at, revoked_at: row.successor_revoked_at } : null
  const status = verificationStatus(row, now, successor)
  if (!isGoodToBuyOn(status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Không in tem cho giấy chứng nhận ${row.certificate_no}: trạng thái "${status}" / no stamps for certificate ${row.certificate_no}: it is ${status.replace(/_/g, " ")}`
    )
  }
  return new StepResponse<Stampable>({ certification_id: row.certification_id, certificate_no: row.certificate_no, stars: row.stars, producer_id: row.producer_id })
})

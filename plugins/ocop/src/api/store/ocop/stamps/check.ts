/**
 * What the stamp routes share: from a code as typed or scanned to the stamp, its certificate in the register and
 * the answer (docs/store-api.md, "Verification").
 */
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { RegisterEntryRow } from "../../../../modules/ocop/service"
import { STAMP_MODULE } from "../../../../modules/stamp"
import { formatStampCode, normalizeStampCode } from "../../../../modules/stamp/codes"
import { networkKey } from "../../../../modules/stamp/network"
import type StampModuleService from "../../../../modules/stamp/service"
import type { CheckResult, StampOfCode } from "../../../../modules/stamp/service"
import { clientAddress } from "../../../rate-limit"
import { ocopService, requestLocale } from "../helpers"
import { registerStars, toVerification } from "../certifications/shape"

export function stampService(req: MedusaRequest): StampModuleService {
  return req.scope.resolve(STAMP_MODULE)
}

/** The code of the path in its stored form, or a 400 that says what a code looks like. */
export function codeOf(req: MedusaRequest): string {
  const code = normalizeStampCode(req.params.code)
  if (!code) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Mã tem gồm 16 chữ và số, ví dụ 7KQ4-M2XD-9TBN-C3HV / a stamp code is 16 letters and digits, e.g. 7KQ4-M2XD-9TBN-C3HV"
    )
  }
  return code
}

/** The stamp and its certificate's register row; a code never issued is a 404 with nothing to suggest. */
export async function findStamp(req: MedusaRequest, code: string): Promise<{ stamp: StampOfCode; row: RegisterEntryRow }> {
  const stamp = await stampService(req).findCode(code)
  const row = stamp ? await ocopService(req).findRegisterEntry({ certification_id: stamp.certification_id }) : null
  if (!stamp || !row) {
    // Never a near miss: suggesting codes would hand out other packages' stamps.
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có tem OCOP mã ${formatStampCode(code)} / no OCOP stamp ${formatStampCode(code)}`)
  }
  return { stamp, row }
}

/** The client's network as a keyed hash (modules/stamp/network.ts), with the server's cookie secret as key. */
export function networkKeyOf(req: MedusaRequest): string {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const secret = String(config.projectConfig.http.cookieSecret ?? config.projectConfig.http.jwtSecret ?? "ocop")
  return networkKey(clientAddress(req), secret)
}

export function starsChanged(stamp: StampOfCode, row: RegisterEntryRow, now: Date): boolean {
  return stamp.printed_stars !== registerStars(row, now)
}

export async function answer(req: MedusaRequest, stamp: StampOfCode, row: RegisterEntryRow, result: CheckResult, now: Date) {
  const listed = await ocopService(req).listedProductIds([row.product_id], now)
  return {
    certification: toVerification(row, now, requestLocale(req), listed.has(row.product_id)),
    stamp: {
      code: formatStampCode(stamp.code),
      certificate_no: stamp.certificate_no,
      printed_stars: stamp.printed_stars,
      first_checked_at: result.first_checked_at.toISOString(),
      checks: result.checks,
      networks: result.networks,
      located_checks: result.located_checks,
      warning: result.warning,
      check_id: result.check_id,
    },
  }
}

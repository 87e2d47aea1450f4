import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { STAMP_MODULE } from "../../../../modules/stamp"
import { formatStampCode } from "../../../../modules/stamp/codes"
import type StampModuleService from "../../../../modules/stamp/service"
import type { AdminListFlaggedStampsType } from "./validators"

/**
 * The programme office's list of stamps that may be copied: every code whose checks warned (too many networks,
 * far-apart places, stars no longer as printed), newest warning first, with its product and certificate.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListFlaggedStampsType>, res: MedusaResponse) {
  const { warning, limit, offset } = req.validatedQuery
  const stamps: StampModuleService = req.scope.resolve(STAMP_MODULE)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const { rows, count } = await stamps.listFlaggedCodes({ warning }, { limit, offset })
  const entries = new Map(
    await Promise.all(
      [...new Set(rows.map((row: any) => row.certification_id as string))].map(async (id) => [id, await ocop.findRegisterEntry({ certification_id: id })] as const)
    )
  )
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    stamps: rows.map((row: any) => {
      const entry = entries.get(row.certification_id)
      return {
        code: formatStampCode(row.code),
        serial: row.serial,
        batch_id: row.batch_id,
        certificate_no: row.certificate_no,
        printed_stars: row.printed_stars,
        product: entry ? { id: entry.product_id, handle: entry.product_handle, title: entry.product_title } : null,
        producer: entry?.producer_name ? { handle: entry.producer_handle, name: entry.producer_name } : null,
        warning: row.warning,
        first_checked_at: row.first_checked_at,
        last_checked_at: row.last_checked_at,
        flagged_at: row.flagged_at,
        checks: row.check_count,
        networks: row.network_count,
        located_checks: row.located_checks,
      }
    }),
    count,
    limit,
    offset,
  })
}

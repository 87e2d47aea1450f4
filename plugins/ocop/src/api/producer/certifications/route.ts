import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { toVerification } from "../../store/ocop/certifications/shape"
import { producerMemberOf } from "../member-context"
import type { ProducerStampPageType } from "./validators"

/** The producer's own certificates, newest first, each with its state today as the public lookup states it. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerStampPageType>, res: MedusaResponse) {
  const { producer_id } = producerMemberOf(req)
  const { limit, offset } = req.validatedQuery
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const now = new Date()
  const { rows, count } = await ocop.listRegisterEntriesOfProducer(producer_id, { limit, offset })
  const listed = await ocop.listedProductIds([...new Set(rows.map((row) => row.product_id))], now)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    certifications: rows.map((row) => ({ id: row.certification_id, ...toVerification(row, now, "vi", listed.has(row.product_id)) })),
    count,
    limit,
    offset,
  })
}

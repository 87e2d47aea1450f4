/**
 * What the programme's and the producers' stamp routes share (docs/decisions/029): issuing a batch through the
 * workflow, listing batches, and streaming a batch's sheet of labels. The caller says whose it is: the admin
 * passes no producer, a portal member her own, and a batch of another producer is then a 404.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"
import { STAMP_MODULE } from "../modules/stamp"
import type StampModuleService from "../modules/stamp/service"
import { labelSheet } from "../stamps/labels"
import { issueStampBatchWorkflow } from "../workflows/stamps/issue-stamp-batch"

type Page = { limit: number; offset: number }

const stamps = (req: MedusaRequest): StampModuleService => req.scope.resolve(STAMP_MODULE)
const ocop = (req: MedusaRequest): OcopModuleService => req.scope.resolve(OCOP_MODULE)

const shape = (row: Record<string, any>) => ({
  id: row.id,
  certification_id: row.certification_id,
  certificate_no: row.certificate_no,
  printed_stars: row.printed_stars,
  quantity: row.quantity,
  issued_by: row.issued_by,
  note: row.note,
  created_at: new Date(row.created_at).toISOString(),
  checked: row.checked,
  flagged: row.flagged,
})

export async function listBatches(req: MedusaRequest, res: MedusaResponse, certificationId: string, producerId: string | null, page: Page) {
  const row = await ocop(req).findRegisterEntry({ certification_id: certificationId })
  if (!row || (producerId !== null && row.producer_id !== producerId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có giấy chứng nhận ${certificationId} / no certificate ${certificationId}`)
  }
  const { rows, count } = await stamps(req).listBatchesWithCounts({ certification_id: certificationId, ...(producerId ? { producer_id: producerId } : {}) }, page)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ stamp_batches: rows.map(shape), count, limit: page.limit, offset: page.offset })
}

export async function issueBatch(
  req: MedusaRequest,
  res: MedusaResponse,
  input: { certification_id: string; quantity: number; note?: string | null; issued_by: "programme" | "producer"; issued_by_id: string | null; producer_id: string | null }
) {
  const { result } = await issueStampBatchWorkflow(req.scope).run({ input })
  const { rows } = await stamps(req).listBatchesWithCounts({ id: result.id }, { limit: 1, offset: 0 })
  res.status(201).json({ stamp_batch: shape(rows[0]!) })
}

/** The batch's labels as a PDF download, streamed as it is drawn. */
export async function sendLabels(req: MedusaRequest, res: MedusaResponse, batchId: string, producerId: string | null) {
  const { rows } = await stamps(req).listBatchesWithCounts({ id: batchId, ...(producerId ? { producer_id: producerId } : {}) }, { limit: 1, offset: 0 })
  const batch = rows[0]
  const entry = batch ? await ocop(req).findRegisterEntry({ certification_id: batch.certification_id }) : null
  if (!batch || !entry) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có lô tem ${batchId} / no stamp batch ${batchId}`)
  const codes = await stamps(req).listCodesOfBatch(batchId)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="tem-ocop-${entry.certificate_no.replace(/[^A-Za-z0-9-]+/g, "-")}-${batchId}.pdf"`)
  res.setHeader("Cache-Control", "private, no-store")
  const doc = labelSheet({
    batch_id: batchId,
    certificate_no: batch.certificate_no,
    printed_stars: batch.printed_stars,
    product_title: entry.product_title,
    producer_name: entry.producer_name,
    codes,
  })
  doc.pipe(res)
}

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkStampableStep } from "./steps/check-stampable"
import { createStampBatchStep } from "./steps/create-stamp-batch"

export type IssueStampBatchInput = {
  certification_id: string
  quantity: number
  note?: string | null
  issued_by: "programme" | "producer"
  issued_by_id: string | null
  /** The producer a portal member acts for; null when the programme issues. */
  producer_id: string | null
  now?: string
}

/**
 * The programme, or a producer for its own certificate, issues N serialised stamps: each package gets a code of
 * its own, so a code seen on many packages or in far-apart places shows a copy (docs/decisions/029).
 */
export const issueStampBatchWorkflow = createWorkflow("ocop-issue-stamp-batch", (input: IssueStampBatchInput) => {
  const stampable = checkStampableStep({ certification_id: input.certification_id, producer_id: input.producer_id, quantity: input.quantity, now: input.now })
  const draft = transform({ input, stampable }, ({ input, stampable }) => ({
    certification_id: stampable.certification_id,
    producer_id: stampable.producer_id,
    certificate_no: stampable.certificate_no,
    printed_stars: stampable.stars,
    quantity: input.quantity,
    issued_by: input.issued_by,
    issued_by_id: input.issued_by_id,
    note: input.note ?? null,
  }))
  const batch = createStampBatchStep(draft)
  return new WorkflowResponse(batch)
})

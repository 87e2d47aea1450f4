import { z } from "@medusajs/framework/zod"

/* The portal's certificates and stamps (docs/decisions/029); the batch body is the programme's own. */

export { IssueStampBatch, type IssueStampBatchType } from "../../admin/ocop/stamps/validators"

export const ProducerStampPage = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ProducerStampPageType = z.infer<typeof ProducerStampPage>

export const ProducerNoQuery = z.object({}).strict()

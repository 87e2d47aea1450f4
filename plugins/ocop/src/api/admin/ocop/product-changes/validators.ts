import { z } from "@medusajs/framework/zod"
import { PRODUCT_CHANGE_KINDS, PRODUCT_CHANGE_STATUSES } from "../../../../modules/marketplace/models/product-change-request"
import { bilingual, paging } from "../../../utils/validators"

/** The review queue: waiting changes first by default, oldest first; or the decided ones, newest first. */
export const AdminListProductChanges = z
  .object({
    status: z.enum(PRODUCT_CHANGE_STATUSES, bilingual(`Trạng thái là một trong ${PRODUCT_CHANGE_STATUSES.join(", ")}`, `status is one of ${PRODUCT_CHANGE_STATUSES.join(", ")}`)).default("pending"),
    kind: z.enum(PRODUCT_CHANGE_KINDS).optional(),
    product_id: z.string().min(1).max(100).optional(),
    producer_id: z.string().min(1).max(100).optional(),
    ...paging(),
  })
  .strict()
export type AdminListProductChangesType = z.infer<typeof AdminListProductChanges>

export const AdminApproveProductChange = z.object({}).strict()

/** A refusal says why: the producer reads it in the portal. */
export const AdminRejectProductChange = z
  .object({
    reason: z
      .string(bilingual("Hãy ghi lý do từ chối", "say why the change is refused"))
      .trim()
      .min(3, bilingual("Hãy ghi lý do từ chối (ít nhất 3 ký tự)", "say why the change is refused (at least 3 characters)"))
      .max(500, bilingual("Lý do tối đa 500 ký tự", "a reason takes at most 500 characters")),
  })
  .strict()
export type AdminRejectProductChangeType = z.infer<typeof AdminRejectProductChange>

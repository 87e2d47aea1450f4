import { z } from "@medusajs/framework/zod"
import { bilingual, paging } from "../../../utils/validators"

/** The review queue: all reviews newest first, or those published or hidden, one product's, or those with some words. */
export const AdminListReviews = z
  .object({
    status: z.enum(["published", "hidden"]).optional(),
    product_id: z.string().min(1).max(100).optional(),
    // Words of the review or the author's shown name.
    q: z.string().max(100).optional(),
    ...paging(),
  })
  .strict()
export type AdminListReviewsType = z.infer<typeof AdminListReviews>

/** Hiding says why (shown to the author); publishing again clears the reason. */
export const AdminModerateReview = z
  .object({
    status: z.enum(["published", "hidden"], { message: "Trạng thái là published hoặc hidden / status is published or hidden" }),
    reason: z
      .string()
      .refine((v) => v.trim().length <= 500, bilingual("Lý do dài tối đa 500 ký tự", "a reason is at most 500 characters"))
      .optional(),
  })
  .strict()
  .refine((body) => body.status !== "hidden" || !!body.reason?.trim(), {
    path: ["reason"],
    ...bilingual("Hãy ghi lý do ẩn đánh giá", "say why the review is hidden"),
  })
export type AdminModerateReviewType = z.infer<typeof AdminModerateReview>

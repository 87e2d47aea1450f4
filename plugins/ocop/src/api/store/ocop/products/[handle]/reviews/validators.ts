import { z } from "@medusajs/framework/zod"
import { bilingual, paging } from "../../../../../utils/validators"

/** A product's published reviews, newest first. */
export const StoreOcopProductReviewsParams = z.object({ ...paging(10) }).strict()
export type StoreOcopProductReviewsParamsType = z.infer<typeof StoreOcopProductReviewsParams>

export const REVIEW_TEXT_MAX = 2000

/**
 * What a buyer writes: which delivered line, 1–5 stars, and 1–2000 characters once trimmed. Sent as multipart (with
 * photos), every field is text, so the stars may come as "5".
 */
export const StoreOcopCreateReview = z
  .object({
    order_line_id: z
      .string({ message: "Hãy chọn đơn hàng được đánh giá / choose the order being reviewed" })
      .refine((v) => /^[A-Za-z0-9_]{1,100}$/.test(v), bilingual("Dòng đơn hàng không hợp lệ", "not a valid order line")),
    rating: z.preprocess(
      (v) => (typeof v === "string" && /^[1-5]$/.test(v.trim()) ? Number(v) : v),
      z
        .number({ message: "Hãy chọn số sao từ 1 đến 5 / choose 1 to 5 stars" })
        .refine((v) => Number.isInteger(v) && v >= 1 && v <= 5, bilingual("Hãy chọn số sao từ 1 đến 5", "choose 1 to 5 stars"))
    ),
    text: z
      .string({ message: "Hãy viết vài dòng nhận xét / write a few words" })
      .refine((v) => v.trim().length > 0, bilingual("Hãy viết vài dòng nhận xét", "write a few words"))
      .refine((v) => v.trim().length <= REVIEW_TEXT_MAX, bilingual("Nhận xét dài tối đa 2000 ký tự", "a review is at most 2000 characters")),
  })
  .strict()
export type StoreOcopCreateReviewType = z.infer<typeof StoreOcopCreateReview>

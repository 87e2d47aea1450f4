import { z } from "@medusajs/framework/zod"
import { bilingual, paging } from "../../utils/validators"

/** Reviews of the producer's own products, newest first; those still waiting for an answer when `answered=false`. */
export const ProducerListReviews = z
  .object({ answered: z.enum(["true", "false"]).transform((v) => v === "true").optional(), ...paging() })
  .strict()
export type ProducerListReviewsType = z.infer<typeof ProducerListReviews>

/** The producer's one answer: 1–2000 characters once trimmed. */
export const ProducerReplyToReview = z
  .object({
    text: z
      .string({ message: "Hãy viết câu trả lời / write the answer" })
      .refine((v) => v.trim().length > 0, bilingual("Hãy viết câu trả lời", "write the answer"))
      .refine((v) => v.trim().length <= 2000, bilingual("Câu trả lời dài tối đa 2000 ký tự", "an answer is at most 2000 characters")),
  })
  .strict()
export type ProducerReplyToReviewType = z.infer<typeof ProducerReplyToReview>

import { z } from "zod"

/** The review form as posted (strings); the backend checks the same again and whether the line is hers. */
export const reviewFormSchema = z.object({
  order_line_id: z.string().regex(/^[A-Za-z0-9_]{1,100}$/, "reviews.errors.line"),
  rating: z.coerce.number({ message: "reviews.errors.rating" }).int("reviews.errors.rating").min(1, "reviews.errors.rating").max(5, "reviews.errors.rating"),
  text: z
    .string({ message: "reviews.errors.text" })
    .transform((text) => text.trim())
    .pipe(z.string().min(1, "reviews.errors.text").max(2000, "reviews.errors.text")),
})

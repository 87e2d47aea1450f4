import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ReviewPhotoUpload } from "../../reviews/photos"
import { refreshOcopProductsWorkflow } from "../refresh-ocop-products"
import { attachReviewPhotosStep, createReviewStep, moderateReviewStep, replyToReviewStep, type NewReview, type ReviewModeration, type ReviewReply } from "./steps"

/**
 * A buyer reviews a delivered order line; the review is published at once (the programme hides abusive ones
 * afterwards), so the product's card is projected again with the new average (docs/decisions/040). Her photos
 * are uploaded only once the review is allowed, through Medusa's upload workflow; if anything after fails, its
 * compensation deletes the files and the review's step deletes the review, so a refusal leaves nothing behind.
 */
export const createReviewWorkflow = createWorkflow("ocop-create-review", (input: NewReview & { photos?: ReviewPhotoUpload[] }) => {
  const review = createReviewStep(input)
  when({ input }, ({ input }) => !!input.photos?.length).then(() => {
    const uploaded = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ files: (input.photos ?? []).map((photo) => ({ ...photo, access: "public" as const })) })),
    })
    attachReviewPhotosStep(transform({ review, uploaded }, ({ review, uploaded }) => ({ review_id: review.id, files: uploaded.map((file) => ({ id: file.id, url: file.url })) })))
  })
  refreshOcopProductsWorkflow.runAsStep({ input: transform({ review }, ({ review }) => ({ product_ids: [review.product_id] })) })
  return new WorkflowResponse(review)
})

/** The programme hides a review or publishes it again; the card's average follows. */
export const moderateReviewWorkflow = createWorkflow("ocop-moderate-review", (input: ReviewModeration) => {
  const review = moderateReviewStep(input)
  refreshOcopProductsWorkflow.runAsStep({ input: transform({ review }, ({ review }) => ({ product_ids: [review.product_id] })) })
  return new WorkflowResponse(review)
})

/** The producer answers a review of its product, once. */
export const replyToReviewWorkflow = createWorkflow("ocop-reply-to-review", (input: ReviewReply) => {
  return new WorkflowResponse(replyToReviewStep(input))
})

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshOcopProductsWorkflow } from "../refresh-ocop-products"
import { createReviewStep, moderateReviewStep, replyToReviewStep, type NewReview, type ReviewModeration, type ReviewReply } from "./steps"

/**
 * A buyer reviews a delivered order line; the review is published at once (the programme hides abusive ones
 * afterwards), so the product's card is projected again with the new average (docs/decisions/040).
 */
export const createReviewWorkflow = createWorkflow("ocop-create-review", (input: NewReview) => {
  const review = createReviewStep(input)
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

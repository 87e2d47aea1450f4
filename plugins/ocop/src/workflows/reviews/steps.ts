import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"
import { authorName, loadDeliveredLines } from "../../reviews/eligibility"

export type NewReview = { customer_id: string; product_id: string; order_line_id: string; rating: number; text: string }
export type ReviewModeration = { id: string; status: "published" | "hidden"; reason?: string | null; actor_id: string | null }
export type ReviewReply = { id: string; producer_id: string; member_id: string; text: string }

const reviews = (container: MedusaContainer) => container.resolve<ReviewModuleService>(REVIEW_MODULE)

const alreadyReviewed = () =>
  new MedusaError(
    MedusaError.Types.DUPLICATE_ERROR,
    "Bạn đã đánh giá sản phẩm của đơn hàng này rồi / you have already reviewed this product from this order"
  )

/**
 * Writes the review of one delivered order line of the customer's, published at once. Everything the rule asks
 * is checked here, against the order as it is now, so the seed and scripts meet it too; the unique index on the
 * order line settles two submissions at once.
 */
export const createReviewStep = createStep(
  "ocop-create-review",
  async (input: NewReview, { container }) => {
    const lines = await loadDeliveredLines(container, input.customer_id, input.product_id)
    if (!lines.some((line) => line.order_line_id === input.order_line_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Chỉ đánh giá được sản phẩm trong đơn hàng của bạn đã giao đến / " +
          "you can review only a product of your own order once it has been delivered"
      )
    }
    const service = reviews(container)
    if ((await service.listReviews({ order_line_id: input.order_line_id }, { select: ["id"] })).length) throw alreadyReviewed()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: customers }, { data: products }] = await Promise.all([
      query.graph({ entity: "customer", fields: ["id", "first_name", "last_name"], filters: { id: input.customer_id } }),
      query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: input.product_id } }),
    ])
    const customer = customers[0] as { first_name?: string | null; last_name?: string | null } | undefined
    const producerId = (products[0] as { producer?: { id: string } | null } | undefined)?.producer?.id ?? null
    const line = lines.find((l) => l.order_line_id === input.order_line_id)!
    let created
    try {
      created = await service.createReviews({
        product_id: input.product_id,
        producer_id: producerId,
        customer_id: input.customer_id,
        order_id: line.order_id,
        order_line_id: input.order_line_id,
        rating: input.rating,
        text: input.text.trim(),
        author_name: authorName(customer?.first_name, customer?.last_name),
        status: "published",
      })
    } catch (error) {
      if (/unique|duplicate/i.test(String((error as Error)?.message ?? ""))) throw alreadyReviewed()
      throw error
    }
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await reviews(container).deleteReviews(id)
  }
)

/** The uploaded files as the review's photos, in the order she sent them. */
export const attachReviewPhotosStep = createStep(
  "ocop-attach-review-photos",
  async (input: { review_id: string; files: { id: string; url: string }[] }, { container }) => {
    const photos = await reviews(container).createReviewImages(
      input.files.map((file, rank) => ({ review_id: input.review_id, file_id: file.id, url: file.url, rank }))
    )
    return new StepResponse(photos, photos.map((photo) => photo.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await reviews(container).deleteReviewImages(ids)
  }
)

/** The programme hides an abusive review (with its reason) or publishes it again. */
export const moderateReviewStep = createStep(
  "ocop-moderate-review",
  async (input: ReviewModeration, { container }) => {
    const service = reviews(container)
    const [before] = await service.listReviews({ id: input.id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có đánh giá ${input.id} / review ${input.id} not found`)
    const updated = await service.updateReviews({
      id: input.id,
      status: input.status,
      hidden_reason: input.status === "hidden" ? input.reason?.trim() || null : null,
      moderated_at: new Date(),
      moderated_by: input.actor_id,
    })
    return new StepResponse(updated, {
      id: before.id,
      status: before.status,
      hidden_reason: before.hidden_reason,
      moderated_at: before.moderated_at,
      moderated_by: before.moderated_by,
    })
  },
  async (previous, { container }) => {
    if (previous) await reviews(container).updateReviews(previous)
  }
)

/** The producer's one answer to a review of its own product; another producer's review is absent to it. */
export const replyToReviewStep = createStep(
  "ocop-reply-to-review",
  async (input: ReviewReply, { container }) => {
    const service = reviews(container)
    const [review] = await service.listReviews({ id: input.id, producer_id: input.producer_id })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có đánh giá ${input.id} / review ${input.id} not found`)
    if (review.reply_text) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "Đánh giá này đã được trả lời; mỗi đánh giá chỉ trả lời một lần / this review has been answered already; each review takes one answer"
      )
    }
    const updated = await service.updateReviews({ id: review.id, reply_text: input.text.trim(), replied_at: new Date(), replied_by: input.member_id })
    return new StepResponse(updated, review.id)
  },
  async (id, { container }) => {
    if (id) await reviews(container).updateReviews({ id, reply_text: null, replied_at: null, replied_by: null })
  }
)

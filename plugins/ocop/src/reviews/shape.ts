/**
 * How a review is shown: to shoppers (no customer, order or moderation fields), and to the producer and the
 * programme (which order, whether hidden and why).
 */
import type { InferTypeOf } from "@medusajs/framework/types"
import type { Review } from "../modules/review/models/review"

export type ReviewRecord = InferTypeOf<typeof Review>

/** Every read of a review for showing it takes its photos along. */
export const WITH_PHOTOS = { relations: ["images"] }

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

/** The review's photos in the buyer's order; a record read without its photos has none to show. */
function photosOf(review: ReviewRecord) {
  return [...((review.images ?? []) as { id: string; url: string; rank: number }[])]
    .sort((a, b) => a.rank - b.rank)
    .map((photo) => ({ id: photo.id, url: photo.url }))
}

export function toPublicReview(review: ReviewRecord) {
  return {
    id: review.id,
    rating: review.rating,
    text: review.text,
    author_name: review.author_name,
    photos: photosOf(review),
    created_at: iso(review.created_at),
    reply: review.reply_text ? { text: review.reply_text, replied_at: iso(review.replied_at) } : null,
  }
}

/** The author's own view adds whether the programme hid it, and why. */
export function toOwnReview(review: ReviewRecord) {
  return { ...toPublicReview(review), order_line_id: review.order_line_id, status: review.status, hidden_reason: review.hidden_reason ?? null }
}

/** The producer's and the programme's view: which product and order, and the moderation. */
export function toManagedReview(review: ReviewRecord, product?: { handle: string; title: string } | null) {
  return {
    ...toPublicReview(review),
    product_id: review.product_id,
    product: product ?? null,
    order_id: review.order_id,
    order_line_id: review.order_line_id,
    status: review.status,
    hidden_reason: review.hidden_reason ?? null,
    moderated_at: iso(review.moderated_at),
    replied_by: review.replied_by ?? null,
  }
}

/** A review as `/admin/ocop/reviews` and `/producer/reviews` answer it (the admin screens read this type). */
export type ManagedReview = ReturnType<typeof toManagedReview>

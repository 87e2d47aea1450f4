import { backendCall, forgetStoreGets } from "~/lib/medusa.server"
import type { Review } from "~/lib/store-api"
import { listReviews } from "~/lib/store-api.server"
import { REVIEW_PAGE_PARAM, REVIEW_PHOTOS_FIELD, REVIEWS_PER_PAGE } from "./params"

/** The page of a product's reviews its URL asks for (`?danh-gia=2`); anything else than a page number is page 1. */
export function reviewPageOf(request: Request): number {
  const raw = new URL(request.url).searchParams.get(REVIEW_PAGE_PARAM)
  const page = raw && /^\d{1,4}$/.test(raw) ? Number(raw) : 1
  return Math.max(1, page)
}

export function loadReviews(handle: string, page: number) {
  return listReviews(handle, { limit: REVIEWS_PER_PAGE, offset: (page - 1) * REVIEWS_PER_PAGE })
}

export type OwnReview = Review & { order_line_id: string; status: "published" | "hidden"; hidden_reason: string | null }
export type ReviewableLine = {
  order_line_id: string
  order_id: string
  order_display_id: number | null
  ordered_at: string | null
  variant_title: string | null
  delivered_at: string
}
export type MyReviews = { reviews: OwnReview[]; reviewable: ReviewableLine[]; email_verified: boolean }

/** The logged-in customer's side of a product's reviews (private: never cached). */
export async function myReviews(token: string, handle: string, request: Request): Promise<MyReviews> {
  const answer = await backendCall("GET", `/store/ocop/products/${encodeURIComponent(handle)}/reviews/mine`, { token, request })
  if (answer.status >= 400) throw new Response(null, { status: answer.status === 404 ? 404 : 400 })
  return answer.body as MyReviews
}

export type SubmitResult = { ok: true } | { ok: false; status: number; message: string }

/**
 * Posts her review; on success this storefront forgets its cached copy of the product's reviews and card, so
 * the product page she returns to shows it.
 */
export async function submitReview(
  token: string,
  handle: string,
  body: { order_line_id: string; rating: number; text: string },
  photos: File[],
  request: Request
): Promise<SubmitResult> {
  const path = `/store/ocop/products/${encodeURIComponent(handle)}`
  // With photos the review goes as multipart, the same fields beside the files (docs/store-api.md).
  let form: FormData | undefined
  if (photos.length) {
    form = new FormData()
    for (const [name, value] of Object.entries(body)) form.append(name, String(value))
    for (const photo of photos) form.append(REVIEW_PHOTOS_FIELD, photo, photo.name)
  }
  const answer = await backendCall("POST", `${path}/reviews`, form ? { token, form, request } : { token, body, request })
  if (answer.status >= 400) return { ok: false, status: answer.status, message: String(answer.body.message ?? "") }
  forgetStoreGets(path)
  return { ok: true }
}

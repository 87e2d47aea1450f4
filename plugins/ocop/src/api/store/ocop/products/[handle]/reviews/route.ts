import type { AuthenticatedMedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../../../../modules/review"
import type ReviewModuleService from "../../../../../../modules/review/service"
import { toOwnReview, toPublicReview, WITH_PHOTOS } from "../../../../../../reviews/shape"
import { reviewPhotoUploads } from "../../../../../../reviews/photos"
import { createReviewWorkflow } from "../../../../../../workflows/reviews"
import { sendCached } from "../../../helpers"
import { reviewedProduct } from "./helpers"
import type { StoreOcopCreateReviewType, StoreOcopProductReviewsParamsType } from "./validators"

/**
 * A product's published reviews, newest first, with the average, the count and how many gave each number of
 * stars. Public and cached like the product itself; hidden reviews are never in it.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreOcopProductReviewsParamsType>, res: MedusaResponse) {
  const product = await reviewedProduct(req)
  const { limit, offset } = req.validatedQuery
  const service = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [[reviews, count], summaries] = await Promise.all([
    service.listAndCountReviews({ product_id: product.id, status: "published" }, { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset, ...WITH_PHOTOS }),
    service.summarizeRatings([product.id]),
  ])
  const summary = summaries.get(product.id)!
  sendCached(res, { reviews: reviews.map(toPublicReview), count, limit, offset, average: summary.average, distribution: summary.distribution })
}

/**
 * A buyer's review of a delivered line of her own order (verified e-mail: the middleware), published at once: JSON,
 * or multipart with up to three photos in `photos` (reviews/photos.ts) beside the same fields.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreOcopCreateReviewType>, res: MedusaResponse) {
  const product = await reviewedProduct(req)
  const files = (req as unknown as { files?: Express.Multer.File[] }).files ?? []
  const photos = reviewPhotoUploads(product.handle, files)
  const { result } = await createReviewWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id, product_id: product.id, photos },
  })
  const [review] = await req.scope.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ id: result.id }, WITH_PHOTOS)
  res.setHeader("Cache-Control", "private, no-store")
  res.status(201).json({ review: toOwnReview(review!) })
}

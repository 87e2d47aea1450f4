import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../modules/review"
import type ReviewModuleService from "../modules/review/service"
import { toManagedReview, WITH_PHOTOS, type ReviewRecord } from "./shape"

export type ReviewFilters = { producer_id?: string; status?: "published" | "hidden"; answered?: boolean; product_id?: string; q?: string }

/** Reviews for the seller portal and the programme, newest first, each with its product's handle and title. */
export async function listManagedReviews(container: MedusaContainer, filters: ReviewFilters, page: { limit: number; offset: number }) {
  const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const where: Record<string, unknown> = {}
  if (filters.producer_id) where.producer_id = filters.producer_id
  if (filters.status) where.status = filters.status
  if (filters.product_id) where.product_id = filters.product_id
  if (filters.answered === true) where.reply_text = { $ne: null }
  if (filters.answered === false) where.reply_text = null
  const words = filters.q?.trim()
  if (words) {
    // LIKE's own wildcards typed by the admin are matched as themselves.
    const pattern = `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    where.$or = [{ text: { $ilike: pattern } }, { author_name: { $ilike: pattern } }]
  }
  const [reviews, count] = await service.listAndCountReviews(where, { order: { created_at: "DESC", id: "DESC" }, take: page.limit, skip: page.offset, ...WITH_PHOTOS })
  return { reviews: await withProducts(container, reviews), count }
}

export async function withProducts(container: MedusaContainer, reviews: ReviewRecord[]) {
  const ids = [...new Set(reviews.map((review) => review.product_id))]
  const { data } = ids.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "handle", "title"], filters: { id: ids } })
    : { data: [] }
  const products = new Map((data as { id: string; handle: string; title: string }[]).map((p) => [p.id, { handle: p.handle, title: p.title }]))
  return reviews.map((review) => toManagedReview(review, products.get(review.product_id)))
}

/** One review for the programme, or a 404. */
export async function loadManagedReview(container: MedusaContainer, id: string) {
  const [review] = await container.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ id }, WITH_PHOTOS)
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có đánh giá ${id} / review ${id} not found`)
  return (await withProducts(container, [review]))[0]!
}

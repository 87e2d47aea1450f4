import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Review } from "./models/review"
import { ReviewImage } from "./models/review-image"

/** What shoppers are told of a product's reviews: the published ones only. */
export type RatingSummary = {
  product_id: string
  /** Mean of the published ratings, one decimal; null when there is none. */
  average: number | null
  count: number
  /** How many published reviews gave 1…5 stars: `distribution[5]` is the five-star count. */
  distribution: Record<1 | 2 | 3 | 4 | 5, number>
}

const emptyDistribution = (): RatingSummary["distribution"] => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 })

/** One decimal, as shoppers read it ("4,7"): the card, the page and the JSON-LD all say the same number. */
export function roundAverage(sum: number, count: number): number | null {
  return count > 0 ? Math.round((sum / count) * 10) / 10 : null
}

export default class ReviewModuleService extends MedusaService({ Review, ReviewImage }) {
  /** The published reviews' average, count and distribution of each product (every product asked for is answered). */
  @InjectManager()
  async summarizeRatings(productIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Map<string, RatingSummary>> {
    const summaries = new Map<string, RatingSummary>(
      productIds.map((id) => [id, { product_id: id, average: null, count: 0, distribution: emptyDistribution() }])
    )
    if (!productIds.length) return summaries
    const rows = (await this.knexOf(sharedContext)("ocop_review")
      .select("product_id", "rating")
      .count({ count: "*" })
      .whereIn("product_id", productIds)
      .where("status", "published")
      .whereNull("deleted_at")
      .groupBy("product_id", "rating")) as { product_id: string; rating: number; count: string | number }[]
    const sums = new Map<string, number>()
    for (const row of rows) {
      const summary = summaries.get(row.product_id)!
      const n = Number(row.count)
      summary.distribution[row.rating as 1 | 2 | 3 | 4 | 5] = n
      summary.count += n
      sums.set(row.product_id, (sums.get(row.product_id) ?? 0) + n * row.rating)
    }
    for (const summary of summaries.values()) summary.average = roundAverage(sums.get(summary.product_id) ?? 0, summary.count)
    return summaries
  }

  private knexOf(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return manager.getTransactionContext?.() ?? manager.getKnex()
  }
}

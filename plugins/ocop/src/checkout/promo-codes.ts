/**
 * Which promo codes a shopper may add to a cart. Medusa refuses a code it does not know ("The promotion code X
 * is invalid") but takes a known one whose campaign has ended, has not begun or is used up, and then applies
 * nothing and answers 200: the shopper would see no discount and no reason. Here such a code is refused with a
 * 400 that says why, in both languages, before anything is written (workflows/hooks/promo-codes.ts).
 */
import { MedusaError } from "@medusajs/framework/utils"

type Row = Record<string, any>

export type PromoCodeRefusal = "unknown" | "expired" | "not_started" | "used_up"

/** What keeps this promotion from being added today, or null when nothing does. */
export function refusalOfPromotion(promotion: Row | null | undefined, now: Date): PromoCodeRefusal | null {
  // A draft or switched-off promotion is one the shopper cannot know of: the same answer as an unknown code.
  if (!promotion || promotion.status !== "active") return "unknown"
  const campaign = promotion.campaign
  if (campaign?.ends_at && new Date(campaign.ends_at) <= now) return "expired"
  if (campaign?.starts_at && new Date(campaign.starts_at) > now) return "not_started"
  if (promotion.limit != null && Number(promotion.used ?? 0) >= Number(promotion.limit)) return "used_up"
  const budget = campaign?.budget
  // A usage budget counts uses; a spend budget counts money, and only the completion knows what this cart spends.
  if (budget?.type === "usage" && budget.limit != null && Number(budget.used ?? 0) >= Number(budget.limit)) return "used_up"
  return null
}

/**
 * The refusal as the API words it. The English half keeps Medusa's own wording for an unknown code, so a
 * client reads one sentence for it whoever refused; the storefront maps each to its own words (cart/promo.ts).
 */
export function promoCodeError(code: string, refusal: PromoCodeRefusal): MedusaError {
  const words: Record<PromoCodeRefusal, string> = {
    unknown: `Mã khuyến mãi ${code} không tồn tại / The promotion code ${code} is invalid`,
    expired: `Mã khuyến mãi ${code} đã hết hạn / The promotion code ${code} has expired`,
    not_started: `Mã khuyến mãi ${code} chưa đến ngày dùng / The promotion code ${code} is not valid yet`,
    used_up: `Mã khuyến mãi ${code} đã hết lượt dùng / The promotion code ${code} has been used up`,
  }
  return new MedusaError(MedusaError.Types.INVALID_DATA, words[refusal])
}

/** The promotion fields `refusalOfPromotion` reads. */
export const PROMOTION_CHECK_FIELDS = [
  "id", "code", "status", "limit", "used",
  "campaign.starts_at", "campaign.ends_at", "campaign.budget.type", "campaign.budget.limit", "campaign.budget.used",
]

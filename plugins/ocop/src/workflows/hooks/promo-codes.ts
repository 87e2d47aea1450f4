import { ContainerRegistrationKeys, PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { promoCodeError, PROMOTION_CHECK_FIELDS, refusalOfPromotion } from "../../checkout/promo-codes"

/**
 * A code the shopper adds (`POST /store/carts/:id/promotions`, or a new cart's `promo_codes`) is refused with its
 * reason when it has expired, not begun or is used up (src/checkout/promo-codes.ts). Only an addition is
 * checked: Medusa's own refreshes replace the cart's codes with the same ones after every change, and a code
 * that lapsed meanwhile must then fall off quietly rather than block the shopper's cart.
 */
updateCartPromotionsWorkflow.hooks.validate(async ({ input }, { container }) => {
  const action = (input as { action?: string }).action ?? PromotionActions.ADD
  const codes = [...new Set(((input as { promo_codes?: string[] }).promo_codes ?? []).filter(Boolean))]
  if (action !== PromotionActions.ADD || !codes.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "promotion", fields: PROMOTION_CHECK_FIELDS, filters: { code: codes } })
  const byCode = new Map((data as Record<string, any>[]).map((promotion) => [promotion.code, promotion]))
  const now = new Date()
  for (const code of codes) {
    // An unknown code is Medusa's to refuse, in its own words, after this hook.
    if (!byCode.has(code)) continue
    const refusal = refusalOfPromotion(byCode.get(code), now)
    if (refusal) throw promoCodeError(code, refusal)
  }
})

/**
 * A summary's discount lines, one per promo code: "Giảm giá (TET2027) −24.000 ₫". Apart from the code box, so
 * the cart drawer (on every page) shows them without carrying the box.
 */
import { useVnd } from "~/components/Price"
import type { Discount } from "~/lib/discounts"
import { useCartTranslation } from "./strings"

export function DiscountRows({ discounts, className = "" }: { discounts: Discount[]; className?: string }) {
  const { t } = useCartTranslation()
  const vnd = useVnd()
  return (
    <>
      {discounts
        .filter((d) => d.amount > 0)
        .map((discount) => (
          <p key={discount.code} className={`flex justify-between text-ocop-800 ${className}`} data-testid="discount-line">
            <span>{discount.code ? t("cart.discountWithCode", { code: discount.code }) : t("cart.discount")}</span>
            <span>−{vnd(discount.amount)}</span>
          </p>
        ))}
    </>
  )
}

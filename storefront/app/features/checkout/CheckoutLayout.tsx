import { Link } from "@remix-run/react"
import { useVnd } from "~/components/Price"
import { useLocalizePath } from "~/i18n/use-locale"
import type { Discount } from "~/lib/discounts"
import type { LineItem } from "~/lib/line-items"
import type { PaymentMethod } from "~/lib/payment-methods"
import type { SalesPoint } from "~/lib/store-api"
import type { CheckoutAddress } from "./checkout.server"
import { STEPS as ALL_STEPS, type StepKey } from "./steps"
import { useCheckoutTranslation } from "./strings"

/** What the checkout page knows about the cart (the loader's `cart`). */
export type CheckoutView = {
  email: string | null
  address: CheckoutAddress
  items: LineItem[]
  item_total: number
  original_item_total: number
  discounts: Discount[]
  shipping_total: number
  total: number
  shipping: { option_id: string; name: string; amount: number; pickup: SalesPoint | null } | null
  delivery: "home" | "pickup" | null
  payment: PaymentMethod | null
}

/**
 * The cart's steps (five, or four for a pickup): done ones are links back, the current one is marked, later ones
 * are plain text.
 */
export function StepNav({ steps: keys, current, done }: { steps: StepKey[]; current: StepKey; done: number }) {
  const { t } = useCheckoutTranslation()
  const localize = useLocalizePath()
  const STEPS = ALL_STEPS.filter((step) => keys.includes(step.key))
  const currentIndex = STEPS.findIndex((step) => step.key === current)
  return (
    <nav aria-label={t("checkout.steps")} className="mt-3">
      <p className="text-sm font-semibold text-stone-600 sm:hidden">
        {t("checkout.stepOf", { n: currentIndex + 1, total: STEPS.length })}
      </p>
      <ol className="mt-1 flex gap-1 overflow-x-auto text-xs font-semibold sm:text-sm">
        {STEPS.map((step, index) => {
          const label = t(`checkout.step.${step.key}`)
          const isCurrent = step.key === current
          const reachable = index <= done && !isCurrent
          const badge = (
            <span
              className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs ${
                isCurrent
                  ? "bg-ocop-800 text-white"
                  : index < done
                    ? "bg-ocop-100 text-ocop-800"
                    : "bg-stone-200 text-stone-600"
              }`}
              aria-hidden="true"
            >
              {index < done && !isCurrent ? "✓" : index + 1}
            </span>
          )
          const body = (
            <>
              {badge}
              {/* On a phone only the current step's name; the others are their numbers. */}
              <span className={isCurrent ? "" : "sr-only sm:not-sr-only"}>{label}</span>
            </>
          )
          return (
            <li key={step.key} className="flex items-center">
              {reachable ? (
                <Link
                  to={`${localize("/thanh-toan")}?buoc=${step.slug}`}
                  className="flex items-center gap-1.5 rounded-full px-2 py-1.5 text-ocop-800 hover:bg-ocop-50"
                >
                  {body}
                </Link>
              ) : (
                <span
                  aria-current={isCurrent ? "step" : undefined}
                  className={`flex items-center gap-1.5 rounded-full px-2 py-1.5 ${isCurrent ? "bg-ocop-50 text-ocop-900" : "text-stone-500"}`}
                >
                  {body}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

/** "Giảm giá (TET2027) −24.000 ₫", one line per promo code that takes something off. */
export function DiscountList({ discounts }: { discounts: Discount[] }) {
  const { t } = useCheckoutTranslation()
  const vnd = useVnd()
  return (
    <>
      {discounts
        .filter((d) => d.amount > 0)
        .map((discount) => (
          <div key={discount.code} className="flex justify-between text-ocop-800" data-testid="checkout-discount">
            <dt>{discount.code ? t("checkout.discountWithCode", { code: discount.code }) : t("checkout.discount")}</dt>
            <dd>−{vnd(discount.amount)}</dd>
          </div>
        ))}
    </>
  )
}

/** Items and totals: folded under one line on a phone, beside the form from `md` up. */
export function OrderSummary({ cart }: { cart: CheckoutView }) {
  const { t } = useCheckoutTranslation()
  const vnd = useVnd()
  const count = cart.items.reduce((sum, item) => sum + item.quantity, 0)
  const body = (
    <div className="space-y-3 text-sm">
      <ul className="divide-y divide-stone-100">
        {cart.items.map((item) => (
          <li key={item.id} className="flex justify-between gap-3 py-2">
            <span className="min-w-0">
              <span className="font-semibold text-stone-900">{item.product_title ?? item.title}</span>
              {item.variant_title && <span className="block text-stone-600">{item.variant_title}</span>}
              <span className="block text-stone-600">× {item.quantity}</span>
            </span>
            {/* Before discounts: each code's discount is a line of its own below. */}
            <span className="shrink-0 font-semibold">{vnd(item.unit_price * item.quantity)}</span>
          </li>
        ))}
      </ul>
      <dl className="space-y-1 border-t border-stone-200 pt-3">
        <div className="flex justify-between">
          <dt>{t("checkout.subtotal")}</dt>
          <dd>{vnd(cart.original_item_total)}</dd>
        </div>
        <DiscountList discounts={cart.discounts} />
        <div className="flex justify-between">
          <dt>{t("checkout.shipping")}</dt>
          <dd>
            {!cart.shipping
              ? t("checkout.shippingPending")
              : cart.shipping_total === 0
                ? t("checkout.free")
                : vnd(cart.shipping_total)}
          </dd>
        </div>
        <div className="flex justify-between border-t border-stone-200 pt-2 text-base font-bold">
          <dt>{t("checkout.total")}</dt>
          <dd data-testid="checkout-total">{vnd(cart.total)}</dd>
        </div>
      </dl>
    </div>
  )
  return (
    <>
      <details className="rounded-xl border border-stone-200 bg-white md:hidden">
        <summary className="flex min-h-12 cursor-pointer items-center justify-between gap-2 px-4 py-2 text-sm font-semibold">
          <span>{t("checkout.showSummary", { count })}</span>
          <span className="text-base font-bold">{vnd(cart.total)}</span>
        </summary>
        <div className="border-t border-stone-200 px-4 pb-4">{body}</div>
      </details>
      <aside aria-label={t("checkout.summary")} className="hidden rounded-xl border border-stone-200 bg-white p-4 md:block">
        <h2 className="text-base font-bold text-stone-900">{t("checkout.summary")}</h2>
        {body}
      </aside>
    </>
  )
}

/**
 * The cart's lines as the cart page and the drawer show them: a thumbnail, the price, − / quantity / + and
 * remove, each a form of its own so every button works without JavaScript. With it, each line's fetcher posts
 * to the cart page's action, and the line shows the quantity it will have before the backend answers; both
 * views read the same fetchers (keyed by line), so a change made in one shows in the other.
 */
import { useFetcher, useFetchers } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { useVnd } from "~/components/Price"
import { ProductImage } from "~/components/ProductImage"
import { MAX_QUANTITY } from "~/lib/cart"
import type { CartActionResult } from "~/lib/cart-form"
import type { LineItem } from "~/lib/line-items"
import { useHydrated } from "~/lib/use-hydrated"
import type { CartSummary } from "./cart.server"
import { useCartTranslation } from "./strings"

/** The quantity a line will have once the shopper's pending change lands (0: being removed). */
function pendingQuantity(formData: FormData | undefined, current: number): number {
  if (!formData) return current
  if (formData.get("intent") === "remove") return 0
  const quantity = Number(formData.get("quantity"))
  return Number.isInteger(quantity) && quantity >= 0 ? Math.min(quantity, MAX_QUANTITY) : current
}

/**
 * The lines still in the cart once the pending changes land, and their sums: Medusa's while nothing is pending,
 * otherwise worked out here from the unit prices so the totals move with the buttons (a code's discount
 * scaled with them until Medusa's own figure comes back). `original` is before discounts, `subtotal` after.
 */
export function useCartLines(cart: Pick<CartSummary, "items" | "item_total" | "original_item_total" | "discounts"> | null | undefined) {
  const fetchers = useFetchers()
  const pendingByLine = new Map(
    fetchers.filter((f) => f.key.startsWith("cart-line-") && f.formData).map((f) => [f.key.slice(10), f.formData])
  )
  const lines = (cart?.items ?? []).map((item) => ({
    item,
    quantity: pendingQuantity(pendingByLine.get(item.id), item.quantity),
  }))
  const visible = lines.filter((line) => line.quantity > 0)
  const pending = pendingByLine.size > 0
  const medusaOriginal = cart?.original_item_total ?? cart?.item_total ?? 0
  const original = pending ? visible.reduce((sum, line) => sum + line.item.unit_price * line.quantity, 0) : medusaOriginal
  const scale = pending && medusaOriginal > 0 ? original / medusaOriginal : 1
  const discounts = (cart?.discounts ?? []).map((d) => ({ ...d, amount: Math.round(d.amount * scale) }))
  const subtotal = pending ? original - discounts.reduce((sum, d) => sum + d.amount, 0) : (cart?.item_total ?? 0)
  return { lines: visible, subtotal, original, discounts, pending }
}

/** Nothing in the cart: say so, and lead back to the products. */
export function EmptyCart({ className = "" }: { className?: string }) {
  const { t } = useCartTranslation()
  return (
    <div className={`space-y-4 ${className}`}>
      <p className="text-stone-700">{t("cart.empty")}</p>
      <LocaleLink
        to="/san-pham"
        className="inline-flex h-11 items-center rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900"
      >
        {t("errors.browse")}
      </LocaleLink>
    </div>
  )
}

export function CartLineRow({
  item,
  quantity,
  lapsed,
  action,
}: {
  item: LineItem
  quantity: number
  lapsed: boolean
  /** The cart page's path: the drawer posts there from any page. */
  action?: string
}) {
  const { t } = useCartTranslation()
  const vnd = useVnd()
  const fetcher = useFetcher<CartActionResult>({ key: `cart-line-${item.id}` })
  const title = item.product_title ?? item.title
  const hydrated = useHydrated()
  const error = fetcher.state === "idle" && fetcher.data && !fetcher.data.ok ? fetcher.data.error : null
  const stepper =
    "flex h-10 w-10 items-center justify-center rounded-lg border border-stone-300 bg-white text-lg font-bold text-stone-800 hover:bg-stone-100 disabled:opacity-40"
  return (
    <li className={`flex gap-3 p-3 ${lapsed ? "bg-red-50" : ""}`} data-testid="cart-line">
      <div className="h-20 w-20 shrink-0 overflow-hidden rounded-lg">
        <ProductImage src={item.thumbnail} size={80} />
      </div>
      <div className="min-w-0 flex-1 space-y-2">
        <div className="flex items-start justify-between gap-2">
          <p className="min-w-0 text-sm">
            {item.product_handle ? (
              <LocaleLink to={`/san-pham/${item.product_handle}`} className="font-semibold text-stone-900 hover:underline">
                {title}
              </LocaleLink>
            ) : (
              <span className="font-semibold text-stone-900">{title}</span>
            )}
            {item.variant_title && <span className="block text-stone-600">{item.variant_title}</span>}
            <span className="block text-stone-600">{t("cart.each", { price: vnd(item.unit_price) })}</span>
          </p>
          <p className="shrink-0 text-sm font-bold" data-testid="line-total">
            {vnd(item.unit_price * quantity)}
          </p>
        </div>
        {lapsed && (
          <p role="alert" className="text-sm font-semibold text-label-red">
            ⚠ {t("cart.lapsed")}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-2">
          {/* Sibling forms, each complete on its own, so every button works without JavaScript. */}
          <fetcher.Form method="post" action={action} preventScrollReset>
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="line_id" value={item.id} />
            <input type="hidden" name="quantity" value={quantity - 1} />
            <button type="submit" aria-label={t("cart.decrease", { title })} className={stepper} disabled={lapsed}>
              −
            </button>
          </fetcher.Form>
          <fetcher.Form method="post" action={action} preventScrollReset className="flex items-center gap-2">
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="line_id" value={item.id} />
            <label className="sr-only" htmlFor={`qty-${item.id}`}>
              {t("cart.quantityOf", { title })}
            </label>
            <input
              id={`qty-${item.id}`}
              key={quantity}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_QUANTITY}
              defaultValue={quantity}
              disabled={lapsed}
              onBlur={(event) => {
                const next = Number(event.currentTarget.value)
                if (Number.isInteger(next) && next !== quantity) event.currentTarget.form?.requestSubmit()
              }}
              className="h-10 w-14 rounded-lg border border-stone-300 text-center"
            />
            {!hydrated && (
              <button
                type="submit"
                className="h-10 rounded-lg border border-stone-300 px-3 text-sm font-semibold text-stone-800 hover:bg-stone-100"
              >
                {t("cart.update")}
              </button>
            )}
          </fetcher.Form>
          <fetcher.Form method="post" action={action} preventScrollReset>
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="line_id" value={item.id} />
            <input type="hidden" name="quantity" value={quantity + 1} />
            <button
              type="submit"
              aria-label={t("cart.increase", { title })}
              className={stepper}
              disabled={lapsed || quantity >= MAX_QUANTITY}
            >
              +
            </button>
          </fetcher.Form>
          <fetcher.Form method="post" action={action} preventScrollReset className="ml-auto">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="line_id" value={item.id} />
            <button
              type="submit"
              aria-label={t("cart.removeLabel", { title })}
              className="h-10 rounded-lg px-3 text-sm font-semibold text-label-red underline underline-offset-4 hover:bg-red-50"
            >
              {t("cart.remove")}
            </button>
          </fetcher.Form>
        </div>
        {error && (
          <p role="alert" className="text-sm font-semibold text-label-red">
            {t(`cart.errors.${error}`)}
          </p>
        )}
      </div>
    </li>
  )
}

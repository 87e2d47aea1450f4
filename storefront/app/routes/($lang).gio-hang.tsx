import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useActionData, useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { useVnd } from "~/components/Price"
import { CartLineRow, EmptyCart, useCartLines } from "~/features/cart/CartLines"
import { DiscountRows } from "~/features/cart/DiscountRows"
import { PromoCodeBox } from "~/features/cart/PromoCode"
import type { PromoActionResult } from "~/features/cart/promo"
import { cartAction } from "~/features/cart/cart-action.server"
import { loadCartView } from "~/features/cart/cart.server"
import { useCartTranslation } from "~/features/cart/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import type { CartActionResult } from "~/lib/cart-form"
import { loaderHeaders } from "~/lib/headers"

/**
 * The cart: change quantities, remove lines, and go to checkout. Each line asks the plugin whether its product
 * is still certified; a line that is not is flagged and checkout waits until it is removed. Every button is a
 * form that works without JavaScript; with it, lines change in place before the backend answers. A promo code
 * is added and taken off here too (features/cart/PromoCode.tsx), its discount a line of its own.
 * Personal: never cached, never indexed.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const [view, t] = await Promise.all([loadCartView(request, locale), translatorFor(locale)])
  return data(
    {
      ...view,
      // Set by the redirect after adding without JavaScript.
      added: new URL(request.url).searchParams.get("added") === "1",
      title: `${t("cart.title")} · ${t("site.name")}`,
    },
    { headers: { "Cache-Control": "private, no-store" } }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  return cartAction(request, localeOf(request))
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "robots", content: "noindex" },
]

export default function Cart() {
  const { cart, lapsed, canCheckout, added } = useLoaderData<typeof loader>()
  const posted = useActionData<CartActionResult | PromoActionResult>()
  // The promo box shows its own answer; the page's message is for the lines' forms.
  const actionResult = posted && !("promo" in posted) ? posted : undefined
  const promo = posted && "promo" in posted ? posted.promo : undefined
  const { t } = useCartTranslation()
  const vnd = useVnd()
  const { lines: visible, subtotal, original, discounts } = useCartLines(cart)
  const discounted = discounts.some((d) => d.amount > 0)
  return (
    <div className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold text-ocop-900">{t("cart.title")}</h1>
      {actionResult ? (
        <ActionMessage result={actionResult} />
      ) : (
        added && <ActionMessage result={{ ok: true, intent: "add" }} />
      )}
      {!cart || visible.length === 0 ? (
        <EmptyCart />
      ) : (
        <>
          <ul aria-label={t("cart.lines")} className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {visible.map(({ item, quantity }) => (
              <CartLineRow key={item.id} item={item} quantity={quantity} lapsed={lapsed.includes(item.id)} />
            ))}
          </ul>
          <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
            <PromoCodeBox discounts={discounts} posted={promo} />
            {discounted && (
              <div className="space-y-1 border-t border-stone-200 pt-3">
                <p className="flex justify-between">
                  <span>{t("cart.itemsBeforeDiscount")}</span>
                  <span>{vnd(original)}</span>
                </p>
                <DiscountRows discounts={discounts} />
              </div>
            )}
            <p className="flex justify-between text-lg font-bold">
              <span>{t("cart.total")}</span>
              <span data-testid="cart-subtotal">{vnd(subtotal)}</span>
            </p>
            <p className="text-sm text-stone-600">{t("cart.shippingLater")}</p>
            {lapsed.length > 0 && (
              <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm font-semibold text-label-red">
                {t("cart.blocked")}
              </p>
            )}
            {canCheckout && lapsed.length === 0 ? (
              <LocaleLink
                to="/thanh-toan"
                className="flex h-12 w-full items-center justify-center rounded-lg bg-label-red px-6 text-base font-bold text-white hover:bg-red-800"
              >
                {t("cart.checkout")}
              </LocaleLink>
            ) : (
              <span
                aria-disabled="true"
                className="flex h-12 w-full cursor-not-allowed items-center justify-center rounded-lg bg-stone-300 px-6 text-base font-bold text-stone-600"
              >
                {t("cart.checkout")}
              </span>
            )}
            <LocaleLink to="/san-pham" className="block text-center text-sm font-semibold text-ocop-800 underline underline-offset-4">
              {t("cart.continue")}
            </LocaleLink>
          </div>
        </>
      )}
    </div>
  )
}

function ActionMessage({ result }: { result: CartActionResult }) {
  const { t } = useCartTranslation()
  return result.ok ? (
    <p role="status" className="rounded-lg bg-ocop-50 p-3 text-sm font-semibold text-ocop-800">
      ✓ {t(result.intent === "add" ? "cart.added" : "cart.updated")}
    </p>
  ) : (
    <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm font-semibold text-label-red">
      {t(`cart.errors.${result.error}`)}
    </p>
  )
}

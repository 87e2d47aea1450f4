import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useActionData, useFetcher, useFetchers, useLoaderData } from "@remix-run/react"
import { useTranslation } from "react-i18next"
import { LocaleLink } from "~/components/LocaleLink"
import { cartAction } from "~/features/cart/cart-action.server"
import { checkCart, readCart, type CartLine } from "~/features/cart/cart.server"
import type { CartActionResult } from "~/features/cart/cart-form"
import { MAX_QUANTITY } from "~/features/cart/cart-limits"
import { ProductImage } from "~/features/catalogue/ProductImage"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { formatVnd } from "~/lib/format"
import { useHydrated } from "~/lib/use-hydrated"
import { loaderHeaders } from "~/lib/headers"

/**
 * The cart: change quantities, remove lines, and go to checkout. Each line asks the plugin whether its product
 * is still certified; a line that is not is flagged and checkout waits until it is removed. Every button is a
 * form that works without JavaScript; with it, lines change in place before the backend answers.
 * Personal: never cached, never indexed.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const [cart, t] = await Promise.all([readCart(request), translatorFor(locale)])
  const check = cart?.items.length ? await checkCart(cart.id, locale).catch(() => null) : null
  const lapsed = check ? check.items.filter((item) => !item.on_sale).map((item) => item.id) : []
  return data(
    {
      cart,
      lapsed,
      // Unknown (the check failed) counts as "not yet": the checkout checks again anyway.
      canCheckout: !!cart?.items.length && !!check?.can_complete,
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

/** The quantity a line will have once the shopper's pending change lands (0: being removed). */
function pendingQuantity(formData: FormData | undefined, current: number): number {
  if (!formData) return current
  if (formData.get("intent") === "remove") return 0
  const quantity = Number(formData.get("quantity"))
  return Number.isInteger(quantity) && quantity >= 0 ? Math.min(quantity, MAX_QUANTITY) : current
}

export default function Cart() {
  const { cart, lapsed, canCheckout, added } = useLoaderData<typeof loader>()
  const actionResult = useActionData<CartActionResult>()
  const fetchers = useFetchers()
  const { t } = useTranslation()
  const pendingByLine = new Map(
    fetchers.filter((f) => f.key.startsWith("cart-line-") && f.formData).map((f) => [f.key.slice(10), f.formData])
  )
  const lines = (cart?.items ?? []).map((item) => ({
    item,
    quantity: pendingQuantity(pendingByLine.get(item.id), item.quantity),
  }))
  const visible = lines.filter((line) => line.quantity > 0)
  const pending = pendingByLine.size > 0
  const subtotal = pending
    ? visible.reduce((sum, line) => sum + line.item.unit_price * line.quantity, 0)
    : (cart?.item_total ?? 0)
  return (
    <div className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold text-ocop-900">{t("cart.title")}</h1>
      {actionResult ? (
        <ActionMessage result={actionResult} />
      ) : (
        added && <ActionMessage result={{ ok: true, intent: "add" }} />
      )}
      {!cart || visible.length === 0 ? (
        <div className="space-y-4">
          <p className="text-stone-700">{t("cart.empty")}</p>
          <LocaleLink
            to="/san-pham"
            className="inline-flex h-11 items-center rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900"
          >
            {t("errors.browse")}
          </LocaleLink>
        </div>
      ) : (
        <>
          <ul aria-label={t("cart.lines")} className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {visible.map(({ item, quantity }) => (
              <CartLineRow key={item.id} item={item} quantity={quantity} lapsed={lapsed.includes(item.id)} />
            ))}
          </ul>
          <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
            <p className="flex justify-between text-lg font-bold">
              <span>{t("cart.total")}</span>
              <span data-testid="cart-subtotal">{formatVnd(subtotal)}</span>
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
  const { t } = useTranslation()
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

function CartLineRow({ item, quantity, lapsed }: { item: CartLine; quantity: number; lapsed: boolean }) {
  const { t } = useTranslation()
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
            <span className="block text-stone-600">{t("cart.each", { price: formatVnd(item.unit_price) })}</span>
          </p>
          <p className="shrink-0 text-sm font-bold" data-testid="line-total">
            {formatVnd(item.unit_price * quantity)}
          </p>
        </div>
        {lapsed && (
          <p role="alert" className="text-sm font-semibold text-label-red">
            ⚠ {t("cart.lapsed")}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-2">
          {/* Sibling forms, each complete on its own, so every button works without JavaScript. */}
          <fetcher.Form method="post" preventScrollReset>
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="line_id" value={item.id} />
            <input type="hidden" name="quantity" value={quantity - 1} />
            <button type="submit" aria-label={t("cart.decrease", { title })} className={stepper} disabled={lapsed}>
              −
            </button>
          </fetcher.Form>
          <fetcher.Form method="post" preventScrollReset className="flex items-center gap-2">
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
          <fetcher.Form method="post" preventScrollReset>
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
          <fetcher.Form method="post" preventScrollReset className="ml-auto">
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

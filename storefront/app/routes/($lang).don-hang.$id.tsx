import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { customerToken } from "~/features/account/session.server"
import { methodOf } from "~/features/checkout/checkout.server"
import { isOrderToken, orderTokenFrom, rememberOrderCookie } from "~/features/order/order-access.server"
import { loadOrder, type OrderHead, type OrderView } from "~/features/order/order.server"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { formatDate, formatPhone, formatVnd } from "~/lib/format"
import { loaderHeaders } from "~/lib/headers"
import { useCheckoutTranslation } from "~/features/checkout/strings"

/**
 * The confirmation: order number, items, delivery, payment, and for a bank transfer the VietQR code with the
 * amount and the order's reference filled in. Only for the shopper who placed it (docs/decisions/026): the
 * browser that placed it keeps the order's token in a cookie, the mail's link (`?t=…`) puts it there and is
 * then taken out of the address, and a logged-in customer sees her own orders. Anyone else gets the number and
 * status, with a 403. Never cached, never indexed.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const id = params.id ?? ""
  const url = new URL(request.url)
  const mailed = url.searchParams.get("t")
  const [kept, loggedIn, t] = await Promise.all([orderTokenFrom(request, id), customerToken(request), translatorFor(locale)])
  const noStore = { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" }
  if (isOrderToken(mailed) && mailed !== kept) {
    const opened = await loadOrder(id, locale, { orderToken: mailed })
    if (opened?.kind === "order") {
      throw redirect(localizePath(`/don-hang/${id}`, locale), { headers: { ...noStore, "Set-Cookie": await rememberOrderCookie(request, id, mailed) } })
    }
  }
  const loaded = await loadOrder(id, locale, { orderToken: kept, customerToken: loggedIn })
  if (!loaded) throw new Response(null, { status: 404 })
  const title = `${t("order.title", { number: loaded.order.display_id })} · ${t("site.name")}`
  if (loaded.kind === "private") {
    return data({ kind: "private" as const, head: loaded.order, title, loginTo: `${localizePath("/tai-khoan/dang-nhap", locale)}?redirectTo=${encodeURIComponent(localizePath(`/don-hang/${id}`, locale))}` }, { status: 403, headers: noStore })
  }
  return data({ kind: "order" as const, order: loaded.order, method: methodOf(loaded.order.payment.provider_id), title }, { headers: noStore })
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "robots", content: "noindex" },
]

export default function OrderPage() {
  const loaded = useLoaderData<typeof loader>()
  return loaded.kind === "private" ? <PrivateOrder head={loaded.head} loginTo={loaded.loginTo} /> : <Confirmation order={loaded.order} method={loaded.method} />
}

/** What a stranger holding the link learns: which order it is, how far along, and how its shopper opens it. */
function PrivateOrder({ head, loginTo }: { head: OrderHead; loginTo: string }) {
  const { t } = useCheckoutTranslation()
  return (
    <div className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <div className="rounded-xl border border-stone-200 bg-white p-4">
        <h1 className="text-2xl font-bold text-stone-900">{t("order.privateTitle", { number: head.display_id })}</h1>
        <p className="mt-1 text-sm font-semibold text-stone-800">
          {t("order.privateStatus", { status: t(`order.status.${head.status}`, { defaultValue: head.status }) })}
        </p>
        <p className="mt-3 text-sm text-stone-700">{t("order.privateIntro")}</p>
        <a
          href={loginTo}
          className="mt-4 inline-flex h-11 items-center rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900"
        >
          {t("order.logIn")}
        </a>
      </div>
    </div>
  )
}

function Confirmation({ order, method }: { order: OrderView; method: ReturnType<typeof methodOf> }) {
  const { t } = useCheckoutTranslation()
  const qr = order.payment.vietqr
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6">
      <div className="rounded-xl border border-ocop-600 bg-ocop-50 p-4">
        <p className="text-sm font-semibold text-ocop-800">✓ {t("order.thanks")}</p>
        <h1 className="mt-1 text-2xl font-bold text-ocop-900">{t("order.title", { number: order.display_id })}</h1>
        <p className="mt-1 text-sm text-stone-700">
          {t("order.placedOn", { date: formatDate(order.created_at) })}
          {order.email && <> · {t("order.mailed", { email: order.email })}</>}
        </p>
      </div>

      {qr && !order.payment.paid && (
        <section aria-labelledby="vietqr-heading" className="rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="vietqr-heading" className="text-lg font-bold text-stone-900">
            {t("order.vietqrTitle")}
          </h2>
          <p className="mt-1 text-sm text-stone-700">{t("order.vietqrIntro")}</p>
          <div className="mt-3 flex flex-col items-center gap-4 sm:flex-row sm:items-start">
            {order.qrSvg && (
              <div
                role="img"
                aria-label={t("order.qrAlt", { amount: formatVnd(qr.amount), reference: qr.reference })}
                data-testid="vietqr"
                className="w-60 shrink-0 rounded-lg border border-stone-200 bg-white p-1 [&_svg]:h-auto [&_svg]:w-full"
                dangerouslySetInnerHTML={{ __html: order.qrSvg }}
              />
            )}
            <dl className="w-full space-y-2 text-sm">
              <Row label={t("order.amount")} value={formatVnd(qr.amount)} strong />
              <Row label={t("order.reference")} value={qr.reference} strong />
              <Row label={t("order.bank")} value={qr.bank_name} />
              <Row label={t("order.account")} value={qr.account_number} />
              <Row label={t("order.accountName")} value={qr.account_name} />
            </dl>
          </div>
        </section>
      )}

      <section aria-labelledby="items-heading" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="items-heading" className="text-lg font-bold text-stone-900">
          {t("order.items")}
        </h2>
        <ul className="mt-2 divide-y divide-stone-100 text-sm">
          {order.items.map((item) => (
            <li key={item.id} className="flex justify-between gap-3 py-2">
              <span>
                <span className="font-semibold">{item.product_title ?? item.title}</span>
                {item.variant_title && <span className="text-stone-600"> · {item.variant_title}</span>}
                <span className="text-stone-600"> × {item.quantity}</span>
              </span>
              <span className="shrink-0 font-semibold">{formatVnd(item.total)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-2 space-y-1 border-t border-stone-200 pt-2 text-sm">
          <Row label={t("checkout.subtotal")} value={formatVnd(order.item_total)} />
          <Row
            label={t("checkout.shipping")}
            value={order.shipping_total === 0 ? t("checkout.free") : formatVnd(order.shipping_total)}
          />
          <Row label={t("checkout.total")} value={formatVnd(order.total)} strong />
        </dl>
      </section>

      <div className="grid gap-5 sm:grid-cols-2">
        <section aria-labelledby="delivery-heading" className="rounded-xl border border-stone-200 bg-white p-4 text-sm">
          <h2 id="delivery-heading" className="text-lg font-bold text-stone-900">
            {t("order.delivery")}
          </h2>
          {order.pickup ? (
            <>
              <p className="mt-1 font-semibold">{t("checkout.review.pickupAt", { name: order.pickup.name })}</p>
              <p>{order.pickup.address}</p>
              <p>
                {t("checkout.delivery.hours")}: {order.pickup.opening_hours}
              </p>
              <p className="mt-2 text-stone-700">{t("order.pickupNote")}</p>
              <p className="mt-2">
                {order.address.name} · {order.address.phone && formatPhone(order.address.phone)}
              </p>
            </>
          ) : (
            <>
              {order.shipping.map((method) => (
                <p key={method.name} className="mt-1 font-semibold">
                  {method.name === "Giao hàng tận nơi" ? t("checkout.delivery.home") : method.name}
                </p>
              ))}
              <p className="mt-2">{order.address.name}</p>
              <p>{order.address.phone && formatPhone(order.address.phone)}</p>
              <p>{[order.address.street, order.address.ward, order.address.province].filter(Boolean).join(", ")}</p>
            </>
          )}
        </section>
        <section aria-labelledby="payment-heading" className="rounded-xl border border-stone-200 bg-white p-4 text-sm">
          <h2 id="payment-heading" className="text-lg font-bold text-stone-900">
            {t("order.payment")}
          </h2>
          <p className="mt-1 font-semibold">{method ? t(`checkout.payment.${method}`) : ""}</p>
          <p className={order.payment.paid ? "text-ocop-800" : "text-stone-700"}>
            {order.payment.paid
              ? t("order.paid")
              : method === "cod"
                ? t("order.payOnDelivery")
                : method === "stripe" && order.payment.status === "authorized"
                  ? t("order.cardHeld")
                  : t("order.unpaid")}
          </p>
        </section>
      </div>

      <LocaleLink
        to="/san-pham"
        className="inline-flex h-11 items-center rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900"
      >
        {t("order.continue")}
      </LocaleLink>
    </div>
  )
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-3 ${strong ? "font-bold" : ""}`}>
      <dt className="text-stone-700">{label}</dt>
      <dd className="text-right">{value}</dd>
    </div>
  )
}

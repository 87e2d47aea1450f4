import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { cancelPurchaseAction } from "~/features/order/cancel-purchase.server"
import { isOrderToken, orderTokenFrom, rememberOrderCookie } from "~/features/order/order-access.server"
import { loadOrder, type OrderDetail } from "~/features/order/order.server"
import { OrderView, PrivateOrder } from "~/features/order/OrderView"
import { useOrderTranslation } from "~/features/order/strings"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { customerToken } from "~/lib/session.server"

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
  const noStore = { "Cache-Control": "private, no-store", "Referrer-Policy": "same-origin" }
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
  return data({ kind: "order" as const, order: loaded.order, title }, { headers: noStore })
}

/** The shopper cancels the purchase, with the proof this browser holds (the order's cookie, her login). */
export async function action(args: ActionFunctionArgs) {
  const [kept, loggedIn] = await Promise.all([orderTokenFrom(args.request, args.params.id ?? ""), customerToken(args.request)])
  return cancelPurchaseAction(args, { orderToken: kept, customerToken: loggedIn })
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "robots", content: "noindex" },
]

export default function OrderPage() {
  const loaded = useLoaderData<typeof loader>()
  return loaded.kind === "private" ? <PrivateOrder head={loaded.head} loginTo={loaded.loginTo} /> : <Confirmation order={loaded.order} />
}

function Confirmation({ order }: { order: OrderDetail }) {
  const { t } = useOrderTranslation()
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6">
      <div className="rounded-xl border border-ocop-600 bg-ocop-50 p-4">
        <p className="text-sm font-semibold text-ocop-800">✓ {t("order.thanks")}</p>
        <h1 className="mt-1 text-2xl font-bold text-ocop-900">{t("order.title", { number: order.display_id })}</h1>
      </div>
      <OrderView order={order} />
      <LocaleLink
        to="/san-pham"
        className="inline-flex h-11 items-center rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900"
      >
        {t("order.continue")}
      </LocaleLink>
    </div>
  )
}

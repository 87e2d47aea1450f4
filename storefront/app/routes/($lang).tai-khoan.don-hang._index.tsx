import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { PageLinks } from "~/components/PageLinks"
import { AccountShell } from "~/features/account/AccountShell"
import { GuestOrdersNotice } from "~/features/account/GuestOrdersNotice"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { emailVerification, guestOrders, requireCustomer } from "~/features/account/customer.server"
import { useAccountTranslation } from "~/features/account/strings"
import { OrderCard } from "~/features/order/OrderCard"
import { listCustomerOrders } from "~/features/order/order.server"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { displayName } from "~/lib/names"
import { takeFlash } from "~/lib/session.server"

const PAGE_SIZE = 20

/** The customer's orders, newest first, from Medusa's `/store/orders` (scoped to the token's customer). */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token, customer } = await requireCustomer(request)
  const page = Math.max(1, Number.parseInt(new URL(request.url).searchParams.get("page") ?? "1", 10) || 1)
  const [t, { orders, count }, guest, verification, flash] = await Promise.all([
    translatorFor(localeOf(request)),
    listCustomerOrders(token, localeOf(request), { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    guestOrders(token),
    emailVerification(token),
    takeFlash(request),
  ])
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data(
    {
      title: `${t("account.orderList.title")} · ${t("site.name")}`,
      name: displayName(customer),
      email: customer.email,
      guest,
      emailVerified: verification.verified,
      notice: flash.notice,
      orders,
      page,
      pages: Math.max(1, Math.ceil(count / PAGE_SIZE)),
    },
    { headers }
  )
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function Orders() {
  const { name, email, guest, emailVerified, notice, orders, page, pages } = useLoaderData<typeof loader>()
  const { t } = useAccountTranslation()
  return (
    <AccountShell name={name} title={t("account.orderList.title")} notice={notice ? t(notice) : null}>
      <GuestOrdersNotice guest={guest} email={email} emailVerified={emailVerified} />
      {orders.length === 0 ? (
        <div className="space-y-4">
          <p className="text-stone-700">{t("account.orderList.empty")}</p>
          <LocaleLink
            to="/san-pham"
            className="inline-flex h-11 items-center rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900"
          >
            {t("errors.browse")}
          </LocaleLink>
        </div>
      ) : (
        <ul className="space-y-3">
          {orders.map((order) => (
            <li key={order.id}>
              <OrderCard order={order} />
            </li>
          ))}
        </ul>
      )}
      <PageLinks path="/tai-khoan/don-hang" page={page} pages={pages} />
    </AccountShell>
  )
}

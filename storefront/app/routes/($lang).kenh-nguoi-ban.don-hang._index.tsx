import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { OrderStateBadge } from "~/features/portal/OrderStateBadge"
import { PARCEL_STATES, TO_HANDLE, type ParcelState } from "~/features/portal/order-states"
import { PortalShell } from "~/features/portal/PortalShell"
import { listOrders, requireMember } from "~/features/portal/portal.server"
import { usePortalTranslation } from "~/features/portal/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { formatDate, formatVnd } from "~/lib/format"
import { loaderHeaders } from "~/lib/headers"

const PAGE_SIZE = 20
/** The filters in the order a producer works through them: what it still has to do first. */
const FILTERS: ParcelState[] = [...TO_HANDLE, ...PARCEL_STATES.filter((s) => !TO_HANDLE.includes(s))]

export async function loader({ request }: LoaderFunctionArgs) {
  const { token, me } = await requireMember(request)
  const search = new URL(request.url).searchParams
  const page = Math.max(1, Number.parseInt(search.get("trang") ?? "1", 10) || 1)
  const wanted = search.get("tinh-trang")
  const state = PARCEL_STATES.includes(wanted as ParcelState) ? (wanted as ParcelState) : undefined
  const [t, list] = await Promise.all([translatorFor(localeOf(request)), listOrders(token, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, state })])
  return data(
    { title: `${t("portal.orders.title")} · ${t("portal.title")}`, me, state: state ?? null, orders: list.orders, page, pages: Math.max(1, Math.ceil(list.count / PAGE_SIZE)) },
    { headers: PRIVATE_HEADERS }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function PortalOrders() {
  const { me, orders, page, pages, state } = useLoaderData<typeof loader>()
  const { t } = usePortalTranslation()
  const query = (next: { page?: number; state?: string | null }) => {
    const params = new URLSearchParams()
    const s = next.state === undefined ? state : next.state
    if (s) params.set("tinh-trang", s)
    if (next.page && next.page > 1) params.set("trang", String(next.page))
    const text = params.toString()
    return `/kenh-nguoi-ban/don-hang${text ? `?${text}` : ""}`
  }
  return (
    <PortalShell me={me} title={t("portal.orders.title")}>
      <p className="text-sm text-stone-700">{t("portal.orders.intro")}</p>
      <nav aria-label={t("portal.orders.filter")} className="mt-3 flex gap-2 overflow-x-auto pb-1 text-sm">
        {[null, ...FILTERS].map((s) => (
          <LocaleLink
            key={s ?? "all"}
            to={query({ state: s, page: 1 })}
            aria-current={s === state ? "page" : undefined}
            className={`inline-flex h-10 shrink-0 items-center rounded-full border px-3 font-semibold ${s === state ? "border-ocop-800 bg-ocop-800 text-white" : "border-stone-300 bg-white text-stone-800"}`}
          >
            {s ? t(`portal.orders.states.${s}`) : t("portal.orders.all")}
          </LocaleLink>
        ))}
      </nav>
      {orders.length === 0 ? (
        <p className="mt-4 text-stone-700">{t("portal.orders.empty")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {orders.map((order) => (
            <li key={order.id}>
              <article className="rounded-xl border border-stone-200 bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 className="font-bold text-stone-900">
                    <LocaleLink to={`/kenh-nguoi-ban/don-hang/${order.id}`} className="underline-offset-4 hover:underline">
                      {t("portal.orders.number", { number: order.display_id })}
                    </LocaleLink>
                  </h2>
                  <OrderStateBadge state={order.state} />
                </div>
                <p className="mt-1 text-sm text-stone-700">
                  {t("portal.orders.placedOn", { date: formatDate(order.placed_at) })} · {t(`portal.orders.${order.delivery}`)}
                </p>
                <p className="mt-1 text-sm text-stone-900">
                  {t("portal.orders.items", { count: order.item_count })} · <span className="font-semibold">{formatVnd(order.total)}</span>
                </p>
                <p className="mt-2">
                  <LocaleLink to={`/kenh-nguoi-ban/don-hang/${order.id}`} className="inline-flex min-h-11 items-center font-semibold text-ocop-800 underline underline-offset-4">
                    {t("portal.orders.open")}
                  </LocaleLink>
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav className="mt-6 flex justify-between text-sm font-semibold">
          {page > 1 ? <LocaleLink to={query({ page: page - 1 })}>{t("portal.productList.previous")}</LocaleLink> : <span />}
          {page < pages ? <LocaleLink to={query({ page: page + 1 })}>{t("portal.productList.next")}</LocaleLink> : <span />}
        </nav>
      )}
    </PortalShell>
  )
}

import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { PortalShell } from "~/features/portal/PortalShell"
import { LEAD_STATUSES, type LeadStatus } from "~/features/portal/lead-statuses"
import { listLeads, requireMember } from "~/features/portal/portal.server"
import { usePortalTranslation } from "~/features/portal/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { formatDate, formatPhone, telHref } from "~/lib/format"
import { loaderHeaders } from "~/lib/headers"

const PAGE_SIZE = 20
const DAY_MS = 24 * 60 * 60 * 1000

export async function loader({ request }: LoaderFunctionArgs) {
  const { token, me } = await requireMember(request)
  const search = new URL(request.url).searchParams
  const page = Math.max(1, Number.parseInt(search.get("trang") ?? "1", 10) || 1)
  const wanted = search.get("trang-thai")
  const status = LEAD_STATUSES.includes(wanted as LeadStatus) ? (wanted as LeadStatus) : undefined
  const [t, list] = await Promise.all([translatorFor(localeOf(request)), listLeads(token, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, status })])
  const now = Date.now()
  return data(
    {
      title: `${t("portal.leads.title")} · ${t("portal.title")}`,
      me,
      status: status ?? null,
      // How long a new enquiry has waited for an answer, in whole days, counted here so the page and its hydration agree.
      leads: list.trade_leads.map((lead) => ({ ...lead, waiting_days: lead.status === "new" ? Math.floor((now - Date.parse(lead.created_at)) / DAY_MS) : null })),
      page,
      pages: Math.max(1, Math.ceil(list.count / PAGE_SIZE)),
    },
    { headers: PRIVATE_HEADERS }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function PortalLeads() {
  const { me, leads, page, pages, status } = useLoaderData<typeof loader>()
  const { t } = usePortalTranslation()
  const query = (next: { page?: number; status?: string | null }) => {
    const params = new URLSearchParams()
    const s = next.status === undefined ? status : next.status
    if (s) params.set("trang-thai", s)
    if (next.page && next.page > 1) params.set("trang", String(next.page))
    const text = params.toString()
    return `/kenh-nguoi-ban/khach-hoi-mua${text ? `?${text}` : ""}`
  }
  return (
    <PortalShell me={me} title={t("portal.leads.title")}>
      <p className="text-sm text-stone-700">{t("portal.leads.intro")}</p>
      <nav aria-label={t("portal.leads.nextStatus")} className="mt-3 flex gap-2 overflow-x-auto pb-1 text-sm">
        {[null, ...LEAD_STATUSES].map((s) => (
          <LocaleLink
            key={s ?? "all"}
            to={query({ status: s, page: 1 })}
            aria-current={s === status ? "page" : undefined}
            className={`inline-flex h-10 shrink-0 items-center rounded-full border px-3 font-semibold ${s === status ? "border-ocop-800 bg-ocop-800 text-white" : "border-stone-300 bg-white text-stone-800"}`}
          >
            {s ? t(`portal.leads.statuses.${s}`) : t("portal.leads.all")}
          </LocaleLink>
        ))}
      </nav>
      {leads.length === 0 ? (
        <p className="mt-4 text-stone-700">{t("portal.leads.empty")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {leads.map((lead) => (
            <li key={lead.id}>
              <article className="rounded-xl border border-stone-200 bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 className="min-w-0 break-words font-bold text-stone-900">
                    {lead.buyer_name}
                    {lead.organisation && <span className="block text-sm font-normal text-stone-700">{lead.organisation}</span>}
                  </h2>
                  <span className={`shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ${lead.status === "new" ? "bg-label-red text-white" : lead.status === "contract_signed" ? "bg-ocop-800 text-white" : "bg-stone-200 text-stone-800"}`}>
                    {t(`portal.leads.statuses.${lead.status}`)}
                  </span>
                </div>
                {lead.waiting_days !== null && (
                  <p className="mt-1 text-sm font-semibold text-label-red">
                    {lead.waiting_days === 0 ? t("portal.leads.waitingToday") : t("portal.leads.waiting", { count: lead.waiting_days })}
                  </p>
                )}
                <p className="mt-1 text-sm text-stone-700">
                  {t("portal.leads.receivedOn", { date: formatDate(lead.created_at) })} · {t(`portal.leads.from.${lead.source}`)}
                  {lead.fair && ` · ${lead.fair.name}${lead.booth ? `, ${t("portal.leads.booth", { number: lead.booth.number })}` : ""}`}
                </p>
                {lead.product && <p className="mt-1 text-sm text-stone-800">{lead.product.title}{lead.quantity && ` · ${lead.quantity}`}</p>}
                <p className="mt-2 flex flex-wrap gap-2 text-sm">
                  {lead.phone && (
                    <a href={telHref(lead.phone)} className="inline-flex h-10 items-center rounded-lg border border-stone-300 px-3 font-semibold text-stone-800">
                      {formatPhone(lead.phone)}
                    </a>
                  )}
                  {lead.email && (
                    <a href={`mailto:${lead.email}`} className="inline-flex h-10 items-center break-all rounded-lg border border-stone-300 px-3 font-semibold text-stone-800">
                      {lead.email}
                    </a>
                  )}
                </p>
                <p className="mt-3">
                  <LocaleLink to={`/kenh-nguoi-ban/khach-hoi-mua/${lead.id}`} className="inline-flex min-h-11 items-center font-semibold text-ocop-800 underline underline-offset-4">
                    {t("portal.leads.open")}
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

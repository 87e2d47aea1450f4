import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { TO_HANDLE } from "~/features/portal/order-states"
import { listOrders, listProducts, requireMember } from "~/features/portal/portal.server"
import { PortalShell } from "~/features/portal/PortalShell"
import { SalesChart } from "~/features/portal/SalesChart"
import { currentPeriod, loadStatement } from "~/features/portal/statement.server"
import { useStatementTranslation } from "~/features/portal/statement-strings"
import { useLocale } from "~/i18n/use-locale"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { takePortalFlash } from "~/lib/portal-session.server"

/** Fewer units than this left to sell (stocked less held for orders) puts a variant on the "running low" list. */
const LOW_STOCK = 5

export async function loader({ request }: LoaderFunctionArgs) {
  const { token, me } = await requireMember(request)
  const [t, flash, page, month, ...waiting] = await Promise.all([
    translatorFor(localeOf(request)),
    takePortalFlash(request),
    listProducts(token, { limit: 100, offset: 0 }),
    // The month's figures and days only: one line of it.
    loadStatement(token, currentPeriod(), { limit: 1, offset: 0 }),
    // Only the counts: one row of each list.
    ...TO_HANDLE.map((state) => listOrders(token, { limit: 1, offset: 0, state })),
  ])
  const products = page.products
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data(
    {
      title: `${t("portal.home.title")} · ${t("portal.title")}`,
      me,
      notice: flash.notice,
      count: page.count,
      salesDays: month?.days ?? [],
      toHandle: TO_HANDLE.map((state, i) => ({ state, count: waiting[i]!.count })).filter((row) => row.count > 0),
      certified: products.filter((p) => p.certification && ["valid", "expiring"].includes(p.certification.state)).length,
      expiring: products.filter((p) => p.certification?.state === "expiring").map((p) => ({ id: p.id, title: p.title, expires_at: p.certification!.expires_at })),
      lowStock: products.flatMap((p) =>
        p.variants.filter((v) => v.stocked - v.reserved < LOW_STOCK).map((v) => ({ id: p.id, title: `${p.title} · ${v.title}`, left: v.stocked - v.reserved }))
      ),
    },
    { headers }
  )
}

export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

function Tile({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-stone-200 bg-white p-4">
      <h2 className="text-sm font-semibold text-stone-700">{label}</h2>
      <div className="mt-2 text-stone-900">{children}</div>
    </section>
  )
}

export default function PortalHome() {
  const { me, notice, count, certified, expiring, lowStock, toHandle, salesDays } = useLoaderData<typeof loader>()
  const { t, i18n } = useStatementTranslation()
  const locale = useLocale()
  const date = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "vi-VN", { dateStyle: "medium", timeZone: "Asia/Ho_Chi_Minh" })
  return (
    <PortalShell me={me} title={me.producer.name} notice={notice ? t(notice) : null}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Tile label={t("portal.home.toHandle")}>
          {toHandle.length === 0 ? (
            <p className="text-stone-700">{t("portal.home.toHandleNone")}</p>
          ) : (
            <ul className="space-y-1">
              {toHandle.map((row) => (
                <li key={row.state}>
                  <LocaleLink to={`/kenh-nguoi-ban/don-hang?tinh-trang=${row.state}`} className="inline-flex min-h-11 items-center font-semibold text-ocop-800 underline underline-offset-4">
                    {t(`portal.orders.states.${row.state}`)}: {row.count}
                  </LocaleLink>
                </li>
              ))}
            </ul>
          )}
        </Tile>
        <section className="rounded-xl border border-stone-200 bg-white p-4 sm:col-span-2">
          <SalesChart days={salesDays} title={t("statement.chart.title")} locale={locale} />
          <LocaleLink to="/kenh-nguoi-ban/sao-ke" className="mt-2 inline-flex min-h-11 items-center font-semibold text-ocop-800 underline underline-offset-4">
            {t("statement.chart.seeStatement")}
          </LocaleLink>
        </section>
        <Tile label={t("portal.products")}>
          <p className="text-2xl font-bold">{t("portal.home.products", { count })}</p>
          <p className="text-sm text-stone-700">
            {t("portal.home.certified")}: {certified}
          </p>
        </Tile>
        <Tile label={t("portal.home.expiring")}>
          {expiring.length === 0 ? (
            <p className="text-stone-700">{t("portal.home.none")}</p>
          ) : (
            <ul className="space-y-1">
              {expiring.map((p) => (
                <li key={p.id}>
                  <LocaleLink to={`/kenh-nguoi-ban/san-pham/${p.id}`} className="font-semibold text-ocop-800 underline underline-offset-4">
                    {p.title}
                  </LocaleLink>{" "}
                  <span className="text-sm text-stone-700">({date.format(new Date(p.expires_at))})</span>
                </li>
              ))}
            </ul>
          )}
        </Tile>
        <Tile label={t("portal.home.lowStock", { threshold: LOW_STOCK })}>
          {lowStock.length === 0 ? (
            <p className="text-stone-700">{t("portal.home.none")}</p>
          ) : (
            <ul className="space-y-1">
              {lowStock.map((v) => (
                <li key={`${v.id}-${v.title}`}>
                  <LocaleLink to={`/kenh-nguoi-ban/san-pham/${v.id}`} className="font-semibold text-ocop-800 underline underline-offset-4">
                    {v.title}
                  </LocaleLink>{" "}
                  <span className="text-sm text-stone-700">({v.left})</span>
                </li>
              ))}
            </ul>
          )}
        </Tile>
        <Tile label={t("portal.team")}>
          <p className="text-stone-700">{t(`portal.roles.${me.member.role}`)}</p>
        </Tile>
      </div>
    </PortalShell>
  )
}

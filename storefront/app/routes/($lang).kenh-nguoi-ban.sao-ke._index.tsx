import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { z } from "zod"
import { PageLinks } from "~/components/PageLinks"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { OrderStateBadge } from "~/features/portal/OrderStateBadge"
import type { ParcelState } from "~/features/portal/order-states"
import { PortalShell } from "~/features/portal/PortalShell"
import { requireMember } from "~/features/portal/portal.server"
import { SalesChart } from "~/features/portal/SalesChart"
import { currentPeriod, loadPayoutAccount, loadStatement, recentPeriods, setPayoutAccount } from "~/features/portal/statement.server"
import { useStatementTranslation } from "~/features/portal/statement-strings"
import { useLocale, useLocalizePath } from "~/i18n/use-locale"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { formatDate, formatVnd } from "~/lib/format"
import { loaderHeaders } from "~/lib/headers"
import { inLanguage } from "~/lib/bilingual"

const PAGE_SIZE = 20
const MONTHS_SHOWN = 12

/** `?thang=2026-12`: one of the months the picker offers; anything else is this month. */
function periodAsked(url: URL): string {
  const asked = url.searchParams.get("thang") ?? ""
  return recentPeriods(MONTHS_SHOWN).includes(asked) ? asked : currentPeriod()
}

/**
 * The producer's monthly statement (issue 17): the month's figures, its sales per day, its orders, the
 * transfers the platform made against it, the CSV for the bookkeeper; for owners, the account they are paid into.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { token, me } = await requireMember(request)
  const url = new URL(request.url)
  const period = periodAsked(url)
  const page = Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1)
  const [t, statement, account] = await Promise.all([
    translatorFor(localeOf(request)),
    loadStatement(token, period, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    me.member.role === "owner" ? loadPayoutAccount(token) : Promise.resolve(null),
  ])
  if (!statement) throw new Response(null, { status: 404, statusText: "Not Found" })
  return data(
    {
      title: `${t("statement.title", { month: monthLabel(period) })} · ${t("portal.title")}`,
      me,
      period,
      periods: recentPeriods(MONTHS_SHOWN),
      statement,
      page,
      pages: Math.max(1, Math.ceil(statement.count / PAGE_SIZE)),
      account,
    },
    { headers: PRIVATE_HEADERS }
  )
}

const AccountForm = z.object({
  bank_bin: z.string().regex(/^\d{6}$/),
  account_number: z.string().trim().min(1).max(40),
  account_name: z.string().trim().min(1).max(120),
})

type ActionResult = { ok: true } | { ok: false; message: string }

/** Sets the payout account (owners; the backend refuses staff and checks the bank, number and name again). */
export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireMember(request)
  const t = await translatorFor(localeOf(request))
  const parsed = AccountForm.safeParse(Object.fromEntries(await request.formData()))
  if (!parsed.success) return data<ActionResult>({ ok: false, message: t("statement.account.intro") }, { status: 400, headers: PRIVATE_HEADERS })
  const refused = await setPayoutAccount(token, parsed.data)
  return refused
    ? data<ActionResult>({ ok: false, message: refused }, { status: 400, headers: PRIVATE_HEADERS })
    : data<ActionResult>({ ok: true }, { headers: PRIVATE_HEADERS })
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

const monthLabel = (period: string) => `${period.slice(5, 7)}/${period.slice(0, 4)}`

function Figure({ label, value, note, strong }: { label: string; value: string; note?: string; strong?: boolean }) {
  return (
    <div className={`rounded-xl border p-3 ${strong ? "border-ocop-800 bg-ocop-50" : "border-stone-200 bg-white"}`}>
      <dt className="text-sm text-stone-700">{label}</dt>
      <dd className={`mt-1 font-bold tabular-nums text-stone-900 ${strong ? "text-xl" : "text-lg"}`}>{value}</dd>
      {note && <dd className="text-xs text-stone-600">{note}</dd>}
    </div>
  )
}

export default function PortalStatement() {
  const { me, period, periods, statement, page, pages, account } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useStatementTranslation()
  const locale = useLocale()
  const localize = useLocalizePath()
  const money = (amount: number) => formatVnd(amount, locale)
  const totals = statement.totals
  const owed = totals.amount_due < 0
  return (
    <PortalShell
      me={me}
      title={t("statement.title", { month: monthLabel(period) })}
      notice={result?.ok ? t("statement.account.saved") : null}
      error={result && !result.ok ? inLanguage(result.message, locale) : null}
    >
      <p className="text-sm text-stone-700">{t("statement.intro")}</p>
      <div className="mt-3 flex flex-wrap items-end justify-between gap-3">
        <Form method="get" className="flex items-end gap-2">
          <label className="flex flex-col text-sm">
            <span className="font-semibold text-stone-800">{t("statement.month")}</span>
            <select name="thang" defaultValue={period} className="h-11 rounded-lg border border-stone-400 bg-white px-2">
              {periods.map((p) => (
                <option key={p} value={p}>
                  {monthLabel(p)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="h-11 rounded-lg border border-ocop-800 px-4 font-semibold text-ocop-800">
            {t("statement.show")}
          </button>
        </Form>
        <a href={localize(`/kenh-nguoi-ban/sao-ke/tai-ve?thang=${period}`)} download className="inline-flex h-11 items-center font-semibold text-ocop-800 underline underline-offset-4">
          {t("statement.download")}
        </a>
      </div>

      <dl className="mt-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Figure label={t("statement.figures.sales")} value={money(totals.sales)} note={t("statement.figures.orders", { count: totals.orders })} />
        <Figure
          label={t("statement.figures.commission")}
          value={money(totals.commission_settled)}
          note={totals.commission > totals.commission_settled ? t("statement.figures.commissionPending", { amount: money(totals.commission - totals.commission_settled) }) : undefined}
        />
        <Figure label={t("statement.figures.collectedByPlatform")} value={money(totals.collected_by_platform)} />
        <Figure label={t("statement.figures.collectedByCouriers")} value={money(totals.collected_by_couriers)} />
        <Figure label={t("statement.figures.awaiting")} value={money(totals.awaiting)} />
        <Figure label={t("statement.figures.canceled")} value={t("statement.figures.canceledValue", { count: totals.canceled_orders, amount: money(totals.canceled) })} />
        <Figure label={t(owed ? "statement.figures.youOwe" : "statement.figures.amountDue")} value={money(Math.abs(totals.amount_due))} />
        <Figure label={t("statement.figures.balance")} value={money(totals.balance)} note={`${t("statement.figures.paidOut")}: ${money(totals.paid_out)}`} strong />
      </dl>

      <section className="mt-6 rounded-xl border border-stone-200 bg-white p-4">
        <SalesChart days={statement.days} title={t("statement.chart.titleOf", { month: monthLabel(period) })} locale={locale} />
      </section>

      <section aria-labelledby="lines-heading" className="mt-6">
        <h2 id="lines-heading" className="text-lg font-bold text-stone-900">
          {t("statement.lines.title")}
        </h2>
        {statement.lines.length === 0 ? (
          <p className="mt-2 text-stone-700">{t("statement.lines.none")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {statement.lines.map((line) => (
              <li key={line.order_id} className="p-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <a href={localize(`/kenh-nguoi-ban/don-hang/${line.order_id}`)} className="font-semibold text-ocop-800 underline underline-offset-4">
                    {t("statement.lines.order", { number: line.display_id })}
                  </a>
                  <OrderStateBadge state={line.state as ParcelState} />
                </div>
                <p className="mt-1 text-stone-700">
                  {formatDate(line.placed_at)} · {t(line.payment === "online" ? "statement.lines.online" : "statement.lines.cash")} ·{" "}
                  {t(line.settled ? "statement.lines.settled" : "statement.lines.notSettled")}
                </p>
                <p className="mt-1 tabular-nums text-stone-900">
                  {t("statement.lines.items")} {money(line.items)} · {t("statement.lines.shipping")} {money(line.shipping)} · {t("statement.lines.commission")}{" "}
                  {money(line.commission)}
                </p>
              </li>
            ))}
          </ul>
        )}
        <PageLinks path={`/kenh-nguoi-ban/sao-ke?thang=${period}`} page={page} pages={pages} />
      </section>

      <section aria-labelledby="payouts-heading" className="mt-6">
        <h2 id="payouts-heading" className="text-lg font-bold text-stone-900">
          {t("statement.payouts.title")}
        </h2>
        {statement.payouts.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">{t("statement.payouts.none")}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {statement.payouts.map((payout) => (
              <li key={payout.id}>{t("statement.payouts.row", { date: formatDate(payout.paid_at), amount: money(payout.amount), reference: payout.bank_reference })}</li>
            ))}
          </ul>
        )}
      </section>

      {account && (
        <section aria-labelledby="account-heading" className="mt-6 rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="account-heading" className="text-lg font-bold text-stone-900">
            {t("statement.account.title")}
          </h2>
          <p className="mt-1 text-sm text-stone-700">{t("statement.account.intro")}</p>
          <p className="mt-2 font-semibold text-stone-900">
            {account.payout_account
              ? t("statement.account.current", {
                  bank: account.payout_account.bank_name ?? account.payout_account.bank_bin,
                  number: account.payout_account.account_number,
                  name: account.payout_account.account_name,
                })
              : t("statement.account.none")}
          </p>
          <Form method="post" className="mt-3 grid gap-3 sm:grid-cols-3">
            <label className="flex flex-col text-sm">
              <span className="font-semibold text-stone-800">{t("statement.account.bank")}</span>
              <select name="bank_bin" required defaultValue={account.payout_account?.bank_bin ?? ""} className="h-11 rounded-lg border border-stone-400 bg-white px-2">
                <option value="" disabled>
                  {t("statement.account.chooseBank")}
                </option>
                {account.banks.map((bank) => (
                  <option key={bank.bin} value={bank.bin}>
                    {bank.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-sm">
              <span className="font-semibold text-stone-800">{t("statement.account.number")}</span>
              <input name="account_number" required inputMode="numeric" autoComplete="off" maxLength={40} defaultValue={account.payout_account?.account_number ?? ""} className="h-11 rounded-lg border border-stone-400 px-2" />
            </label>
            <label className="flex flex-col text-sm">
              <span className="font-semibold text-stone-800">{t("statement.account.name")}</span>
              <input name="account_name" required autoComplete="off" maxLength={120} defaultValue={account.payout_account?.account_name ?? ""} className="h-11 rounded-lg border border-stone-400 px-2 uppercase" />
            </label>
            <div className="sm:col-span-3">
              <button type="submit" disabled={navigation.state !== "idle"} className="h-11 rounded-lg bg-ocop-800 px-4 font-semibold text-white hover:bg-ocop-900 disabled:opacity-60">
                {t("statement.account.save")}
              </button>
            </div>
          </Form>
        </section>
      )}
    </PortalShell>
  )
}
